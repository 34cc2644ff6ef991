import { DEMO_ALLOWED_ORIGINS, DEMO_PUBLISHABLE_KEY, seedCampaign, seedTimeline } from '@placard/contract/fixtures';
import type { Database } from '../db/database.js';
import { createSecretKey } from '../keys/store.js';

// Pre-Placard signatures of the seed campaign: its page had passed 6,000.
const SEED_COUNT_OFFSET = 6000;
const SEED_LOCK = 727_384_002;

export interface SeedResult {
  /** The seed campaign was created now (not there before). */
  campaignCreated: boolean;
  demoKeyCreated: boolean;
  /** A first admin key, created because none existed; shown once, never stored in the clear. */
  adminKey: string | null;
}

/**
 * Seeds what a fresh install needs: the Ban Chen Quanguo campaign from the
 * contract's fixtures, the demo publishable key and a first secret admin key.
 * Idempotent: whatever exists is left as it is (`placard seed` is safe to rerun).
 */
export async function seedDatabase(db: Database): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const campaign = seedCampaign;
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO campaigns (slug, title, summary, status, signature_mode, goal, count_offset, letter,
         privacy_notice, privacy_url, share_url, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $12)
       ON CONFLICT (slug) DO NOTHING RETURNING id::text`,
      [
        campaign.slug,
        campaign.title,
        campaign.summary,
        campaign.status,
        campaign.signatureMode,
        campaign.petition.goal,
        SEED_COUNT_OFFSET,
        JSON.stringify(campaign.letter),
        campaign.privacyNotice,
        campaign.privacyUrl,
        campaign.shareUrl,
        campaign.updatedAt,
      ],
    );
    const campaignId = inserted.rows[0]?.id;
    if (campaignId) {
      for (const milestone of campaign.petition.milestones) {
        await tx.query('INSERT INTO milestones (campaign_id, count, reached_at) VALUES ($1, $2, $3)', [
          campaignId,
          milestone.count,
          milestone.reachedAt,
        ]);
      }
      // Oldest first, so `seq` orders same-day entries as the fixture lists them (newest first).
      for (const entry of [...seedTimeline].reverse()) {
        await tx.query(
          `INSERT INTO timeline_entries (id, campaign_id, date, kind, title, body, url) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO NOTHING`,
          [entry.id, campaignId, entry.date, entry.kind, entry.title, entry.body, entry.url],
        );
      }
    }
    const demoKey = await tx.query(
      `INSERT INTO publishable_keys (key, partner, origins, mode) VALUES ($1, 'Placard demo', $2::text[], 'test')
       ON CONFLICT (key) DO NOTHING`,
      [DEMO_PUBLISHABLE_KEY, DEMO_ALLOWED_ORIGINS],
    );
    const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM secret_keys');
    const adminKey = rows[0]?.n === 0 ? await createSecretKey(tx, 'admin (created on first start)') : null;
    return { campaignCreated: Boolean(campaignId), demoKeyCreated: demoKey.rowCount > 0, adminKey };
  });
}

/** The first admin key, boxed so it stands out among the JSON log lines. */
export function adminKeyBox(key: string, publicUrl: string): string {
  const lines = [
    'Placard: your secret admin key (shown this once; it is stored only as a hash):',
    '',
    `  ${key}`,
    '',
    `Sign in with it to the campaign console: ${publicUrl}/admin`,
    'It also works as "Authorization: Bearer <key>" on /v1/admin/* from a server.',
    'Create more with: placard keys create-secret --label <name>',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '─'.repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${rule}┘`, ''].join('\n');
}
