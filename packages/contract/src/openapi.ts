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
import { ERROR_STATUS, ErrorEnvelopeSchema } from './errors.js';
import { CountEventSchema, MilestoneEventSchema, TimelineEventSchema } from './events.js';
import {
  ConfirmationSchema,
  MessageRequestSchema,
  MessageResultSchema,
  PendingConfirmationSchema,
} from './messages.js';
import { MilestoneSchema, PetitionSchema, SignatureRequestSchema, SignatureResultSchema } from './petition.js';
import { ConstituencySchema, MpSchema, RepresentativeSchema } from './representatives.js';
import { type RouteDefinition, routes } from './routes.js';
import { TimelineEntrySchema, TimelinePageSchema } from './timeline.js';
import { CONTRACT_VERSION } from './version.js';

type AnySchema = v.GenericSchema | v.GenericSchemaAsync;

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

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(route: RouteDefinition) {
  if (!route.query) return [];
  const schema = schemaFor(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operation(operationId: string, route: RouteDefinition) {
  const parameters: object[] = [...pathParameters(route.path), ...queryParameters(route)];
  if (route.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retries with the same key get the first answer and never act twice.',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  if (route.stream) {
    parameters.push({ name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } });
  }
  const success = route.stream
    ? {
        description: 'A stream of `count`, `milestone` and `timeline` events.',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
      }
    : route.response
      ? {
          description: route.html ? 'Success (JSON, or a page for a client that prefers `text/html`)' : 'Success',
          content: {
            'application/json': { schema: schemaFor(route.response, 'output') },
            ...(route.html ? { 'text/html': { schema: { type: 'string' } } } : {}),
          },
        }
      : { description: 'Success, no body' };
  const responses: Record<string, object> = { [String(route.status)]: success };
  for (const code of route.errors) {
    const status = String(ERROR_STATUS[code]);
    const existing = responses[status] as { description: string } | undefined;
    responses[status] = {
      description: existing ? `${existing.description}, \`${code}\`` : `Error \`${code}\``,
      content: {
        'application/json': { schema: { $ref: refTo('ErrorEnvelope') } },
        ...(route.html ? { 'text/html': { schema: { type: 'string' } } } : {}),
      },
    };
  }
  return {
    operationId,
    summary: route.summary,
    tags: [route.path.startsWith('/v1/admin') ? 'admin' : 'public'],
    ...(route.auth === 'public'
      ? { security: [] }
      : { security: [{ [route.auth === 'secret' ? 'secretKey' : 'publishableKey']: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaFor(route.body, 'input') } } } }
      : {}),
    responses,
  };
}

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
      description:
        'Campaigns, timelines, petitions and letters to MPs. Reads are public; writes carry a publishable key from an allowed origin; `/v1/admin` takes a secret key. Errors are always `{ error: { code, message, fields? } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        publishableKey: { type: 'http', scheme: 'bearer', description: 'A `pk_test_…` or `pk_live_…` key.' },
        secretKey: { type: 'http', scheme: 'bearer', description: 'An `sk_…` key; never sent from a browser.' },
      },
    },
  };
}
