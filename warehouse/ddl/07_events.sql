-- Merged events. Counts are not stored: the timeline view derives them from the links,
-- so they can never drift from event_mentions.
-- Key: (event_id), enforced by contracts/unique_key_events.sql.
CREATE TABLE IF NOT EXISTS core.events (
    event_id      VARCHAR NOT NULL,
    date_start    DATE NOT NULL,
    date_end      DATE NOT NULL,
    granularity   VARCHAR NOT NULL,
    event_type    VARCHAR NOT NULL,
    action        VARCHAR NOT NULL,
    summary       VARCHAR NOT NULL,
    location      VARCHAR,
    confidence    DOUBLE NOT NULL,
    status        VARCHAR NOT NULL,
    date_conflict BOOLEAN NOT NULL
);
