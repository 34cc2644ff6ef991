import {
  MessageRequestSchema,
  RepresentativeQuerySchema,
  SignatureRequestSchema,
  SlugSchema,
  TimelineQuerySchema,
} from '@placard/contract';
import { type ContractSchema, parseInput } from './contract-schema.js';
import { PlacardValidationError } from './errors.js';
import { subscribeLive } from './live/live-registry.js';
import { resolveRetry } from './retry-policy.js';
import { type ClientConfig, sendRequest } from './send-request.js';
import type { ClientOptions, PlacardClient, RequestOptions, ResponseSchemas, WriteOptions } from './types.js';

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

/**
 * A client for one Placard API. Every method validates its input before any request; answers
 * are checked with `options.validateResponses`, else with `defaultSchemas`, which each entry
 * point chooses (see index.ts and browser.ts) so this module imports no response schema.
 */
export function openClient(options: ClientOptions, defaultSchemas: ResponseSchemas | false): PlacardClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const schemas = options.validateResponses ?? defaultSchemas;
  const schemaFor = <Answer extends Exclude<keyof ResponseSchemas, 'liveEvents'>>(answer: Answer) =>
    schemas ? schemas[answer] : undefined;
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
    response: ContractSchema<Output> | undefined,
    requestOptions?: RequestOptions,
    query?: Record<string, string | number | undefined>,
  ) => sendRequest(config, { method: 'GET', path, query, response, options: requestOptions });

  const post = <Output>(
    path: string,
    body: unknown,
    response: ContractSchema<Output> | undefined,
    writeOptions?: WriteOptions,
  ) => sendRequest(config, { method: 'POST', path, body, response, options: writeOptions });

  const listTimeline: PlacardClient['timeline']['list'] = async (slug, query = {}) => {
    const { cursor, limit, ...requestOptions } = query;
    const path = campaignPath(slug, '/timeline');
    return get(path, schemaFor('timelinePage'), requestOptions, parseInput(TimelineQuerySchema, { cursor, limit }));
  };

  const getPetition: PlacardClient['petition']['get'] = async (slug, requestOptions) =>
    get(campaignPath(slug, '/petition'), schemaFor('petition'), requestOptions);

  return {
    baseUrl,
    testMode: publishableKey?.startsWith('pk_test_') ?? false,
    campaigns: {
      get: async (slug, requestOptions) => get(campaignPath(slug), schemaFor('campaign'), requestOptions),
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
      constituencies: async (slug, requestOptions) =>
        get(campaignPath(slug, '/petition/constituencies'), schemaFor('constituencyCounts'), requestOptions),
      countries: async (slug, requestOptions) =>
        get(campaignPath(slug, '/petition/countries'), schemaFor('countryCounts'), requestOptions),
      sign: async (slug, input, writeOptions) =>
        post(
          campaignPath(slug, '/signatures'),
          parseInput(SignatureRequestSchema, input),
          schemaFor('signatureResult'),
          writeOptions,
        ),
    },
    representatives: {
      lookup: async (query, requestOptions) =>
        get(
          '/v1/representatives',
          schemaFor('representative'),
          requestOptions,
          parseInput(RepresentativeQuerySchema, query),
        ),
    },
    messages: {
      send: async (slug, input, writeOptions) =>
        post(
          campaignPath(slug, '/messages'),
          parseInput(MessageRequestSchema, input),
          schemaFor('messageResult'),
          writeOptions,
        ),
    },
    getConfirmation: async (token, requestOptions) =>
      get(confirmPath(token), schemaFor('pendingConfirmation'), requestOptions),
    confirm: async (token, requestOptions) =>
      sendRequest(config, {
        method: 'POST',
        path: confirmPath(token),
        response: schemaFor('confirmation'),
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
          eventSchemas: schemas ? schemas.liveEvents : undefined,
          petition: (requestOptions) => getPetition(slug, requestOptions),
          timeline: (requestOptions) => listTimeline(slug, requestOptions),
        },
        handlers,
      ),
  };
}
