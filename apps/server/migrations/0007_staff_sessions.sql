-- Campaign staff signed in to the console (/admin). A secret key is exchanged once
-- for a session; the browser holds only the session's random id in an HttpOnly
-- cookie, and only its SHA-256 is stored here. A session dies with its key
-- (revoked or deleted), at its expiry, or at sign-out. Owner: campaign staff;
-- retention: until expiry (swept hourly); it holds no supporter's data.
CREATE TABLE staff_sessions (
  id_hash text PRIMARY KEY,
  secret_key_id uuid NOT NULL REFERENCES secret_keys (id) ON DELETE CASCADE,
  -- Sent back in every form the console renders and checked on every write (CSRF).
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

-- Staff keys are named per person (`label`); the console shows when each was last used.
ALTER TABLE secret_keys ADD COLUMN last_used_at timestamptz;
