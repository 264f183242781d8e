CREATE OR REPLACE VIEW main.event_types AS
SELECT event_type, description
FROM core.event_types;

COMMENT ON VIEW main.event_types IS 'The values main.timeline.event_type takes: PLOVER 2.0 categories, and news types PLOVER does not cover (DISASTER, ACCIDENT, DEATH, ELECTION, ECONOMY, JUSTICE, SCIENCE).';
COMMENT ON COLUMN main.event_types.event_type IS 'The type, as in main.timeline.event_type.';
COMMENT ON COLUMN main.event_types.description IS 'What the type covers; "PLOVER:" or "not PLOVER:" says where it comes from.';
