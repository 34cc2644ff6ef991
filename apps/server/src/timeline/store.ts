import { randomBytes } from 'node:crypto';
import {
  ApiError,
  type TimelineEntry,
  type TimelineEntryInput,
  TimelineEntryInputSchema,
  type TimelineEntryPatch,
  TimelineEntryPatchSchema,
  type TimelinePage,
} from '@placard/contract';
import { requireCampaign } from '../campaigns/store.js';
import type { Database, Sql } from '../db/database.js';
import { parseInput } from '../http/body.js';
import { publishLiveEvent } from '../live/publish.js';
import { enqueueWebhookEvent } from '../webhooks/events.js';
import { decodeCursor, encodeCursor } from './cursor.js';

interface EntryRow extends TimelineEntry {
  seq: number;
}

const COLUMNS = 'id, date::text AS date, kind, title, body, url, seq';

const toEntry = ({ seq: _seq, ...entry }: EntryRow): TimelineEntry => entry;

/** Newest first (date, then order of entry), `limit` per page, keyset-paginated by cursor. */
export async function listTimeline(
  db: Sql,
  campaignId: string,
  o: { cursor?: string | undefined; limit: number },
): Promise<TimelinePage> {
  const after = o.cursor ? decodeCursor(o.cursor) : null;
  const { rows } = await db.query<EntryRow>(
    `SELECT ${COLUMNS} FROM timeline_entries
      WHERE campaign_id = $1 ${after ? 'AND (date, seq) < ($3::date, $4::bigint)' : ''}
      ORDER BY date DESC, seq DESC LIMIT $2`,
    after ? [campaignId, o.limit + 1, after.date, after.seq] : [campaignId, o.limit + 1],
  );
  const page = rows.slice(0, o.limit);
  const last = page.at(-1);
  return {
    entries: page.map(toEntry),
    nextCursor: rows.length > o.limit && last ? encodeCursor({ date: last.date, seq: last.seq }) : null,
  };
}

/** Adds an entry and broadcasts it as a `timeline` event and a `timeline.published` webhook, in one transaction. */
export async function addTimelineEntry(db: Database, slug: string, input: TimelineEntryInput): Promise<TimelineEntry> {
  const data = parseInput(TimelineEntryInputSchema, input);
  return db.transaction(async (tx) => {
    const campaign = await requireCampaign(tx, slug);
    const id = `tl-${data.date}-${randomBytes(4).toString('hex')}`;
    const { rows } = await tx.query<EntryRow>(
      `INSERT INTO timeline_entries (id, campaign_id, date, kind, title, body, url)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [id, campaign.id, data.date, data.kind, data.title, data.body, data.url],
    );
    const entry = toEntry(rows[0]!);
    await publishLiveEvent(tx, campaign.id, 'timeline', { change: 'added', entry });
    await enqueueWebhookEvent(tx, campaign.id, 'timeline.published', { entry });
    return entry;
  });
}

function entryNotFound(id: string) {
  return new ApiError('not_found', `There is no timeline entry "${id}" in this campaign.`);
}

export async function updateTimelineEntry(
  db: Database,
  slug: string,
  id: string,
  patch: TimelineEntryPatch,
): Promise<TimelineEntry> {
  const data = parseInput(TimelineEntryPatchSchema, patch);
  return db.transaction(async (tx) => {
    const campaign = await requireCampaign(tx, slug);
    const { rows } = await tx.query<EntryRow>(
      `UPDATE timeline_entries SET
         date = coalesce($3::date, date), kind = coalesce($4, kind), title = coalesce($5, title),
         body = coalesce($6, body), url = CASE WHEN $7::boolean THEN $8 ELSE url END, updated_at = now()
       WHERE id = $1 AND campaign_id = $2 RETURNING ${COLUMNS}`,
      [
        id,
        campaign.id,
        data.date ?? null,
        data.kind ?? null,
        data.title ?? null,
        data.body ?? null,
        data.url !== undefined,
        data.url ?? null,
      ],
    );
    if (!rows[0]) throw entryNotFound(id);
    const entry = toEntry(rows[0]);
    await publishLiveEvent(tx, campaign.id, 'timeline', { change: 'updated', entry });
    return entry;
  });
}

export async function deleteTimelineEntry(db: Database, slug: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const campaign = await requireCampaign(tx, slug);
    const { rowCount } = await tx.query('DELETE FROM timeline_entries WHERE id = $1 AND campaign_id = $2', [
      id,
      campaign.id,
    ]);
    if (rowCount === 0) throw entryNotFound(id);
    await publishLiveEvent(tx, campaign.id, 'timeline', { change: 'deleted', id });
  });
}
