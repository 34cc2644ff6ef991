-- Privacy duties: which privacy notice each supporter agreed to and when,
-- how long a closed campaign keeps supporters' personal data, and a mark on
-- rows whose personal data has been erased (they stay, so counts stay true).

-- The notice's version is recorded on every signature and letter; staff set it,
-- or it moves on by itself when the notice's text or link changes.
ALTER TABLE campaigns ADD COLUMN privacy_notice_version text NOT NULL DEFAULT '1';
ALTER TABLE campaigns ADD COLUMN retention_days_after_close integer NOT NULL DEFAULT 90
  CHECK (retention_days_after_close BETWEEN 0 AND 36500);
-- When the campaign last closed (null while open): retention runs from here.
ALTER TABLE campaigns ADD COLUMN closed_at timestamptz;
UPDATE campaigns SET closed_at = updated_at WHERE status = 'closed';

ALTER TABLE signatures ADD COLUMN privacy_notice_version text;
ALTER TABLE signatures ADD COLUMN consented_at timestamptz;
ALTER TABLE signatures ADD COLUMN anonymised_at timestamptz;
-- Rows from before this migration: consent was given when they signed; which notice is unknown.
UPDATE signatures SET consented_at = created_at WHERE consent_privacy;
ALTER TABLE signatures ALTER COLUMN consented_at SET DEFAULT now();

ALTER TABLE messages ADD COLUMN privacy_notice_version text;
ALTER TABLE messages ADD COLUMN consented_at timestamptz;
ALTER TABLE messages ADD COLUMN anonymised_at timestamptz;
UPDATE messages SET consented_at = created_at;
ALTER TABLE messages ALTER COLUMN consented_at SET DEFAULT now();
