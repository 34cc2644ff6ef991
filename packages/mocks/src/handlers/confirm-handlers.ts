import { type Confirmation, routes } from '@placard/contract';
import { HttpResponse, http } from 'msw';
import { EXPIRED_TOKEN } from '../confirm-tokens.js';
import { ApiError, handle } from '../http/api-error.js';
import { setPetitionCount } from '../live/petition-count.js';
import type { MockContext } from '../mock-context.js';
import type { ConfirmToken } from '../mock-state.js';

const invalid = () => new ApiError('token_invalid', 'This confirmation link is not valid. Check you copied all of it.');
const expired = () => new ApiError('token_expired', 'This confirmation link has expired. Please sign or write again.');

/** GET confirm/:token: counts a pending signature or queues a letter, once. */
export function confirmHandlers(context: MockContext) {
  const { state } = context;

  function confirmSignature(token: ConfirmToken): Confirmation {
    const signature = state.signatures.find((candidate) => candidate.id === token.subjectId);
    const entry = signature && state.campaigns.get(signature.slug);
    if (!signature || !entry) throw invalid();
    signature.status = 'counted';
    setPetitionCount(state, entry, entry.campaign.petition.count + 1);
    return { confirmed: 'signature', status: 'counted' };
  }

  function confirmMessage(token: ConfirmToken): Confirmation {
    const message = state.messages.find((candidate) => candidate.id === token.subjectId);
    if (!message) throw invalid();
    message.status = 'queued';
    return { confirmed: 'message', status: 'queued' };
  }

  return [
    http.get(context.url(routes.confirm.path), ({ params }) =>
      handle(async () => {
        if (params.token === EXPIRED_TOKEN) throw expired();
        const token = typeof params.token === 'string' ? state.tokens.get(params.token) : undefined;
        if (!token) throw invalid();
        if (token.confirmedAt !== null) {
          const again: Confirmation = { confirmed: token.kind, status: 'already_confirmed' };
          return HttpResponse.json(again);
        }
        if (Date.parse(token.expiresAt) <= Date.now()) throw expired();
        const confirmation = token.kind === 'signature' ? confirmSignature(token) : confirmMessage(token);
        token.confirmedAt = new Date().toISOString();
        return HttpResponse.json(confirmation);
      }),
    ),
  ];
}
