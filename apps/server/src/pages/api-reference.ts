import { ERROR_STATUS } from '@placard/contract';
import { html, layout, type SafeHtml } from './html.js';

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
}

interface Operation {
  operationId: string;
  summary: string;
  tags?: string[];
  security?: Array<Record<string, unknown>>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
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
function schemaBlock(schema: JsonSchema | undefined): SafeHtml {
  if (!schema) return html``;
  if (schema.type !== 'object' || !schema.properties) return html`<p>${typeOf(schema)}</p>`;
  const rows: SafeHtml[] = [];
  const walk = (object: JsonSchema, prefix: string) => {
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const path = `${prefix}${name}`;
      const required = object.required?.includes(name) ? 'yes' : 'no';
      rows.push(
        html`<tr><td><code>${path}</code></td><td>${typeOf(property)}</td><td>${required}</td><td>${property.description ?? ''}</td></tr>`,
      );
      if (property.type === 'object' && property.properties) walk(property, `${path}.`);
    }
  };
  walk(schema, '');
  return html`<table><thead><tr><th>Field</th><th>Type</th><th>Required</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function authOf(operation: Operation): string {
  const scheme = operation.security?.[0] ? Object.keys(operation.security[0])[0] : undefined;
  if (scheme === 'secretKey')
    return 'Secret key: Authorization: Bearer sk_… (servers only; refused from a browser origin)';
  if (scheme === 'publishableKey')
    return "Publishable key: Authorization: Bearer pk_… from one of the key's allowed origins";
  return 'None: public';
}

function operationBlock(path: string, method: string, operation: Operation): SafeHtml {
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json']?.schema;
  const responses = Object.entries(operation.responses);
  return html`<section class="op" id="op-${operation.operationId}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${path}</code></h3>
<p>${operation.summary}</p>
<p class="muted">Authentication: ${authOf(operation)}</p>
${
  parameters.length
    ? html`<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Required</th><th>Notes</th></tr></thead><tbody>${parameters.map(
        (parameter) =>
          html`<tr><td><code>${parameter.name}</code></td><td>${parameter.in}</td><td>${typeOf(parameter.schema)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${parameter.description ?? ''}</td></tr>`,
      )}</tbody></table>`
    : ''
}
${body ? html`<h4>Request body (application/json)</h4>${schemaBlock(body)}` : ''}
<h4>Responses</h4>
<table><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>${responses.map(
    ([status, response]) => {
      const content = response.content ? Object.entries(response.content)[0] : undefined;
      return html`<tr><td>${status}</td><td>${response.description}</td><td>${content ? html`${content[0]}: ${typeOf(content[1].schema)}` : 'none'}</td></tr>`;
    },
  )}</tbody></table>
</section>`;
}

/** The readable API reference: every operation, its parameters, bodies, responses and errors. Server-rendered, escaped, script-free. */
export function apiReferencePage(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const schemas = Object.entries(doc.components.schemas).sort(([a], [b]) => a.localeCompare(b));
  return layout(
    `${doc.info.title} reference`,
    html`<h1>${doc.info.title}</h1>
<p class="muted">Version ${doc.info.version}. Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>
<p>${doc.info.description ?? ''}</p>
<nav><h2>Operations</h2><ul>${operations.map(
      ({ path, method, operation }) =>
        html`<li><a href="#op-${operation.operationId}"><span class="method">${method.toUpperCase()}</span> ${path}</a></li>`,
    )}</ul></nav>
<h2>Errors</h2>
<p>Every error is <code>{ "error": { "code", "message", "fields"? } }</code>; branch on <code>code</code>.
<code>rate_limited</code> also sends <code>Retry-After</code>.</p>
<table><thead><tr><th>Code</th><th>HTTP status</th></tr></thead><tbody>${Object.entries(ERROR_STATUS).map(
      ([code, status]) => html`<tr><td><code>${code}</code></td><td>${status}</td></tr>`,
    )}</tbody></table>
<h2>Live events</h2>
<p><code>GET /v1/campaigns/{slug}/events</code> is a Server-Sent Events stream of <code>count</code>,
<code>milestone</code> and <code>timeline</code> events, each with an <code>id</code>. Reconnect with the
<code>Last-Event-ID</code> header (or <code>?lastEventId=</code>) to receive what you missed.</p>
<h2>Operations</h2>
${operations.map(({ path, method, operation }) => operationBlock(path, method, operation))}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => html`<section class="op" id="schema-${name}"><h3>${name}</h3>${schemaBlock(schema)}</section>`)}`,
  );
}
