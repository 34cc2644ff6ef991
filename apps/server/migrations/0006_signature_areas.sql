-- Public counts by area (issue 16): each signature's 2024 Westminster constituency,
-- looked up from its UK postcode after the row is written (src/areas/resolver.ts),
-- never while signing. NULL until found; a postcode no lookup knows stays NULL.
-- Derived from the postcode, so anonymising a row clears them with it (privacy/anonymise.ts).

ALTER TABLE signatures ADD COLUMN constituency_code text;
ALTER TABLE signatures ADD COLUMN constituency_name text;
-- When a lookup last found no constituency for the postcode: the catch-up pass
-- leaves the row alone for a while rather than asking about it every hour.
ALTER TABLE signatures ADD COLUMN area_checked_at timestamptz;

-- The public aggregate: counted signatures of a campaign by constituency, read from the index alone.
CREATE INDEX signatures_counted_constituency ON signatures (campaign_id, constituency_code)
  INCLUDE (constituency_name)
  WHERE status = 'counted' AND constituency_code IS NOT NULL;

-- The catch-up pass: rows with a postcode still waiting for their constituency, oldest first.
CREATE INDEX signatures_area_unresolved ON signatures (created_at)
  WHERE postcode IS NOT NULL AND constituency_code IS NULL;
