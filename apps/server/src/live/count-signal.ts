import type { Sql } from '../db/database.js';
import { ANY_INSTANCE, COUNT_CHANNEL } from './channels.js';

/**
 * Tells every instance's live hub (this one included) that a campaign's count
 * or goal changed, for changes made outside a signature request: moderation,
 * campaign edits, `counts reconcile --fix`. Inside a transaction it is sent on commit.
 */
export async function notifyCountChanged(db: Sql, campaignId: string): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [COUNT_CHANNEL, `${ANY_INSTANCE}:${campaignId}`]);
}
