-- Supporters' letters to their MPs, the transactional mail outbox, and the dev mailbox.

CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  -- The MP as resolved when the letter was written: the letter goes to them even if the cache moves on.
  mp_id integer NOT NULL,
  mp_name text NOT NULL,
  mp_email text,
  constituency_code text NOT NULL,
  constituency text NOT NULL,
  name text NOT NULL,
  email text NOT NULL,
  address text NOT NULL,
  postcode text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  consent_updates boolean NOT NULL DEFAULT false,
  -- pk_test_ keys: delivered to the supporter, never to the MP.
  test_mode boolean NOT NULL,
  status text NOT NULL DEFAULT 'pending_confirmation'
    CHECK (status IN ('pending_confirmation', 'queued', 'sent', 'test_delivered')),
  partner text,
  key_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  sent_at timestamptz
);

CREATE INDEX messages_campaign_created ON messages (campaign_id, created_at DESC);
CREATE INDEX messages_pending_created ON messages (created_at) WHERE status = 'pending_confirmation';

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  to_address text NOT NULL,
  reply_to text,
  subject text NOT NULL,
  body_text text NOT NULL,
  -- Letters to an MP: who, and the hour they are delivered in (drip delivery under the hourly cap).
  mp_id integer,
  mp_slot timestamptz,
  message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  not_before timestamptz NOT NULL DEFAULT now(),
  -- A worker's claim on a row being sent; past it, another worker may take the row over.
  locked_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);

CREATE INDEX mail_outbox_due ON mail_outbox (not_before) WHERE status = 'pending';
CREATE INDEX mail_outbox_claimed ON mail_outbox (locked_until) WHERE status = 'sending';
CREATE INDEX mail_outbox_mp_slot ON mail_outbox (mp_id, mp_slot) WHERE mp_id IS NOT NULL;

-- Without SMTP_URL every mail lands here, shown at /dev/mail; it survives restarts.
CREATE TABLE dev_mailbox (
  id bigserial PRIMARY KEY,
  outbox_id uuid,
  kind text NOT NULL,
  from_address text NOT NULL,
  to_address text NOT NULL,
  reply_to text,
  subject text NOT NULL,
  body_text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
