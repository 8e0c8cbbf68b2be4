-- Linking a finding compares its title with every known variant title. The writer keeps those
-- titles in memory (store/variant-index.ts) and reads only rows added since it last looked:
-- `seq` orders additions (writers take turns under the identity lock, so seq order is commit
-- order); the title_key index answers the follow-up lookup of the variants it picked.
CREATE SEQUENCE IF NOT EXISTS criterion_variants_seq;
ALTER TABLE criterion_variants ADD COLUMN IF NOT EXISTS seq bigint NOT NULL DEFAULT nextval('criterion_variants_seq');
CREATE INDEX IF NOT EXISTS criterion_variants_seq_idx ON criterion_variants(seq);
CREATE INDEX IF NOT EXISTS criterion_variants_title_key ON criterion_variants(title_key);
