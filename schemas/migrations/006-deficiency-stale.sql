-- Agencies whose deficiency_summary rows must be recomputed. A document write only marks its
-- agency here (in its own transaction); the rows are recomputed once per agency before the
-- summary is next read, and at the end of an import, instead of once per document.
CREATE TABLE IF NOT EXISTS deficiency_stale (
  agency_id integer PRIMARY KEY REFERENCES agencies(id) ON DELETE CASCADE
);
-- Stores written before this migration are up to date.
