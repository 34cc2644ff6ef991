-- Rate-limit token buckets shared by every server instance on this database
-- (PGlite keeps them in process memory instead: one process is the only writer).
-- `key` is a SHA-256 of the limit's name and its subject (an address or an email
-- address), so no personal data is stored here. A row whose bucket has refilled
-- (`full_at` passed) means the same as no row, and maintenance deletes it.

CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  tokens double precision NOT NULL,
  updated_at timestamptz NOT NULL,
  full_at timestamptz NOT NULL
);

CREATE INDEX rate_limits_full_at ON rate_limits (full_at);
