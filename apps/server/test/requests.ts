/** Request builders shared by the server's tests. */
import { randomUUID } from 'node:crypto';

export const DEMO_ORIGIN = 'http://localhost:5173';

export function signatureBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Tenzin Dolma',
    email: `signer-${randomUUID()}@example.org`,
    postcode: 'SW1A 1AA',
    country: 'GB',
    consent: { privacy: true, updates: false },
    source: { utmSource: 'test' },
    website: '',
    ...overrides,
  };
}

export function sign(
  baseUrl: string,
  slug: string,
  body: unknown,
  o: { key?: string | null; origin?: string | null; idempotencyKey?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...o.headers };
  const key = o.key === undefined ? 'pk_test_demo' : o.key;
  if (key) headers.Authorization = `Bearer ${key}`;
  const origin = o.origin === undefined ? DEMO_ORIGIN : o.origin;
  if (origin) headers.Origin = origin;
  if (o.idempotencyKey) headers['Idempotency-Key'] = o.idempotencyKey;
  return fetch(`${baseUrl}/v1/campaigns/${slug}/signatures`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function admin(baseUrl: string, secretKey: string, method: string, path: string, body?: unknown) {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${secretKey}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
