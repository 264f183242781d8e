-- Where a state or place is: its ISO 3166 alpha-2 country code (offline, pycountry and
-- GeoNames). Re-runnable: a no-op on files that have the column.
ALTER TABLE core.entities ADD COLUMN IF NOT EXISTS country VARCHAR;
