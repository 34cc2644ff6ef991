import { routes, SignatureRequestSchema, type SignatureResult, type SignatureStatus } from '@placard/contract';
import { HttpResponse, http } from 'msw';
import { issueConfirmToken } from '../confirm-tokens.js';
import { handle } from '../http/api-error.js';
import { withIdempotency } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { requirePublishableKey } from '../http/publishable-key.js';
import { setPetitionCount } from '../live/petition-count.js';
import { type MockContext, requireCampaign, requireOpenCampaign } from '../mock-context.js';
import type { MockCampaign } from '../mock-state.js';
import { nextId } from '../mock-state.js';

function result(entry: MockCampaign, status: SignatureStatus): SignatureResult {
  const { count, goal } = entry.campaign.petition;
  return { signature: { status }, petition: { count, goal } };
}

/** POST a signature: key, body, honeypot, idempotency, closed campaign, dedupe by email, then count or confirm. */
export function signatureHandlers(context: MockContext) {
  const { state } = context;
  return [
    http.post(context.url(routes.signPetition.path), ({ params, request }) =>
      handle(async () => {
        requirePublishableKey(request);
        const entry = requireCampaign(context, params.slug);
        const { text, value } = await readJsonBody(request, SignatureRequestSchema);
        const { slug, signatureMode } = entry.campaign;

        if (value.website !== '') {
          // A bot filled the hidden field: it gets the answer a person would, and nothing is stored.
          const pretend = signatureMode === 'double_opt_in' ? 'pending_confirmation' : 'counted';
          return HttpResponse.json(result(entry, pretend), { status: routes.signPetition.status });
        }

        return withIdempotency(state, request, `signatures ${slug}`, text, () => {
          requireOpenCampaign(context, entry);
          const status = routes.signPetition.status;
          // Trimmed by the schema; lower-cased here. The server also folds `+tags` and Gmail's
          // dots into one mailbox; the mock keeps to case, which is enough for widgets.
          const email = value.email.toLowerCase();
          if (state.signatures.some((signature) => signature.slug === slug && signature.email === email)) {
            // As the server: double opt-in does not reveal that an address signed.
            const again = signatureMode === 'double_opt_in' ? 'pending_confirmation' : 'already_signed';
            return { status, body: result(entry, again) };
          }
          const id = nextId(state, 'sig');
          const createdAt = new Date().toISOString();
          // Kept for the counts by area, as the server keeps them on the row.
          const area = {
            ...(value.postcode ? { postcode: value.postcode } : {}),
            ...(value.country ? { country: value.country } : {}),
          };
          if (signatureMode === 'double_opt_in') {
            const confirmToken = issueConfirmToken(state, 'signature', id);
            state.signatures.push({
              id,
              slug,
              email,
              status: 'pending_confirmation',
              confirmToken,
              createdAt,
              ...area,
            });
            return { status, body: result(entry, 'pending_confirmation') };
          }
          state.signatures.push({ id, slug, email, status: 'counted', confirmToken: null, createdAt, ...area });
          setPetitionCount(state, entry, entry.campaign.petition.count + 1);
          return { status, body: result(entry, 'counted') };
        });
      }),
    ),
  ];
}
