import { randomUUID } from 'node:crypto';
import { ApiError, MessageRequestSchema, type MessageResult } from '@placard/contract';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { requireCampaign } from '../campaigns/store.js';
import { registerConfirmKind } from '../confirm/handlers.js';
import { confirmUrl, issueConfirmToken } from '../confirm/tokens.js';
import { apiRoutes } from '../http/api-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { readJson } from '../http/body.js';
import { clientIp } from '../http/client-ip.js';
import { withIdempotency } from '../http/idempotency.js';
import { requirePublishableKey } from '../http/keys.js';
import { createRateLimiter, rateLimit } from '../http/rate-limit.js';
import { textsFor } from '../i18n/texts-for.js';
import { enqueueUnconfirmedMail } from '../mail/unconfirmed-cap.js';
import { refuseDisposableAddress } from '../signatures/disposable-domains.js';
import { normaliseEmail } from '../signatures/email.js';
import { confirmMessage } from './confirm-message.js';
import { confirmationMail, oneLine } from './letters.js';
import { describeMessage, insertMessage } from './store.js';

/**
 * `POST /v1/campaigns/:slug/messages`: a supporter's letter to their MP. The
 * letter, its confirmation token and the confirmation mail are written in one
 * transaction; nothing goes to the MP until the supporter confirms.
 */
export function messageRoutes({ config, db, representatives }: AppDeps): Hono<AppEnv> {
  // The confirm registry is per process: the last app built sets the cap (one app per process in production).
  registerConfirmKind('message', {
    confirm: confirmMessage({ mpHourlyCap: config.mpHourlyCap }),
    describe: describeMessage,
  });
  // Letters are rarer than signatures: a person writes one, maybe two.
  const perEmail = createRateLimiter({ name: 'messages-email', burst: 3, perHour: 10 });
  const app = new Hono<AppEnv>();
  const route = apiRoutes(app, config.checkAnswers);

  route(
    'sendMessage',
    requirePublishableKey,
    rateLimit({ name: 'messages-ip', key: (c) => clientIp(c), burst: 10, perHour: 100 }),
    async (c) => {
      const slug = c.req.param('slug');
      const campaign = await requireCampaign(db, slug);
      const input = await readJson(c, MessageRequestSchema);
      await perEmail.take(c, normaliseEmail(input.email));
      refuseDisposableAddress(config, input.email);
      const partnerKey = c.get('partnerKey');
      const testMode = partnerKey.testMode;

      return withIdempotency(c, `messages:${slug}`, input, async () => {
        if (campaign.status === 'closed') {
          throw new ApiError('campaign_closed', 'This campaign has closed and no longer takes letters.');
        }
        // A live letter needs the MP's email for certain; a test letter never goes to the MP.
        const representative = await representatives.lookup(input.postcode, { requireContact: !testMode });
        const { mp } = representative;
        if (!testMode && !mp.email) {
          throw new ApiError(
            'mp_email_unavailable',
            `${mp.name} does not publish an email address, so we cannot send your letter for you. ` +
              `You can contact them through ${mp.contactUrl ?? 'the UK Parliament website'}.`,
          );
        }
        const accepted = (id: string): { status: number; body: MessageResult } => ({
          status: 202,
          body: { message: { id, status: 'pending_confirmation' }, mp, testMode },
        });
        // The honeypot was filled in, so a bot sent this: answer as usual, keep and send nothing.
        if (input.website !== '') return accepted(randomUUID());

        const id = await db.transaction(async (tx) => {
          const messageId = await insertMessage(tx, {
            campaignId: campaign.id,
            representative,
            name: input.name,
            email: input.email,
            address: input.address,
            subject: oneLine(input.subject),
            body: input.body,
            consentUpdates: input.consent.updates,
            testMode,
            partner: partnerKey.partner,
            keyId: partnerKey.keyId,
          });
          const token = await issueConfirmToken(tx, 'message', messageId, config.unconfirmedExpiryDays * 24);
          const texts = textsFor(input.locale);
          await enqueueUnconfirmedMail(
            tx,
            confirmationMail({
              email: input.email,
              campaignTitle: campaign.title,
              representative,
              confirmUrl: confirmUrl(config.publicUrl, token, texts.language),
              texts,
              testMode,
              expiresInDays: config.unconfirmedExpiryDays,
            }),
            config.unconfirmedMailsPerAddressPerDay,
          );
          return messageId;
        });
        c.get('logger').info({ messageId: id, mpId: mp.id, testMode }, 'letter awaiting confirmation');
        return accepted(id);
      });
    },
  );

  return app;
}
