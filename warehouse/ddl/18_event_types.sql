-- The accepted values of event_type: PLOVER 2.0 categories and the documented news types,
-- replaced on every load from the event vocabulary (tasks/vocabulary/events.yaml).
-- Key: (event_type), enforced by contracts/unique_key_event_types.sql.
CREATE TABLE IF NOT EXISTS core.event_types (
    event_type  VARCHAR NOT NULL,
    description VARCHAR NOT NULL
);
