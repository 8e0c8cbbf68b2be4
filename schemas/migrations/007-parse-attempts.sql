-- Parses begun and not yet finished, per upload. A row is written before a file goes to the
-- parser and removed when the parser answers (a record or a catalogued failure). A row still
-- there when the next attempt starts means the process that ran the parser died mid-parse: after
-- a bounded number of such deaths the upload is failed (parse_crashed) instead of being handed
-- to worker after worker (service/process-job.ts).
CREATE TABLE IF NOT EXISTS parse_attempts (
  sha256 text PRIMARY KEY,
  started integer NOT NULL,
  last_started_at timestamptz NOT NULL DEFAULT now()
);
