import { type ConversionConfig, type JsonSchema, toJsonSchema, toJsonSchemaDefs } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import {
  AdminSignatureSchema,
  CampaignInputSchema,
  CampaignPatchSchema,
  TimelineEntryInputSchema,
  TimelineEntryPatchSchema,
} from './admin.js';
import { ConstituencyCountSchema, ConstituencyCountsSchema, CountryCountSchema, CountryCountsSchema } from './areas.js';
import { CampaignSchema, LetterTemplateSchema } from './campaign.js';
import { ERROR_STATUS, type ErrorCode, ErrorEnvelopeSchema } from './errors.js';
import { CountEventSchema, MilestoneEventSchema, TimelineEventSchema } from './events.js';
import { ERROR_MEANINGS, EXAMPLE_KEYS, errorExamples, type LiveEventExample, routeExamples } from './examples.js';
import {
  ConfirmationSchema,
  MessageRequestSchema,
  MessageResultSchema,
  PendingConfirmationSchema,
} from './messages.js';
import { MilestoneSchema, PetitionSchema, SignatureRequestSchema, SignatureResultSchema } from './petition.js';
import { ConstituencySchema, MpSchema, RepresentativeSchema } from './representatives.js';
import { ANY_ROUTE_ERRORS, type RouteDefinition, type RouteName, routes } from './routes.js';
import { sseMessage, sseRetry } from './sse.js';
import { TimelineEntrySchema, TimelinePageSchema } from './timeline.js';
import { CONTRACT_VERSION } from './version.js';

export { ERROR_MEANINGS, EXAMPLE_KEYS, errorExamples, type RouteExample, routeExamples } from './examples.js';

type AnySchema = v.GenericSchema | v.GenericSchemaAsync;

/** A route's example as this module reads it (the typed form is `RouteExample<name>`). */
interface LooseExample {
  params: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  response?: unknown;
  events?: LiveEventExample[];
}

/** Schemas that get a name in `components.schemas`; everything else is inlined. */
const namedSchemas = {
  Campaign: CampaignSchema,
  LetterTemplate: LetterTemplateSchema,
  Petition: PetitionSchema,
  Milestone: MilestoneSchema,
  ConstituencyCount: ConstituencyCountSchema,
  ConstituencyCounts: ConstituencyCountsSchema,
  CountryCount: CountryCountSchema,
  CountryCounts: CountryCountsSchema,
  TimelineEntry: TimelineEntrySchema,
  TimelinePage: TimelinePageSchema,
  SignatureRequest: SignatureRequestSchema,
  SignatureResult: SignatureResultSchema,
  Constituency: ConstituencySchema,
  Mp: MpSchema,
  Representative: RepresentativeSchema,
  MessageRequest: MessageRequestSchema,
  MessageResult: MessageResultSchema,
  Confirmation: ConfirmationSchema,
  PendingConfirmation: PendingConfirmationSchema,
  CountEvent: CountEventSchema,
  MilestoneEvent: MilestoneEventSchema,
  TimelineEvent: TimelineEventSchema,
  CampaignInput: CampaignInputSchema,
  CampaignPatch: CampaignPatchSchema,
  TimelineEntryInput: TimelineEntryInputSchema,
  TimelineEntryPatch: TimelineEntryPatchSchema,
  AdminSignature: AdminSignatureSchema,
  ErrorEnvelope: ErrorEnvelopeSchema,
} as Record<string, v.GenericSchema>;

const refTo = (name: string) => `#/components/schemas/${name}`;

// Requests are described as a client writes them (before trimming and
// normalising); responses as the server sends them.
const baseConfig = {
  target: 'draft-2020-12',
  errorMode: 'ignore',
  overrideRef: ({ referenceId }) => refTo(referenceId),
} satisfies ConversionConfig;

function schemaFor(schema: AnySchema, typeMode: 'input' | 'output'): JsonSchema {
  const name = Object.keys(namedSchemas).find((key) => namedSchemas[key] === schema);
  if (name) return { $ref: refTo(name) };
  const {
    $schema: _s,
    $defs: _d,
    ...rest
  } = toJsonSchema(schema as v.GenericSchema, {
    ...baseConfig,
    typeMode,
    definitions: namedSchemas,
  });
  return rest;
}

const requestSchemaNames = [
  'SignatureRequest',
  'MessageRequest',
  'CampaignInput',
  'CampaignPatch',
  'TimelineEntryInput',
  'TimelineEntryPatch',
];

function componentSchemas() {
  const outputs = toJsonSchemaDefs(namedSchemas, { ...baseConfig, typeMode: 'output' });
  const inputs = toJsonSchemaDefs(namedSchemas, { ...baseConfig, typeMode: 'input' });
  for (const name of requestSchemaNames) outputs[name] = inputs[name] as JsonSchema;
  return outputs;
}

function pathParameters(path: string, example: LooseExample | undefined) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
    ...(example?.params[name as string] !== undefined ? { example: example.params[name as string] } : {}),
  }));
}

function queryParameters(route: RouteDefinition, example: LooseExample | undefined) {
  if (!route.query) return [];
  const schema = schemaFor(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
    ...(example?.query?.[name] !== undefined ? { example: example.query[name] } : {}),
  }));
}

/** Who may call a route, in Markdown, for its description. */
const AUTH_TEXT: Record<RouteDefinition['auth'], string> = {
  public: '**Authentication:** none; anyone may call it, from any origin.',
  publishable:
    "**Authentication:** a publishable key, `Authorization: Bearer pk_…`. From a browser, the page's origin must be one of the key's allowed origins (else `origin_not_allowed`). A `pk_test_…` key sends letters back to the supporter, never to the MP.",
  secret:
    '**Authentication:** a secret key, `Authorization: Bearer sk_…`, from a server only: any request with an `Origin` header is refused (`forbidden`) before the key is read.',
};

const EXAMPLE_IDEMPOTENCY_KEY = '8d4e2f61-0c5b-4a7e-b3f9-6a1d2c8e7b45';

/**
 * The route's example as an HTTP request, published as `x-codeSamples` (the
 * extension Redoc, Scalar and others read) and shown on the reference page.
 */
function requestSample(route: RouteDefinition, example: LooseExample): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(example.params[name] ?? `{${name}}`),
  );
  const query = new URLSearchParams(
    Object.entries(example.query ?? {}).map(([name, value]) => [name, String(value)] as [string, string]),
  ).toString();
  const lines = [`${route.method} ${path}${query ? `?${query}` : ''} HTTP/1.1`];
  if (route.auth === 'publishable') {
    lines.push(`Authorization: Bearer ${EXAMPLE_KEYS.publishable}`, `Origin: ${EXAMPLE_KEYS.origin}`);
  }
  if (route.auth === 'secret') lines.push(`Authorization: Bearer ${EXAMPLE_KEYS.secret}`);
  if (route.stream) lines.push('Accept: text/event-stream');
  else if (route.response) lines.push('Accept: application/json');
  if (route.idempotent) lines.push(`Idempotency-Key: ${EXAMPLE_IDEMPOTENCY_KEY}`);
  if (example.body !== undefined) {
    lines.push('Content-Type: application/json', '', JSON.stringify(example.body, null, 2));
  }
  return lines.join('\n');
}

/** Every error code a route may answer, with the ones any route may. */
function errorsOf(route: RouteDefinition): ErrorCode[] {
  return [...new Set<ErrorCode>([...route.errors, ...ANY_ROUTE_ERRORS])];
}

function operation(operationId: string, route: RouteDefinition) {
  const example = routeExamples[operationId as RouteName] as LooseExample | undefined;
  const parameters: object[] = [...pathParameters(route.path, example), ...queryParameters(route, example)];
  if (route.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retries with the same key get the first answer and never act twice.',
      schema: { type: 'string', maxLength: 200 },
      example: EXAMPLE_IDEMPOTENCY_KEY,
    });
  }
  if (route.stream) {
    parameters.push({
      name: 'Last-Event-ID',
      in: 'header',
      required: false,
      description: 'The `id` of the last event received: the stream resumes after it.',
      schema: { type: 'string' },
    });
  }
  const success = route.stream
    ? {
        description: 'A stream of `count`, `milestone` and `timeline` events.',
        content: {
          'text/event-stream': {
            schema: { type: 'string' },
            ...(example?.events
              ? {
                  example: [
                    sseRetry(),
                    ...example.events.map(({ id, event, data }) => sseMessage(id, event, data)),
                  ].join(''),
                }
              : {}),
          },
        },
      }
    : route.response
      ? {
          description: route.html ? 'Success (JSON, or a page for a client that prefers `text/html`)' : 'Success',
          content: {
            'application/json': {
              schema: schemaFor(route.response, 'output'),
              ...(example?.response !== undefined ? { example: example.response } : {}),
            },
            ...(route.html ? { 'text/html': { schema: { type: 'string' } } } : {}),
          },
        }
      : { description: 'Success, no body' };
  const responses: Record<string, object> = { [String(route.status)]: success };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorsOf(route))
    byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: codes.map((code) => `- \`${code}\`: ${ERROR_MEANINGS[code]}`).join('\n'),
      content: {
        'application/json': {
          schema: { $ref: refTo('ErrorEnvelope') },
          examples: Object.fromEntries(
            codes.map((code) => [
              code,
              { summary: code, description: ERROR_MEANINGS[code], value: errorExamples[code] },
            ]),
          ),
        },
        ...(route.html ? { 'text/html': { schema: { type: 'string' } } } : {}),
      },
    };
  }
  return {
    operationId,
    summary: route.summary,
    description: `${route.summary}\n\n${AUTH_TEXT[route.auth]}`,
    tags: [route.path.startsWith('/v1/admin') ? 'admin' : 'public'],
    ...(route.auth === 'public'
      ? { security: [] }
      : { security: [{ [route.auth === 'secret' ? 'secretKey' : 'publishableKey']: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: schemaFor(route.body, 'input'),
                ...(example?.body !== undefined ? { example: example.body } : {}),
              },
            },
          },
        }
      : {}),
    responses,
    ...(example
      ? { 'x-codeSamples': [{ lang: 'http', label: 'HTTP request', source: requestSample(route, example) }] }
      : {}),
  };
}

const API_DESCRIPTION = [
  'Campaigns, timelines, petitions and letters to MPs, for the Placard widgets and for your own code.',
  'Every route takes one of three kinds of access:',
  [
    '- **Public**: reads (campaigns, timelines, petitions, counts by area, the live stream, MP lookup) and the confirmation links need no key and answer any origin.',
    "- **Publishable key** (`pk_test_…` or `pk_live_…`): the writes a supporter makes (signing, writing to an MP). Sent as `Authorization: Bearer pk_…`; from a browser, only from one of the key's allowed origins (`origin_not_allowed` otherwise). A server may call without an `Origin`. Test keys never mail a real MP.",
    '- **Secret key** (`sk_…`): everything under `/v1/admin`. Sent as `Authorization: Bearer sk_…` from a server, never from a browser: a request with an `Origin` header is refused as `forbidden`.',
  ].join('\n'),
  'Errors are always `{ "error": { "code", "message", "fields"? } }`: branch on `code`, show `message`. Any route may also answer `internal_error` (500) or `unavailable` (503). The machine-readable document is [/v1/openapi.json](/v1/openapi.json).',
].join('\n\n');

/** The OpenAPI 3.1 document of the v1 API, generated from the contract's schemas and route table. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const [operationId, route] of Object.entries(routes) as [string, RouteDefinition][]) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, object>)[route.method.toLowerCase()] = operation(operationId, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Placard Campaign API',
      version: CONTRACT_VERSION,
      description: API_DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: "A `pk_test_…` or `pk_live_…` key; from a browser, only on one of the key's allowed origins.",
        },
        secretKey: { type: 'http', scheme: 'bearer', description: 'An `sk_…` key; never sent from a browser.' },
      },
    },
  };
}
