-- One signature per mailbox, not per spelling of it: `email_normalised` becomes
-- the key src/signatures/email.ts computes (lower-case, `+tag` dropped at every
-- domain, dots dropped and googlemail.com folded at Gmail). `email` keeps what the
-- supporter typed. Rows written before are recomputed here with the same rules.
--
-- Two old rows can now be one mailbox (jane.doe@ and janedoe@gmail.com). Both stay
-- (and stay counted: they were accepted under the rules of the time), but only one
-- holds the key, a counted row before a pending one, then the earliest; the others
-- keep NULL, which the unique constraint lets through and no new signature matches.

ALTER TABLE signatures DROP CONSTRAINT signatures_campaign_id_email_normalised_key;
ALTER TABLE signatures ALTER COLUMN email_normalised DROP NOT NULL;

-- The old value is already trimmed and lower-cased (by the server, as now): only
-- the tag and Gmail rules remain to apply.
WITH split AS (
  SELECT id,
         substring(email_normalised FROM '^(.*)@[^@]*$') AS local,
         substring(email_normalised FROM '@([^@]*)$') AS domain
    FROM signatures
   WHERE position('@' IN email_normalised) > 0
), untagged AS (
  SELECT id,
         CASE WHEN position('+' IN local) > 1 THEN left(local, position('+' IN local) - 1) ELSE local END AS local,
         CASE WHEN domain = 'googlemail.com' THEN 'gmail.com' ELSE domain END AS domain
    FROM split
)
UPDATE signatures s
   SET email_normalised = CASE WHEN u.domain = 'gmail.com' THEN replace(u.local, '.', '') ELSE u.local END
                          || '@' || u.domain
  FROM untagged u
 WHERE s.id = u.id;

WITH ranked AS (
  SELECT id, row_number() OVER (
           PARTITION BY campaign_id, email_normalised
           ORDER BY (status = 'counted') DESC, created_at, id
         ) AS rank
    FROM signatures
)
UPDATE signatures s SET email_normalised = NULL FROM ranked r WHERE s.id = r.id AND r.rank > 1;

ALTER TABLE signatures
  ADD CONSTRAINT signatures_campaign_id_email_normalised_key UNIQUE (campaign_id, email_normalised);

-- Mails to addresses nobody has confirmed yet (confirmation links, immediate-mode
-- thank-yous) carry the recipient's key, so the per-address daily cap can count
-- them across campaigns; other mail leaves it NULL.
ALTER TABLE mail_outbox ADD COLUMN to_normalised text;
CREATE INDEX mail_outbox_unconfirmed_recipient ON mail_outbox (to_normalised, created_at)
  WHERE to_normalised IS NOT NULL;
