-- Uploads received by the HTTP service, committed before their ingest job is queued: the database,
-- not Redis, records what is still owed (an upload with neither a document nor a failure).
CREATE TABLE IF NOT EXISTS service_uploads (
  sha256      text PRIMARY KEY REFERENCES blobs(sha256),
  file_name   text NOT NULL,
  size        integer NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
