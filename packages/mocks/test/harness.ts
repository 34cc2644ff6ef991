/**
 * Test harness: the handlers behind msw's Node interceptor, reached with the
 * global fetch exactly as an integrator's code would reach them.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import { type ErrorCode, ErrorEnvelopeSchema } from '@placard/contract';
import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import { setupServer } from 'msw/node';
import * as v from 'valibot';
import { createHandlers, createMockState, type MockOptions, type MockState } from '../src/index.js';

export const API = 'http://api.placard.test';
export const CAMPAIGN = `${API}/v1/campaigns/${SEED_SLUG}`;
export const LIVE_KEY = 'pk_live_partner';

/**
 * Starts msw once per file and gives every test a fresh state. `options`
 * may change per test through `useHandlers`.
 */
export function mockApi(options: Omit<MockOptions, 'state'> = {}) {
  const server = setupServer();
  const api = { state: createMockState(), server, useHandlers };

  function useHandlers(overrides: MockOptions = {}): MockState {
    api.state = overrides.state ?? createMockState();
    server.resetHandlers(...createHandlers({ ...options, ...overrides, state: api.state }));
    return api.state;
  }

  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    useHandlers();
  });
  after(() => server.close());
  return api;
}

export interface WriteInit {
  key?: string | null;
  idempotencyKey?: string;
  contentType?: string;
}

/** A write as a widget sends it: JSON with the publishable key. */
export function postJson(url: string, body: unknown, init: WriteInit = {}): Promise<Response> {
  const headers = new Headers({ 'Content-Type': init.contentType ?? 'application/json' });
  const key = init.key === undefined ? DEMO_PUBLISHABLE_KEY : init.key;
  if (key !== null) headers.set('Authorization', `Bearer ${key}`);
  if (init.idempotencyKey) headers.set('Idempotency-Key', init.idempotencyKey);
  return fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** Parses a body with a contract schema, failing the test with the issues when it does not match. */
export async function parsed<Schema extends v.GenericSchema>(
  response: Response,
  schema: Schema,
): Promise<v.InferOutput<Schema>> {
  const body: unknown = await response.json();
  const result = v.safeParse(schema, body);
  assert.ok(result.success, `body does not match the contract: ${JSON.stringify(body)}`);
  return result.output;
}

/** Asserts the error envelope, its code and the code's status; returns the error body. */
export async function expectError(response: Response, code: ErrorCode, status: number) {
  assert.equal(response.status, status, `expected ${status} ${code}, got ${response.status}`);
  const { error } = await parsed(response, ErrorEnvelopeSchema);
  assert.equal(error.code, code);
  assert.ok(error.message.length > 0, 'an error has a message for people');
  return error;
}

export const signature = {
  name: 'Tenzin Dolma',
  email: 'tenzin@example.org',
  postcode: 'sw1a1aa',
  consent: { privacy: true, updates: false },
};

export const letter = {
  postcode: 'SW1A 1AA',
  name: 'Tenzin Dolma',
  email: 'tenzin@example.org',
  address: '1 Example Street, London',
  subject: 'Ban Chen Quanguo from the UK',
  body: 'Dear Rachel Blake, please press the Government to act.',
  consent: { privacy: true },
};
