-- Migration for warehouses created before mentions kept their merge inputs (kind, actor kinds,
-- clause): re-runnable, a no-op on new files.
ALTER TABLE core.mentions ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT '';
ALTER TABLE core.mentions ADD COLUMN IF NOT EXISTS actor_kinds VARCHAR[] DEFAULT [];
ALTER TABLE core.mentions ADD COLUMN IF NOT EXISTS clause VARCHAR DEFAULT '';
