-- Identity as a function of the documents, not of their import order (issue #12).
-- A document keeps the agency identity it states (folded name, display name and its source's
-- rank, number code); agencies are regrouped from these whenever a document of that name arrives.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS agency_key text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS agency_name text;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS agency_rank integer;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS agency_code text;
UPDATE documents d SET agency_key = a.name_key, agency_name = a.name, agency_rank = a.name_rank, agency_code = a.code
  FROM agencies a WHERE a.id = d.agency_id AND d.agency_key IS NULL;
CREATE INDEX IF NOT EXISTS documents_agency_key ON documents(agency_key);
CREATE INDEX IF NOT EXISTS documents_rendition_of ON documents(rendition_of);
-- One row per (province, name); a province-less agency has the key '|name'.
ALTER TABLE agencies ADD COLUMN IF NOT EXISTS identity_key text GENERATED ALWAYS AS (COALESCE(province, '') || '|' || name_key) STORED;
CREATE UNIQUE INDEX IF NOT EXISTS agencies_identity_key ON agencies(identity_key);
-- Concepts are recomputed from all variants (store/relink-concepts.ts): a new variant has none yet.
ALTER TABLE criterion_variants ALTER COLUMN concept_id DROP NOT NULL;
ALTER TABLE criterion_variants ADD COLUMN IF NOT EXISTS link_confidence real;
ALTER TABLE criterion_variants ADD COLUMN IF NOT EXISTS link_method text;
-- Variants (code + folded title) stated as distinct criteria by one document: never one concept.
CREATE TABLE IF NOT EXISTS criterion_conflicts (
  a text NOT NULL,
  b text NOT NULL,
  PRIMARY KEY (a, b)
);
-- Set by writes that add criterion variants; the concepts are recomputed before the next read.
CREATE TABLE IF NOT EXISTS identity_stale (what text PRIMARY KEY);
INSERT INTO identity_stale (what) VALUES ('criteria') ON CONFLICT DO NOTHING;
-- One loss per agency, assessment year and concept: [{year, deducted, max, achieved, status, documents: [...]}].
ALTER TABLE deficiency_summary ADD COLUMN IF NOT EXISTS by_year jsonb NOT NULL DEFAULT '[]';
INSERT INTO deficiency_stale (agency_id) SELECT id FROM agencies ON CONFLICT DO NOTHING;
-- The reasons documents give for a variant's lost points (folded; the 20 least, so the set kept
-- does not depend on order): the same distinctive reason under an old and a new code is evidence
-- that the framework renumbered one criterion.
ALTER TABLE criterion_variants ADD COLUMN IF NOT EXISTS reasons text[] NOT NULL DEFAULT '{}';
-- The class announced with a ranking entry (Xuất sắc, Tốt, Khá …).
ALTER TABLE scores ADD COLUMN IF NOT EXISTS class text;
CREATE INDEX IF NOT EXISTS scores_scope ON scores(scope);
