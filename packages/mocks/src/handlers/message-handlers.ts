import { ApiError, MessageRequestSchema, type MessageResult, type Mp, routes } from '@placard/contract';
import { HttpResponse, http } from 'msw';
import { issueConfirmToken } from '../confirm-tokens.js';
import { handle } from '../http/api-error.js';
import { withIdempotency } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { requirePublishableKey } from '../http/publishable-key.js';
import { type MockContext, requireCampaign, requireOpenCampaign } from '../mock-context.js';
import { nextId } from '../mock-state.js';
import { lookupRepresentative } from '../representative-lookup.js';

function emailUnavailable(mp: Mp): ApiError {
  const where = mp.contactUrl ? `their contact page: ${mp.contactUrl}` : 'their parliamentary contact page';
  return new ApiError(
    'mp_email_unavailable',
    `${mp.name} does not publish an email address. Write to them through ${where}`,
  );
}

/**
 * POST a letter to the supporter's MP. A test key never reaches an MP, so it
 * works for every postcode; a live key needs an MP with a published email.
 */
export function messageHandlers(context: MockContext) {
  const { state } = context;
  return [
    http.post(context.url(routes.sendMessage.path), ({ params, request }) =>
      handle(async () => {
        const { testMode } = requirePublishableKey(request);
        const entry = requireCampaign(context, params.slug);
        const { text, value } = await readJsonBody(request, MessageRequestSchema);
        const { slug } = entry.campaign;

        if (value.website !== '') {
          // A bot filled the hidden field: answer as if queued for confirmation, store nothing.
          const { mp } = lookupRepresentative(state, value.postcode);
          const pretend: MessageResult = {
            message: { id: nextId(state, 'msg'), status: 'pending_confirmation' },
            mp,
            testMode,
          };
          return HttpResponse.json(pretend, { status: routes.sendMessage.status });
        }

        return withIdempotency(state, request, `messages ${slug}`, text, () => {
          const { mp, constituency } = lookupRepresentative(state, value.postcode);
          requireOpenCampaign(context, entry);
          if (!testMode && mp.email === null) throw emailUnavailable(mp);
          const id = nextId(state, 'msg');
          const confirmToken = issueConfirmToken(state, 'message', id);
          const createdAt = new Date().toISOString();
          state.messages.push({
            id,
            slug,
            mpId: mp.id,
            mpName: mp.name,
            constituency: constituency.name,
            testMode,
            status: 'pending_confirmation',
            confirmToken,
            createdAt,
          });
          const body: MessageResult = { message: { id, status: 'pending_confirmation' }, mp, testMode };
          return { status: routes.sendMessage.status, body };
        });
      }),
    ),
  ];
}
