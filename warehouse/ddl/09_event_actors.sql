-- Actors of an event in the merger's order (position 0 first).
-- Key: (event_id, position), enforced by contracts/unique_key_event_actors.sql.
CREATE TABLE IF NOT EXISTS core.event_actors (
    event_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    actor    VARCHAR NOT NULL
);
