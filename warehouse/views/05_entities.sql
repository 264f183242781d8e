CREATE OR REPLACE VIEW main.entities AS
SELECT entity_id, name, kind, aliases, country
FROM core.entities;

COMMENT ON VIEW main.entities IS 'Canonical actors and event locations with the spellings and partial names seen for them.';
COMMENT ON COLUMN main.entities.entity_id IS 'Stable entity key.';
COMMENT ON COLUMN main.entities.name IS 'Canonical name, as used in main.timeline.actors.';
COMMENT ON COLUMN main.entities.kind IS 'PERSON | ORG | GPE | NORP | LOC (LOC: a place where events happened, as in main.timeline.location).';
COMMENT ON COLUMN main.entities.aliases IS 'Surface forms seen in the texts for this entity.';
COMMENT ON COLUMN main.entities.country IS 'ISO 3166 alpha-2 code of the state, or of the country a place is in (Hanoi -> VN); NULL when unknown or not a place.';
