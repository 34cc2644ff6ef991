import { requireCampaign } from '../campaigns/store.js';
import type { Sql } from '../db/database.js';
import { isoTimestamp } from '../time.js';

const HEADER = [
  'id',
  'created_at',
  'confirmed_at',
  'status',
  'name',
  'email',
  'postcode',
  'country',
  'consent_updates',
  'partner',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'referrer',
  // The consent record: which privacy notice the supporter was shown, and when they agreed.
  'privacy_notice_version',
  'consented_at',
  // Set once the row's personal data has been erased (on request or by retention).
  'anonymised_at',
];

/**
 * What a spreadsheet may skip before it looks for a formula: whitespace and
 * line breaks (every Unicode space, since trimming varies between Excel,
 * LibreOffice and Sheets), other control characters and the zero-width
 * characters a person cannot see. Wider than any one program's rule on
 * purpose: a stray apostrophe on an odd name costs nothing, a formula that
 * runs when staff open the export can leak every row.
 */
const SKIPPABLE = '[\\s\\u0000-\\u001f\\u007f-\\u009f\\u180e\\u200b-\\u200d\\u2060]';

/**
 * A cell a spreadsheet could run: `= + - @` after any skippable prefix, or
 * a cell that starts with tab, CR or LF (some programs read what follows as
 * a new cell or a formula).
 */
const FORMULA_CELL = new RegExp(`^(?:${SKIPPABLE}*[=+\\-@]|[\\t\\r\\n])`);

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula gets
 * a leading apostrophe, so a signer named "=HYPERLINK(…)", " =HYPERLINK(…)"
 * or "\n@SUM(…)" stays text when staff open the export.
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (FORMULA_CELL.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface ExportRow {
  id: string;
  created_at: Date;
  confirmed_at: Date | null;
  status: string;
  name: string;
  email: string;
  postcode: string | null;
  country: string | null;
  consent_updates: boolean;
  partner: string | null;
  source: { utmSource?: string; utmMedium?: string; utmCampaign?: string; referrer?: string } | null;
  privacy_notice_version: string | null;
  consented_at: Date | null;
  anonymised_at: Date | null;
}

const PAGE = 1000;

/** Every signature of a campaign, oldest first, as CSV lines (header first, CRLF), read a page at a time. */
export async function* signaturesCsv(db: Sql, slug: string): AsyncIterable<string> {
  const campaign = await requireCampaign(db, slug);
  yield `${HEADER.join(',')}\r\n`;
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: ExportRow[] } = await db.query<ExportRow>(
      `SELECT id::text, created_at, confirmed_at, status, name, email, postcode, country, consent_updates, partner, source,
              privacy_notice_version, consented_at, anonymised_at
         FROM signatures WHERE campaign_id = $1 ${after ? 'AND (created_at, id) > (SELECT created_at, id FROM signatures WHERE id = $3::uuid)' : ''}
        ORDER BY created_at, id LIMIT $2`,
      after ? [campaign.id, PAGE, after] : [campaign.id, PAGE],
    );
    for (const row of rows) {
      yield `${[
        row.id,
        isoTimestamp(row.created_at),
        row.confirmed_at ? isoTimestamp(row.confirmed_at) : '',
        row.status,
        row.name,
        row.email,
        row.postcode,
        row.country,
        row.consent_updates ? 'yes' : 'no',
        row.partner,
        row.source?.utmSource,
        row.source?.utmMedium,
        row.source?.utmCampaign,
        row.source?.referrer,
        row.privacy_notice_version,
        row.consented_at ? isoTimestamp(row.consented_at) : '',
        row.anonymised_at ? isoTimestamp(row.anonymised_at) : '',
      ]
        .map(csvField)
        .join(',')}\r\n`;
    }
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) return;
    after = last.id;
  }
}
