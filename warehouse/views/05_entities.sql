CREATE OR REPLACE VIEW main.entities AS
SELECT entity_id, name, kind, aliases
FROM core.entities;

COMMENT ON VIEW main.entities IS 'Canonical actors with the spellings and partial names seen for them.';
COMMENT ON COLUMN main.entities.entity_id IS 'Stable entity key.';
COMMENT ON COLUMN main.entities.name IS 'Canonical name, as used in main.timeline.actors.';
COMMENT ON COLUMN main.entities.kind IS 'PERSON | ORG | GPE | NORP | LOC.';
COMMENT ON COLUMN main.entities.aliases IS 'Surface forms seen in the texts for this entity.';
