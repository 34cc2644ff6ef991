import {
  CampaignSchema,
  ConfirmationSchema,
  MessageRequestSchema,
  MessageResultSchema,
  PendingConfirmationSchema,
  PetitionSchema,
  RepresentativeQuerySchema,
  RepresentativeSchema,
  SignatureRequestSchema,
  SignatureResultSchema,
  SlugSchema,
  TimelinePageSchema,
  TimelineQuerySchema,
} from '@placard/contract';
import { type ContractSchema, parseInput } from './contract-schema.js';
import { PlacardValidationError } from './errors.js';
import { subscribeLive } from './live/live-registry.js';
import { resolveRetry } from './retry-policy.js';
import { type ClientConfig, sendRequest } from './send-request.js';
import type { ClientOptions, PlacardClient, RequestOptions, WriteOptions } from './types.js';

/** `/v1/campaigns/{slug}{rest}`, after checking the slug. */
function campaignPath(slug: string, rest = ''): string {
  return `/v1/campaigns/${encodeURIComponent(parseInput(SlugSchema, slug, 'slug'))}${rest}`;
}

/** `/v1/confirm/{token}`, after checking there is a token. */
function confirmPath(token: string): string {
  if (typeof token !== 'string' || !token) {
    throw new PlacardValidationError('validation_failed', 'Missing confirmation token.', {
      fields: { token: 'Missing confirmation token.' },
    });
  }
  return `/v1/confirm/${encodeURIComponent(token)}`;
}

/** Creates a client for one Placard API. Every method validates its input before any request. */
export function createClient(options: ClientOptions): PlacardClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const { publishableKey } = options;
  const config: ClientConfig = {
    baseUrl,
    publishableKey,
    // Looked up at each call, so a fetch mock installed after the client is still used.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
    retry: resolveRetry(options.retry),
  };

  const get = <Output>(
    path: string,
    response: ContractSchema<Output>,
    requestOptions?: RequestOptions,
    query?: Record<string, string | number | undefined>,
  ) => sendRequest(config, { method: 'GET', path, query, response, options: requestOptions });

  const post = <Output>(path: string, body: unknown, response: ContractSchema<Output>, writeOptions?: WriteOptions) =>
    sendRequest(config, { method: 'POST', path, body, response, options: writeOptions });

  const listTimeline: PlacardClient['timeline']['list'] = async (slug, query = {}) => {
    const { cursor, limit, ...requestOptions } = query;
    const path = campaignPath(slug, '/timeline');
    return get(path, TimelinePageSchema, requestOptions, parseInput(TimelineQuerySchema, { cursor, limit }));
  };

  const getPetition: PlacardClient['petition']['get'] = async (slug, requestOptions) =>
    get(campaignPath(slug, '/petition'), PetitionSchema, requestOptions);

  return {
    baseUrl,
    testMode: publishableKey?.startsWith('pk_test_') ?? false,
    campaigns: {
      get: async (slug, requestOptions) => get(campaignPath(slug), CampaignSchema, requestOptions),
    },
    timeline: {
      list: listTimeline,
      async *pages(slug, query = {}) {
        let cursor: string | undefined;
        do {
          const page: Awaited<ReturnType<typeof listTimeline>> = await listTimeline(slug, { ...query, cursor });
          yield page;
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      },
    },
    petition: {
      get: getPetition,
      sign: async (slug, input, writeOptions) =>
        post(
          campaignPath(slug, '/signatures'),
          parseInput(SignatureRequestSchema, input),
          SignatureResultSchema,
          writeOptions,
        ),
    },
    representatives: {
      lookup: async (query, requestOptions) =>
        get('/v1/representatives', RepresentativeSchema, requestOptions, parseInput(RepresentativeQuerySchema, query)),
    },
    messages: {
      send: async (slug, input, writeOptions) =>
        post(
          campaignPath(slug, '/messages'),
          parseInput(MessageRequestSchema, input),
          MessageResultSchema,
          writeOptions,
        ),
    },
    getConfirmation: async (token, requestOptions) =>
      get(confirmPath(token), PendingConfirmationSchema, requestOptions),
    confirm: async (token, requestOptions) =>
      sendRequest(config, {
        method: 'POST',
        path: confirmPath(token),
        response: ConfirmationSchema,
        options: requestOptions,
        repeatable: true,
      }),
    live: (slug, handlers) =>
      subscribeLive(
        `${baseUrl} ${slug}`,
        {
          eventsUrl: baseUrl + campaignPath(slug, '/events'),
          EventSource: options.EventSource === undefined ? (globalThis.EventSource ?? null) : options.EventSource,
          pollIntervalMs: options.pollIntervalMs ?? 15_000,
          reconnectMs: options.liveReconnectMs ?? 1000,
          petition: (requestOptions) => getPetition(slug, requestOptions),
          timeline: (requestOptions) => listTimeline(slug, requestOptions),
        },
        handlers,
      ),
  };
}
