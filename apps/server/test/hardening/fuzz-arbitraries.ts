/**
 * fast-check generators for hostile HTTP requests against every route of the
 * contract's route table (plus the dev mailbox and CORS preflights). Each
 * request starts from something the route would accept and is then bent:
 * a hostile path parameter, query value, body field, body, content type or
 * key, so the generated requests reach validation and the database, not only
 * the first check.
 */
import { routes } from '@placard/contract';
import fc from 'fast-check';

export interface FuzzRequest {
  route: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** JSON text, raw bytes, or nothing. */
  body?: string | Uint8Array;
}

/** What the fuzzer knows of the server it runs against. */
export interface FuzzTargets {
  slug: string;
  /** A campaign the admin routes may change freely (the seed one keeps signing open). */
  adminSlug: string;
  timelineId: string;
  /** Entries of `adminSlug` the deletes may remove. */
  deletableTimelineIds: string[];
  signatureId: string;
  /** A webhook endpoint of `slug`, and one of its deliveries. */
  webhookId: string;
  webhookDeliveryId: string;
  /** Endpoints of `adminSlug` the deletes may remove. */
  deletableWebhookIds: string[];
  /** A signature's confirmation token from the dev mailbox. */
  confirmToken: string;
  secretKey: string;
  publicKey: string;
  origin: string;
}

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDC00',
  'x\uDBFFy',
  '\uFFFF',
  '\u202E',
  '𝒳😀',
  'Zoë Ünïcødé',
  '%00',
  '%',
  '%ZZ',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  "'; DROP TABLE signatures; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '\r\nSet-Cookie: a=b',
  'null',
  '1e999',
  '-1',
  '2026-02-31',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  'x'.repeat(300),
  'y'.repeat(20_000),
];

/** Strings a client can send: plain, every code unit (lone surrogates too), and known troublemakers. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\uD800', '\uDFFF'), fc.string({ maxLength: 10 }))
      .map((parts) => parts.join('')),
  },
);

const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -2.5,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  5e-324,
];

export const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Any JSON value, leaning on the ones that break servers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** JSON text for an object, keeping keys like `__proto__` as own keys (JSON.stringify of a literal would drop them). */
function objectText(entries: Array<[string, unknown]>): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`;
}

/** The route's valid body, with some fields (nested ones too) replaced, removed or added. */
function bentBody(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> {
  return fc
    .tuple(
      valid,
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom('*', ...PROTO_KEYS, 'extra'), fc.string({ maxLength: 6 })),
          fc.option(hostileValue, { nil: undefined }),
          fc.boolean(),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([body, changes]) => {
      const entries = Object.entries(body);
      for (const [key, value, nested] of changes) {
        if (key === '*' && entries.length > 0) {
          // Bend an existing field: the one the other numbers point at.
          const index = Math.abs(JSON.stringify(value ?? null).length) % entries.length;
          const [name, current] = entries[index]!;
          if (nested && current && typeof current === 'object' && !Array.isArray(current)) {
            const inner = Object.keys(current);
            const innerKey = inner[index % Math.max(inner.length, 1)] ?? 'x';
            entries[index] = [name, { ...current, [innerKey]: value }];
          } else if (value === undefined) entries.splice(index, 1);
          else entries[index] = [name, value];
        } else if (key !== '*') entries.push([key, value ?? null]);
      }
      return objectText(entries);
    });
}

const BAD_JSON = [
  '',
  '{',
  '{"name": "x",',
  'null',
  '[]',
  '"text"',
  '1e999',
  'true',
  '{}',
  '{"a":1}{"b":2}',
  '/* c */ {}',
  "{'single': 'quotes'}",
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"big": "${'z'.repeat(17 * 1024)}"}`,
];

function bodyFor(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((body) => JSON.stringify(body)) },
    { weight: 6, arbitrary: bentBody(valid) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_JSON) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    // Bytes that are not UTF-8, or UTF-8 of a surrogate (CESU), inside a JSON string.
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 12 })
        .chain((bytes) =>
          fc.constantFrom(
            new Uint8Array([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, ...bytes, 0x22, 0x7d]),
            new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
            new Uint8Array([0xff, 0xfe, ...bytes]),
          ),
        ),
    },
  );
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json\t',
  'application/jsonx',
];

/** A path segment from a hostile string: each UTF-16 unit percent-encoded as UTF-8, surrogates as CESU-8. */
export function encodeSegment(text: string): string {
  let out = '';
  for (const unit of text) {
    const code = unit.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(unit).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

/** A path parameter: usually a real one, often a hostile one, sometimes raw escapes. */
function param(real: string, ...others: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(real, ...others) },
    { weight: 4, arbitrary: hostileString.filter((text) => text !== '').map(encodeSegment) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('%00', '%ED%A0%80', '%C0%80', '%FF', '%', '%2F', '..', '.', '%2e%2e', `${real}%00`),
    },
  );
}

function queryFor(names: readonly string[], valid: Record<string, fc.Arbitrary<string>> = {}): fc.Arbitrary<string> {
  const pair = fc.tuple(
    fc.oneof(
      fc.constantFrom(...names, ...PROTO_KEYS, 'limit'),
      hostileString.filter((text) => text !== ''),
    ),
    fc.oneof(hostileString, hostileNumber.map(String)),
  );
  const validPairs = Object.entries(valid).map(([name, value]) =>
    fc.option(
      value.map((text) => [name, text] as [string, string]),
      { nil: undefined },
    ),
  );
  return fc
    .tuple(fc.array(pair, { maxLength: 3 }), fc.tuple(...validPairs), fc.boolean())
    .map(([pairs, validOnes, raw]) => {
      const all = [...validOnes.filter((entry) => entry !== undefined), ...pairs] as Array<[string, string]>;
      if (all.length === 0) return '';
      const text = all.map(([name, value]) => `${encodeSegment(name)}=${encodeSegment(value)}`).join('&');
      // Sometimes a raw, badly escaped query string as a client might send it.
      return `?${raw ? text.replace(/%2[05]/g, '%') : text}`;
    });
}

const dateText = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

function validSignature(): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    name: fc.constantFrom('Tenzin Dolma', 'Zoë O’Brien', 'A'),
    email: fc.stringMatching(/^[a-z0-9]{1,16}$/).map((local) => `${local}@example.org`),
    postcode: fc.constantFrom('SW1A 1AA', 'sw1a1aa', 'M1 1AE'),
    country: fc.constantFrom('GB', 'FR', 'gb'),
    consent: fc.record({ privacy: fc.constant(true), updates: fc.boolean() }),
    source: fc.record({ utmSource: fc.constantFrom('fuzz', 'newsletter') }),
    website: fc.constant(''),
    locale: fc.constantFrom('en', 'fr-CA', 'zh-TW', 'ug', 'not a tag!', ''),
  });
}

function validLetter(): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    postcode: fc.constantFrom('SW1A 1AA', 'WC1E 6BT', 'M1 1AE', 'ZZ1 1ZZ'),
    name: fc.constantFrom('Tenzin Dolma', 'Zoë'),
    email: fc.stringMatching(/^[a-z0-9]{1,16}$/).map((local) => `${local}@example.org`),
    address: fc.constant('1 High Street'),
    subject: fc.constant('Please act'),
    body: fc.constant('Dear MP, please act.'),
    consent: fc.record({ privacy: fc.constant(true), updates: fc.boolean() }),
    website: fc.constant(''),
    locale: fc.constantFrom('en', 'de-AT', 'zh-HK', 'bo', 'x'),
  });
}

function validCampaign(): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      // A few names only: most creations then meet an existing campaign, and listing
      // campaigns (which reads each one's count) stays as cheap as on the run's first request.
      slug: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 11 }).map((n) => `fz-${n}`) },
        { weight: 1, arbitrary: fc.constantFrom('Fz-1', 'fz--1', '-fz', 'fz-', 'f'.repeat(65), 'fz_1') },
      ),
      title: fc.constant('A fuzzed campaign'),
      summary: fc.constant('Made by the fuzz suite.'),
      status: fc.constantFrom('open', 'closed'),
      signatureMode: fc.constantFrom('immediate', 'double_opt_in'),
      goal: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      milestones: fc.array(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { maxLength: 4 }),
      letter: fc.constantFrom(null, { subject: 'To {{mpName}}', body: 'Dear {{mpName}}' }),
      privacyNotice: fc.constant('We keep your data safe.'),
      privacyUrl: fc.constantFrom(null, 'https://example.org/privacy'),
      shareUrl: fc.constantFrom(null, 'https://example.org/share'),
    },
    { requiredKeys: ['slug', 'title', 'goal'] },
  );
}

function validTimelineEntry(): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      date: dateText,
      kind: fc.constantFrom('milestone', 'news', 'action'),
      title: fc.constant('Something happened'),
      body: fc.constant('More about it.'),
      url: fc.constantFrom(null, 'https://example.org/news'),
    },
    { requiredKeys: ['date', 'kind', 'title'] },
  );
}

function withoutSlug(campaign: fc.Arbitrary<Record<string, unknown>>) {
  return campaign.map(({ slug: _slug, ...rest }) => rest);
}

// Header values a client can send (Node refuses CR, LF and NUL in them, so do servers in front).
const headerValue = fc.oneof(
  fc.constantFrom('*', '"abc"', 'W/"x"', '', '-1', '99999999999999999999', '1e999', '0', '1.5', '\u00ff\u00fe', 'null'),
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  fc.stringMatching(/^[\x20-\x7e\x80-\xff]{0,40}$/),
);

/** Headers some routes read (caching, live resume, request ids, proxies, compression), sometimes hostile. */
const extraHeaders: fc.Arbitrary<Record<string, string>> = fc
  .subarray(
    [
      [
        'Accept-Encoding',
        fc.oneof(fc.constantFrom('gzip', 'br', 'br;q=0, gzip', 'identity;q=0', '*', 'zstd'), headerValue),
      ],
      ['If-None-Match', headerValue],
      ['Last-Event-ID', fc.oneof(fc.nat().map(String), headerValue)],
      ['X-Request-Id', headerValue],
      ['X-Forwarded-For', fc.oneof(fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'unknown'), headerValue)],
      ['Cache-Control', headerValue],
    ] as Array<[string, fc.Arbitrary<string>]>,
    { maxLength: 3 },
  )
  .chain((chosen) =>
    fc
      .tuple(...chosen.map(([, value]) => value))
      .map((values) => Object.fromEntries(chosen.map(([name], index) => [name, values[index]!]))),
  );

/** One route's requests: its path parameters, query, body and headers, each sometimes bent. */
export function requestsFor(name: string, t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const route = (routes as Record<string, { method: string; path: string; auth: string }>)[name];
  const timelineCursor = fc
    .tuple(dateText, fc.integer({ min: 0, max: 2 ** 40 }))
    .map(([date, seq]) => Buffer.from(`${date}|${seq}`).toString('base64url'));
  const plan: Record<
    string,
    {
      params: Record<string, fc.Arbitrary<string>>;
      query: fc.Arbitrary<string>;
      body?: fc.Arbitrary<Record<string, unknown>>;
      accept?: string[];
    }
  > = {
    getCampaign: { params: { slug: param(t.slug) }, query: queryFor(['x']) },
    listTimeline: {
      params: { slug: param(t.slug) },
      query: queryFor(['cursor', 'limit'], {
        cursor: timelineCursor,
        limit: fc.oneof(fc.integer({ min: -5, max: 200 }).map(String), hostileString),
      }),
    },
    getPetition: { params: { slug: param(t.slug) }, query: queryFor(['x']) },
    getPetitionConstituencies: { params: { slug: param(t.slug) }, query: queryFor(['x']) },
    getPetitionCountries: { params: { slug: param(t.slug) }, query: queryFor(['x']) },
    signPetition: { params: { slug: param(t.slug) }, query: queryFor(['x']), body: validSignature() },
    streamEvents: {
      params: { slug: param(t.slug) },
      query: queryFor(['lastEventId'], { lastEventId: fc.oneof(fc.nat().map(String), hostileString) }),
    },
    lookupRepresentative: {
      params: {},
      query: queryFor(['postcode'], { postcode: fc.oneof(fc.constantFrom('SW1A 1AA', 'ZZ1 1ZZ'), hostileString) }),
    },
    sendMessage: { params: { slug: param(t.slug) }, query: queryFor(['x']), body: validLetter() },
    confirm: {
      params: { token: param(t.confirmToken, 'not-a-real-token-000000000000000000000') },
      query: queryFor(['x']),
      accept: ['application/json', 'text/html', '*/*'],
    },
    getConfirmation: {
      params: { token: param(t.confirmToken, 'not-a-real-token-000000000000000000000') },
      query: queryFor(['x']),
      accept: ['application/json', 'text/html', '*/*'],
    },
    adminEraseSupporter: {
      params: {},
      query: queryFor(['email'], { email: fc.oneof(fc.constant('nobody@example.org'), hostileString) }),
    },
    adminCreateCampaign: { params: {}, query: queryFor(['x']), body: validCampaign() },
    adminListCampaigns: { params: {}, query: queryFor(['x']) },
    adminUpdateCampaign: {
      params: { slug: param(t.adminSlug) },
      query: queryFor(['x']),
      body: withoutSlug(validCampaign()),
    },
    adminAddTimelineEntry: { params: { slug: param(t.adminSlug) }, query: queryFor(['x']), body: validTimelineEntry() },
    adminUpdateTimelineEntry: {
      params: { slug: param(t.slug), id: param(t.timelineId) },
      query: queryFor(['x']),
      body: validTimelineEntry(),
    },
    adminDeleteTimelineEntry: {
      params: { slug: param(t.adminSlug), id: param(t.deletableTimelineIds[0]!, ...t.deletableTimelineIds.slice(1)) },
      query: queryFor(['x']),
    },
    adminListSignatures: {
      params: { slug: param(t.slug) },
      query: queryFor(['limit', 'before', 'format'], {
        format: fc.constantFrom('csv', 'json', 'xml'),
        limit: fc.integer({ min: -1, max: 1001 }).map(String),
        before: fc.oneof(fc.constant(t.signatureId), fc.uuid(), hostileString),
      }),
      accept: ['application/json', 'text/csv', 'text/csv, application/json'],
    },
    adminModerateSignature: {
      params: { slug: param(t.slug), id: param(t.signatureId) },
      query: queryFor(['x']),
      body: fc.record({ hidden: fc.boolean() }),
    },
    adminCreateWebhook: {
      params: { slug: param(t.adminSlug) },
      query: queryFor(['x']),
      body: fc.record(
        {
          // Port 9 (discard): nothing listens, so deliveries to it fail and retry later.
          url: fc.oneof(
            fc.constant('http://127.0.0.1:9/hook'),
            fc.constant('https://hooks.example.org/x'),
            hostileString,
          ),
          events: fc.oneof(
            fc.subarray(['signature.counted', 'message.confirmed', 'milestone.reached', 'timeline.published'], {
              minLength: 1,
            }),
            fc.array(hostileString, { maxLength: 3 }),
          ),
          includePersonalData: fc.oneof(fc.boolean(), hostileString),
          description: hostileString,
        },
        { requiredKeys: ['url', 'events'] },
      ),
    },
    adminListWebhooks: { params: { slug: param(t.slug) }, query: queryFor(['x']) },
    adminDeleteWebhook: {
      params: { slug: param(t.adminSlug), id: param(t.deletableWebhookIds[0]!, ...t.deletableWebhookIds.slice(1)) },
      query: queryFor(['x']),
    },
    adminListWebhookDeliveries: {
      params: { slug: param(t.slug), id: param(t.webhookId) },
      query: queryFor(['status', 'limit'], {
        status: fc.constantFrom('pending', 'sending', 'delivered', 'failed', 'lost'),
        limit: fc.integer({ min: -1, max: 201 }).map(String),
      }),
    },
    adminRedeliverWebhook: {
      params: { slug: param(t.slug), id: param(t.webhookId), deliveryId: param(t.webhookDeliveryId) },
      query: queryFor(['x']),
    },
  };
  const p = plan[name];
  if (!route || !p) throw new Error(`No fuzz plan for route ${name}: add one when a route is added.`);
  const paramNames = Object.keys(p.params);
  const method = route.method;
  const body: fc.Arbitrary<string | Uint8Array | undefined> = p.body ? bodyFor(p.body) : fc.constant(undefined);
  const auth =
    route.auth === 'secret'
      ? fc.oneof(
          { weight: 8, arbitrary: fc.constant(`Bearer ${t.secretKey}`) },
          { weight: 1, arbitrary: fc.constantFrom(undefined, 'Bearer sk_wrong', 'Basic abc', `Bearer ${t.publicKey}`) },
        )
      : fc.oneof(
          { weight: 8, arbitrary: fc.constant(`Bearer ${t.publicKey}`) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(undefined, 'Bearer pk_test_nope', `Bearer ${t.secretKey}`, 'Bearer'),
          },
        );
  return fc
    .record({
      params: fc.tuple(...paramNames.map((key) => p.params[key]!)),
      query: p.query,
      body,
      auth,
      // Admin calls come from servers (a browser's Origin is refused); public writes from an allowed page.
      origin:
        route.auth === 'secret'
          ? fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(t.origin) })
          : fc.oneof(
              { weight: 8, arbitrary: fc.constant(t.origin) },
              { weight: 1, arbitrary: fc.constantFrom(undefined, 'https://evil.example', 'null') },
            ),
      contentType: fc.oneof(
        { weight: 8, arbitrary: fc.constant('application/json') },
        { weight: 2, arbitrary: fc.constantFrom(undefined, ...CONTENT_TYPES) },
      ),
      accept: fc.constantFrom(...(p.accept ?? ['application/json']), undefined),
      idempotencyKey: fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,40}$/) },
        { weight: 1, arbitrary: fc.constantFrom('', ' ', 'k'.repeat(250)) },
      ),
      extra: extraHeaders,
      // Sometimes the wrong verb, for the 405 answers.
      wrongMethod: fc.oneof(
        { weight: 10, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'GET', 'HEAD') },
      ),
    })
    .map((r) => {
      let path = route.path;
      paramNames.forEach((key, index) => {
        path = path.replace(`{${key}}`, r.params[index]!);
      });
      const headers: Record<string, string> = { ...r.extra };
      if (r.auth) headers.Authorization = r.auth;
      if (r.origin) headers.Origin = r.origin;
      if (r.accept) headers.Accept = r.accept;
      if (r.idempotencyKey !== undefined) headers['Idempotency-Key'] = r.idempotencyKey;
      const chosen = r.wrongMethod ?? method;
      const sendsBody = chosen !== 'GET' && chosen !== 'HEAD' && r.body !== undefined;
      if (sendsBody && r.contentType) headers['Content-Type'] = r.contentType;
      return {
        route: name,
        method: chosen,
        path: `${path}${r.query}`,
        headers,
        ...(sendsBody ? { body: r.body } : {}),
      };
    });
}

/** Routes outside the contract that any client can reach: the dev mailbox, CORS preflights and pages. */
export function extraRequests(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const devMail = fc
    .record({
      which: fc.constantFrom('/dev/mail.json', '/dev/mail'),
      query: queryFor(['to', 'limit'], {
        to: fc.oneof(fc.constant('someone@example.org'), hostileString),
        limit: fc.oneof(fc.integer({ min: -1, max: 600 }).map(String), hostileString),
      }),
    })
    .map(({ which, query }) => ({ route: 'devMailbox', method: 'GET', path: `${which}${query}`, headers: {} }));
  const devMailOne = param('1').map((id) => ({
    route: 'devMailbox',
    method: 'GET',
    path: `/dev/mail/${id}`,
    headers: {},
  }));
  const preflight = fc
    .record({
      path: fc.constantFrom(...Object.values(routes).map((route) => route.path)),
      slug: param(t.slug),
      method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'x y'),
      origin: fc.constantFrom(t.origin, 'https://evil.example', 'null', ''),
    })
    .map(({ path, slug, method, origin }) => ({
      route: 'preflight',
      method: 'OPTIONS',
      path: path.replace(/\{\w+\}/g, slug),
      headers: { 'Access-Control-Request-Method': method, ...(origin ? { Origin: origin } : {}) },
    }));
  // The site, the API reference and the embed files: static paths with hostile tails.
  const pages = fc
    .record({
      page: fc.constantFrom('/', '/v1/docs', '/v1/openapi.json', '/embed.js', '/embed/', '/index.html', '/favicon.ico'),
      tail: fc.oneof(
        { weight: 5, arbitrary: fc.constant('') },
        { weight: 3, arbitrary: param('x').map((segment) => `/${segment}`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2F..%2Fsrc', '//'),
        },
      ),
      query: queryFor(['v']),
      method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST'),
      accept: fc.constantFrom('text/html', 'application/json', '*/*'),
      encoding: fc.constantFrom('gzip', 'br', 'identity'),
    })
    .map(({ page, tail, query, method, accept, encoding }) => ({
      route: 'pages',
      method,
      path: `${page === '/' && tail ? '' : page}${tail}${query}`,
      headers: { Accept: accept, 'Accept-Encoding': encoding },
    }));
  return fc.oneof(devMail, devMailOne, preflight, pages);
}
