-- Core schema: campaigns, timeline, signatures and their sharded counts,
-- durable live events, keys, idempotency and email confirmation tokens.

CREATE TABLE campaigns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  signature_mode text NOT NULL DEFAULT 'double_opt_in' CHECK (signature_mode IN ('immediate', 'double_opt_in')),
  goal integer NOT NULL CHECK (goal > 0),
  -- Signatures gathered before Placard (the seed starts at 6,000 with no rows).
  count_offset integer NOT NULL DEFAULT 0 CHECK (count_offset >= 0),
  letter jsonb,
  privacy_notice text NOT NULL DEFAULT '',
  privacy_url text,
  share_url text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE milestones (
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  count integer NOT NULL CHECK (count > 0),
  reached_at timestamptz,
  PRIMARY KEY (campaign_id, count)
);

CREATE TABLE timeline_entries (
  id text PRIMARY KEY,
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('milestone', 'news', 'action')),
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  url text CHECK (url IS NULL OR url ~* '^https?://'),
  -- Orders entries of the same day: newest first is date desc, seq desc.
  seq bigserial NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX timeline_entries_order ON timeline_entries (campaign_id, date DESC, seq DESC);

CREATE TABLE signatures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL,
  email_normalised text NOT NULL,
  postcode text,
  country text,
  consent_privacy boolean NOT NULL,
  consent_updates boolean NOT NULL DEFAULT false,
  source jsonb,
  partner text,
  key_id text,
  status text NOT NULL CHECK (status IN ('counted', 'pending_confirmation', 'hidden')),
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  expires_at timestamptz,
  UNIQUE (campaign_id, email_normalised)
);
CREATE INDEX signatures_newest ON signatures (campaign_id, created_at DESC, id DESC);
CREATE INDEX signatures_pending_expiry ON signatures (expires_at) WHERE status = 'pending_confirmation';

-- The count without a hot row: each counted signature adds 1 to a random one
-- of 16 shards in its own transaction; the count is count_offset + sum(n).
CREATE TABLE count_shards (
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  shard smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
  n bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, shard)
);

-- Milestone and timeline events, kept so a reconnecting client can replay
-- what it missed (Last-Event-ID); the id is the SSE event id.
CREATE TABLE live_events (
  id bigserial PRIMARY KEY,
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (name IN ('milestone', 'timeline')),
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX live_events_campaign ON live_events (campaign_id, id);

CREATE TABLE publishable_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE,
  partner text NOT NULL,
  origins text[] NOT NULL DEFAULT '{}',
  mode text NOT NULL CHECK (mode IN ('test', 'live')),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Only a SHA-256 of each secret key is kept; the key itself is shown once.
CREATE TABLE secret_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  label text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  key_prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- A row with a null status is a request still running under that key.
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

CREATE TABLE confirm_tokens (
  token_hash text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('signature', 'message')),
  subject_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX confirm_tokens_subject ON confirm_tokens (kind, subject_id);
