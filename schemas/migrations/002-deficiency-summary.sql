-- Per agency and criterion concept, the years that lost points and the latest remediation status,
-- kept current by every write that touches the agency (so listing deficiencies never aggregates
-- the whole findings table).
CREATE TABLE deficiency_summary (
  agency_id       integer NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  concept_id      integer NOT NULL REFERENCES criteria(id),
  codes           text[] NOT NULL,
  years           integer[] NOT NULL,
  loss_count      integer NOT NULL,
  total_deducted  double precision,
  latest_status   text,
  latest_year     integer,
  recurring       boolean NOT NULL,
  unresolved      boolean NOT NULL,
  PRIMARY KEY (agency_id, concept_id)
);
CREATE INDEX deficiency_summary_recurring ON deficiency_summary(recurring) WHERE recurring;
CREATE INDEX deficiency_summary_unresolved ON deficiency_summary(unresolved) WHERE unresolved;
