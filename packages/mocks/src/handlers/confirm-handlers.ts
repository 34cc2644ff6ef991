import { ApiError, type Confirmation, type PendingConfirmation, routes } from '@placard/contract';
import { HttpResponse, http } from 'msw';
import { EXPIRED_TOKEN } from '../confirm-tokens.js';
import { handle } from '../http/api-error.js';
import { setPetitionCount } from '../live/petition-count.js';
import type { MockContext } from '../mock-context.js';
import type { ConfirmToken } from '../mock-state.js';

const invalid = () => new ApiError('token_invalid', 'This confirmation link is not valid. Check you copied all of it.');
const expired = () => new ApiError('token_expired', 'This confirmation link has expired. Please sign or write again.');

/**
 * Like the server: GET `confirm/:token` describes what the link would confirm
 * and changes nothing (mail scanners follow links); POST counts a pending
 * signature or queues a letter, once. JSON only: the server's HTML pages are
 * not mocked.
 */
export function confirmHandlers(context: MockContext) {
  const { state } = context;

  function findToken(param: unknown): ConfirmToken {
    if (param === EXPIRED_TOKEN) throw expired();
    const token = typeof param === 'string' ? state.tokens.get(param) : undefined;
    if (!token) throw invalid();
    return token;
  }

  function describe(token: ConfirmToken): PendingConfirmation {
    const subject =
      token.kind === 'signature'
        ? state.signatures.find((candidate) => candidate.id === token.subjectId)
        : state.messages.find((candidate) => candidate.id === token.subjectId);
    const entry = subject && state.campaigns.get(subject.slug);
    if (!subject || !entry) throw invalid();
    const message = 'mpName' in subject ? subject : null;
    return {
      kind: token.kind,
      state:
        token.confirmedAt !== null || subject.status !== 'pending_confirmation'
          ? 'confirmed'
          : Date.parse(token.expiresAt) <= Date.now()
            ? 'expired'
            : 'pending',
      campaign: { slug: entry.campaign.slug, title: entry.campaign.title },
      letter: message
        ? { mpName: message.mpName, constituency: message.constituency, testMode: message.testMode }
        : null,
      expiresAt: token.expiresAt,
    };
  }

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
    http.get(context.url(routes.getConfirmation.path), ({ params }) =>
      handle(async () => HttpResponse.json(describe(findToken(params.token)))),
    ),
    http.post(context.url(routes.confirm.path), ({ params }) =>
      handle(async () => {
        const token = findToken(params.token);
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
