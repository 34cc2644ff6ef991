import { ERROR_STATUS, type ErrorCode } from '@placard/contract';
import { ERROR_MEANINGS } from '@placard/contract/openapi';
import { html, layout, type SafeHtml } from './html.js';
import { markdown, markdownInline } from './markdown.js';

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
  description?: string;
};

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
}

interface MediaType {
  schema: JsonSchema;
  example?: unknown;
  examples?: Record<string, { summary?: string; description?: string; value: unknown }>;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  security?: Array<Record<string, unknown>>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
  'x-codeSamples'?: Array<{ lang: string; label?: string; source: string }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes?: Record<string, { description?: string }>;
  };
}

const refName = (ref: string) => ref.split('/').pop() ?? ref;

/** A one-line description of a schema's type: `string (email, ≤ 254)`, `Campaign`, `array of TimelineEntry`. */
function typeOf(schema: JsonSchema | undefined): SafeHtml {
  if (!schema) return html`any`;
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return html`<a href="#schema-${name}">${name}</a>`;
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return html`${variants.map((variant, index) => html`${index ? ' or ' : ''}${typeOf(variant)}`)}`;
  if (schema.const !== undefined) return html`<code>${JSON.stringify(schema.const)}</code>`;
  if (schema.enum) {
    return html`one of ${schema.enum.map((value, index) => html`${index ? ', ' : ''}<code>${JSON.stringify(value)}</code>`)}`;
  }
  if (schema.type === 'array') return html`array of ${typeOf(schema.items)}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
  const notes = [
    schema.format,
    schema.pattern ? `pattern ${schema.pattern}` : undefined,
    schema.minLength !== undefined ? `≥ ${schema.minLength} chars` : undefined,
    schema.maxLength !== undefined ? `≤ ${schema.maxLength} chars` : undefined,
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : undefined,
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : undefined,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : undefined,
  ].filter(Boolean);
  return html`${type}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** An object's fields as a table (nested objects indented by path); anything else as its type. */
function schemaBlock(schema: JsonSchema | undefined, caption: string): SafeHtml {
  if (!schema) return html``;
  if (schema.type !== 'object' || !schema.properties) return html`<p>${typeOf(schema)}</p>`;
  const rows: SafeHtml[] = [];
  const walk = (object: JsonSchema, prefix: string) => {
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const path = `${prefix}${name}`;
      const required = object.required?.includes(name) ? 'yes' : 'no';
      rows.push(
        html`<tr><th scope="row"><code>${path}</code></th><td>${typeOf(property)}</td><td>${required}</td><td>${markdownInline(property.description ?? '')}</td></tr>`,
      );
      if (property.type === 'object' && property.properties) walk(property, `${path}.`);
    }
  };
  walk(schema, '');
  return html`<table><caption>${caption}</caption><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

type Access = 'public' | 'publishable' | 'secret';

function accessOf(operation: Operation): Access {
  const scheme = operation.security?.[0] ? Object.keys(operation.security[0])[0] : undefined;
  if (scheme === 'secretKey') return 'secret';
  if (scheme === 'publishableKey') return 'publishable';
  return 'public';
}

const ACCESS: Record<Access, { label: string; header: string; from: string }> = {
  public: { label: 'Public', header: 'none', from: 'anywhere: any origin, any server' },
  publishable: {
    label: 'Publishable key',
    header: 'Authorization: Bearer pk_test_… or pk_live_…',
    from: "a browser page on one of the key's allowed origins, or a server (no Origin header)",
  },
  secret: {
    label: 'Secret key',
    header: 'Authorization: Bearer sk_…',
    from: 'a server only: a request with an Origin header is refused (forbidden)',
  },
};

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '202': 'Accepted',
  '204': 'No Content',
};

const isSuccess = (status: string) => /^2\d\d$/.test(status);

/** A block of example text: preformatted, and focusable so a keyboard can scroll it. */
const exampleBlock = (label: string, text: string) =>
  html`<pre tabindex="0" role="group" aria-label="${label}"><code>${text}</code></pre>`;

/** The success answer as an HTTP response: status line, content type, example body. */
function responseExample(status: string, response: Operation['responses'][string]): string {
  const statusLine = `HTTP/1.1 ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''}`;
  const media = Object.entries(response.content ?? {}).find(([, content]) => content.example !== undefined);
  if (!media) return statusLine;
  const [type, content] = media;
  const body = typeof content.example === 'string' ? content.example : JSON.stringify(content.example, null, 2);
  return `${statusLine}\nContent-Type: ${type}\n\n${body}`;
}

/** Every error code an operation may answer, from its error responses' named examples. */
function errorsOf(operation: Operation): Array<{ code: string; status: string; meaning: string }> {
  return Object.entries(operation.responses)
    .filter(([status]) => !isSuccess(status))
    .flatMap(([status, response]) =>
      Object.entries(response.content?.['application/json']?.examples ?? {}).map(([code, example]) => ({
        code,
        status,
        meaning: example.description ?? example.summary ?? '',
      })),
    );
}

function operationBlock(path: string, method: string, operation: Operation): SafeHtml {
  const id = `op-${operation.operationId}`;
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json']?.schema;
  const responses = Object.entries(operation.responses);
  const success = responses.find(([status]) => isSuccess(status));
  const sample = operation['x-codeSamples']?.[0]?.source;
  const errors = errorsOf(operation);
  const title = `${method.toUpperCase()} ${path}`;
  return html`<section class="op" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title"><span class="method">${method.toUpperCase()}</span> <code>${path}</code></h3>
${markdown(operation.description ?? operation.summary)}
${
  parameters.length
    ? html`<h4>Parameters</h4><table><caption>Parameters of ${title}</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Example</th><th scope="col">Notes</th></tr></thead><tbody>${parameters.map(
        (parameter) =>
          html`<tr><th scope="row"><code>${parameter.name}</code></th><td>${parameter.in}</td><td>${typeOf(parameter.schema)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${parameter.example === undefined ? '' : html`<code>${String(parameter.example)}</code>`}</td><td>${markdownInline(parameter.description ?? '')}</td></tr>`,
      )}</tbody></table>`
    : ''
}
${body ? html`<h4>Request body (application/json)</h4>${schemaBlock(body, `Request body of ${title}`)}` : ''}
${sample ? html`<h4>Example request</h4>${exampleBlock(`Example request: ${title}`, sample)}` : ''}
<h4>Responses</h4>
<table><caption>Successful responses of ${title}</caption><thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Body</th></tr></thead><tbody>${responses
    .filter(([status]) => isSuccess(status))
    .map(([status, response]) => {
      const content = response.content ? Object.entries(response.content) : [];
      return html`<tr><th scope="row">${status}</th><td>${markdown(response.description)}</td><td>${
        content.length
          ? content.map(([type, media], index) => html`${index ? html`<br>` : ''}${type}: ${typeOf(media.schema)}`)
          : 'none'
      }</td></tr>`;
    })}</tbody></table>
${success ? html`<h4>Example response</h4>${exampleBlock(`Example response: ${title}`, responseExample(success[0], success[1]))}` : ''}
${
  errors.length
    ? html`<h4>Errors</h4><p>In the <a href="#schema-ErrorEnvelope">error envelope</a>${operation.responses[errors[0]?.status ?? '']?.content?.['text/html'] ? ', or a page for a client that prefers text/html' : ''}.</p><table><caption>Error codes ${title} may answer</caption><thead><tr><th scope="col">Code</th><th scope="col">HTTP status</th><th scope="col">Meaning</th></tr></thead><tbody>${errors.map(
        (error) =>
          html`<tr><th scope="row"><a href="#error-${error.code}"><code>${error.code}</code></a></th><td>${error.status}</td><td>${markdownInline(error.meaning)}</td></tr>`,
      )}</tbody></table>`
    : ''
}
</section>`;
}

/**
 * The readable API reference at `/v1/docs`: the OpenAPI document as one
 * server-rendered page, every operation with its access, parameters, bodies,
 * examples, responses and error codes. Descriptions are Markdown (./markdown.ts).
 *
 * Why not a maintained renderer (Scalar, Redoc, Swagger UI)? Each is a client-side
 * application: it needs script on the page (ours carry none: PAGE_CSP has no
 * script-src), most want inline script or styles set from script, some `eval`, and
 * they would be megabytes of JavaScript to vendor and serve for one page. This
 * page needs none of that: it is static HTML built once per process, readable
 * without JavaScript, and every value in it goes through the escaping `html` tag.
 */
export function apiReferencePage(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const groups = [
    { tag: 'public', title: 'Public API' },
    { tag: 'admin', title: 'Admin API' },
  ].map((group) => ({ ...group, operations: operations.filter(({ operation }) => operation.tags?.[0] === group.tag) }));
  const others = operations.filter(({ operation }) => !groups.some((group) => group.tag === operation.tags?.[0]));
  if (others.length) groups.push({ tag: 'other', title: 'Other', operations: others });
  const schemas = Object.entries(doc.components.schemas).sort(([a], [b]) => a.localeCompare(b));
  const opLink = ({ path, method, operation }: (typeof operations)[number]) =>
    html`<a href="#op-${operation.operationId}"><span class="method">${method.toUpperCase()}</span> ${path}</a>`;
  return layout(
    `${doc.info.title} reference`,
    html`<h1>${doc.info.title}</h1>
<p class="muted">Version ${doc.info.version}. Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>
${markdown(doc.info.description)}
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ul class="toc">
<li><a href="#authentication">Authentication</a></li>
<li><a href="#errors">Errors</a></li>
<li><a href="#live-events">Live events</a></li>
${groups.map(
  (group) =>
    html`<li><a href="#${group.tag}-api">${group.title}</a><ul>${group.operations.map((op) => html`<li>${opLink(op)}</li>`)}</ul></li>`,
)}
<li><a href="#schemas">Schemas</a></li>
</ul></nav>
<h2 id="authentication">Authentication</h2>
<p>Keys go in the <code>Authorization</code> header. Each operation below names the access it takes.</p>
<table><caption>Access levels and the operations that take each</caption><thead><tr><th scope="col">Access</th><th scope="col">Header</th><th scope="col">Accepted from</th><th scope="col">Operations</th></tr></thead><tbody>${(
      ['public', 'publishable', 'secret'] as const
    ).map(
      (access) =>
        html`<tr><th scope="row">${ACCESS[access].label}</th><td><code>${ACCESS[access].header}</code></td><td>${ACCESS[access].from}</td><td><ul>${operations
          .filter(({ operation }) => accessOf(operation) === access)
          .map((op) => html`<li>${opLink(op)}</li>`)}</ul></td></tr>`,
    )}</tbody></table>
<h2 id="errors">Errors</h2>
<p>Every error is <code>{ "error": { "code", "message", "fields"? } }</code>; branch on <code>code</code>, show <code>message</code>.
<code>rate_limited</code> also sends <code>Retry-After</code>. Any operation may answer <code>internal_error</code> or <code>unavailable</code>.</p>
<table><caption>Error codes, their HTTP status and meaning</caption><thead><tr><th scope="col">Code</th><th scope="col">HTTP status</th><th scope="col">Meaning</th></tr></thead><tbody>${Object.entries(
      ERROR_STATUS,
    ).map(
      ([code, status]) =>
        html`<tr id="error-${code}"><th scope="row"><code>${code}</code></th><td>${status}</td><td>${markdownInline(ERROR_MEANINGS[code as ErrorCode] ?? '')}</td></tr>`,
    )}</tbody></table>
<h2 id="live-events">Live events</h2>
<p><code>GET /v1/campaigns/{slug}/events</code> is a Server-Sent Events stream of <code>count</code>,
<code>milestone</code> and <code>timeline</code> events, each with an <code>id</code>. Reconnect with the
<code>Last-Event-ID</code> header (or <code>?lastEventId=</code>) to receive what you missed.</p>
${groups.map(
  (group) =>
    html`<h2 id="${group.tag}-api">${group.title}</h2>
${group.operations.map(({ path, method, operation }) => operationBlock(path, method, operation))}`,
)}
<h2 id="schemas">Schemas</h2>
${schemas.map(
  ([name, schema]) =>
    html`<section class="op" id="schema-${name}" aria-labelledby="schema-${name}-title"><h3 id="schema-${name}-title">${name}</h3>${schemaBlock(schema, `Fields of ${name}`)}</section>`,
)}`,
  );
}
