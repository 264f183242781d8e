-- A mention belongs to at most one event.
-- Key: (mention_id), enforced by contracts/unique_key_event_mention_links.sql.
CREATE TABLE IF NOT EXISTS core.event_mention_links (
    mention_id VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL
);
