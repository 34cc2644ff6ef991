-- Webhooks (issue 17): campaign staff's HTTPS endpoints, and a transactional outbox of
-- deliveries to them. Owner: campaign staff. A delivery row is written in the same
-- transaction as the change it reports; the webhook worker (src/webhooks/worker.ts)
-- claims due rows with a lease, POSTs them signed, and retries with backoff.

CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  -- https:// (http://localhost and 127.0.0.1 outside production only; checked by the server).
  url text NOT NULL,
  -- The HMAC-SHA256 key deliveries are signed with. Stored as it is, not hashed, because
  -- every delivery must be signed with it again (unlike an API key, which we only ever
  -- compare). It is shown once at creation, never listed, and never logged.
  secret text NOT NULL,
  events text[] NOT NULL CHECK (cardinality(events) > 0),
  -- Off: payloads carry ids, counts, the campaign's slug and a constituency code at most.
  include_personal_data boolean NOT NULL DEFAULT false,
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Set when staff delete the endpoint: nothing more is delivered; its deliveries stay as history.
  disabled_at timestamptz
);
CREATE INDEX webhook_endpoints_campaign ON webhook_endpoints (campaign_id) WHERE disabled_at IS NULL;

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  -- The event's id (Placard-Event-Id): shared by every endpoint's delivery of one event,
  -- kept on retries and on redelivery, so receivers can deduplicate.
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  -- The exact body sent. Holds personal data only for endpoints that opted in; erasure
  -- removes it, and delivered rows are deleted after a week.
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A worker's claim on a row being sent; past it, another worker may take the row over.
  locked_until timestamptz,
  -- The receiver's last HTTP status, and why the last attempt failed (never the receiver's body).
  last_status integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_claimed ON webhook_deliveries (locked_until) WHERE status = 'sending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at DESC);
CREATE INDEX webhook_deliveries_delivered ON webhook_deliveries (delivered_at) WHERE status = 'delivered';
