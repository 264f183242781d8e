"""The DuckDB warehouse: SQL files (``ddl/``, ``views/``, ``contracts/``, ``queries/``), the bulk
idempotent loader (:mod:`warehouse.loader`), safe publishing for concurrent readers
(:mod:`warehouse.publish`), typed readers (:mod:`warehouse.readers`) and data contracts
(:mod:`warehouse.contracts`). See ``warehouse/README.md`` for the analyst contract."""
