-- Canonical actors and places with every surface form seen for them.
-- Key: (entity_id), enforced by contracts/unique_key_entities.sql.
CREATE TABLE IF NOT EXISTS core.entities (
    entity_id VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    aliases   VARCHAR[] NOT NULL,
    country   VARCHAR
);
