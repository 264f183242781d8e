-- Undated reports of acts ("the pact Putin signed with Kim", "In Hanoi, Putin also met Trong"),
-- kept as merge inputs: a later night re-merges them with every dated mention, so linking and
-- narrative dating come out the same as on the night they were extracted.
-- Key: (article_id, trigger_start, part), enforced by contracts/unique_key_undated_mentions.sql.
CREATE TABLE IF NOT EXISTS core.undated_mentions (
    article_id     VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    sentence       VARCHAR NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    action         VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    event_type     VARCHAR NOT NULL,
    actors         VARCHAR[] NOT NULL,
    actor_kinds    VARCHAR[] NOT NULL,
    location       VARCHAR,
    status         VARCHAR NOT NULL,
    published      DATE,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    caption_date   DATE,
    tense          VARCHAR NOT NULL,
    quoted         BOOLEAN NOT NULL,
    frame          VARCHAR,
    frame_relation VARCHAR,
    part           INTEGER NOT NULL,
    asserted       BOOLEAN NOT NULL,
    clause         VARCHAR NOT NULL,
    states         VARCHAR[] NOT NULL,
    -- columns added later have their own migration too (16, 17, 19, 20) for older files
    frame_place    VARCHAR,
    came_from      VARCHAR,
    lead           BOOLEAN NOT NULL DEFAULT false,
    reported       BOOLEAN NOT NULL DEFAULT false
);
