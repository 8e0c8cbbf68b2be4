-- cchc store, version 1. One schema for PGlite (embedded) and PostgreSQL (server).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- Original bytes, content-addressed, so documents can be re-extracted by newer rules.
CREATE TABLE blobs (
  sha256     text PRIMARY KEY,
  bytes      bytea NOT NULL,
  size       integer NOT NULL,
  stored_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agencies (
  id         serial PRIMARY KEY,
  province   text,
  name       text NOT NULL,
  name_key   text NOT NULL,          -- folded: lower case, no diacritics, "ubnd" expanded
  code       text,                   -- issuer code from document numbers (SNgV, UBND …)
  name_rank  integer NOT NULL DEFAULT 9, -- how trustworthy the display name's source is (0 = a .docx header)
  UNIQUE (province, name_key)
);
CREATE TABLE agency_aliases (
  agency_id  integer NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  alias_key  text NOT NULL,
  PRIMARY KEY (agency_id, alias_key)
);

CREATE TABLE documents (
  id                serial PRIMARY KEY,
  sha256            text NOT NULL UNIQUE REFERENCES blobs(sha256),
  file_name         text NOT NULL,
  format            text NOT NULL,
  pages             integer,
  kind              text NOT NULL,
  number            text,
  number_seq        integer,
  issuer_code       text,
  agency_id         integer REFERENCES agencies(id),
  issuer_name       text,
  parent_name       text,
  province          text,
  place             text,
  doc_date          date,
  doc_year          integer,
  doc_month         integer,
  title             text,
  assessment_year   integer,
  signer_name       text,
  signer_position   text,
  extractor_version text NOT NULL,
  record            jsonb NOT NULL,
  text              text NOT NULL,
  rendition_of      integer REFERENCES documents(id),
  imported_at       timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_agency ON documents(agency_id);

-- Other names under which the same bytes arrived (duplicates are reported, not stored twice).
CREATE TABLE document_names (
  document_id integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  file_name   text NOT NULL,
  PRIMARY KEY (document_id, file_name)
);

-- Criterion concepts survive framework changes (2016's TCTP 1.5.3 is 2021's Tiêu chí 1.7).
CREATE TABLE criteria (
  id            serial PRIMARY KEY,
  label         text NOT NULL,
  label_key     text NOT NULL,
  superseded_at timestamptz
);
CREATE TABLE criterion_variants (
  concept_id  integer NOT NULL REFERENCES criteria(id),
  code        text NOT NULL DEFAULT '',
  title_key   text NOT NULL DEFAULT '',
  title       text,
  first_year  integer,
  last_year   integer,
  scheme      text NOT NULL DEFAULT '', -- whose framework: 'so' (departments), 'huyen' (districts) …
  PRIMARY KEY (code, title_key)
);

CREATE TABLE findings (
  id              serial PRIMARY KEY,
  document_id     integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  finding_key     text NOT NULL,     -- code, or folded title when there is none: stable across re-extraction
  code            text,
  level           text,
  title           text,
  title_key       text,
  area            text,
  max             double precision,
  achieved        double precision,
  deducted        double precision,
  reason          text,
  status          text NOT NULL,
  span_start      integer,
  span_end        integer,
  concept_id      integer REFERENCES criteria(id),
  link_confidence real,
  link_method     text,              -- code | title | new | user
  superseded_at   timestamptz,
  UNIQUE (document_id, finding_key)
);
CREATE INDEX findings_concept ON findings(concept_id);
CREATE INDEX findings_code ON findings(code);
CREATE INDEX findings_title_trgm ON findings USING gin (title_key gin_trgm_ops);

-- A user's decision about a finding's concept; applied again after every re-extraction.
CREATE TABLE link_overrides (
  sha256      text NOT NULL,
  finding_key text NOT NULL,
  concept_id  integer NOT NULL REFERENCES criteria(id),
  decided_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, finding_key)
);

CREATE TABLE scores (
  id          serial PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  scope text NOT NULL, code text, label text, achieved double precision, max double precision,
  deducted double precision, percent double precision, rank integer, rank_of integer, year integer,
  span_start integer, span_end integer
);
CREATE TABLE actions (
  id          serial PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code text, title text, owner text, coordinator text, result text, requirement text,
  deadline_raw text, deadline date, status text NOT NULL, progress text, span_start integer, span_end integer
);
CREATE TABLE doc_references (
  id          serial PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind text, number text NOT NULL, number_key text NOT NULL, ref_date date, raw text, span_start integer, span_end integer
);
CREATE INDEX doc_references_key ON doc_references(number_key);
CREATE TABLE doc_warnings (
  id          serial PRIMARY KEY,
  document_id integer NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code text NOT NULL, message text NOT NULL, span_start integer, span_end integer
);

-- Files that could not become a record, with the one-line reason.
CREATE TABLE failures (
  sha256     text PRIMARY KEY,
  file_name  text NOT NULL,
  code       text NOT NULL,
  message    text NOT NULL,
  failed_at  timestamptz NOT NULL DEFAULT now()
);
