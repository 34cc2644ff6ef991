import { abortableDelay, attemptSignal } from './attempt-signal.js';
import { type ContractSchema, runSchema } from './contract-schema.js';
import { isPlacardError, PlacardContractError, PlacardNetworkError, PlacardTimeoutError } from './errors.js';
import { httpError } from './http-error.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { type RetryPolicy, retryDelay } from './retry-policy.js';
import type { WriteOptions } from './types.js';

export interface ClientConfig {
  baseUrl: string;
  publishableKey: string | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
}

export interface ApiCall<Output> {
  method: 'GET' | 'POST';
  /** From `/v1/`, path segments already encoded. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** JSON body of a write, already validated and normalised. */
  body?: unknown;
  /** Checks the answer; without it the answer is trusted and only parsed. */
  response?: ContractSchema<Output> | undefined;
  options?: WriteOptions | undefined;
  /**
   * A POST that is idempotent by design and needs no body or key (confirming
   * by token): sent bare, so it is a CORS simple request from any page, and
   * retried like a read.
   */
  repeatable?: true;
}

function callUrl(baseUrl: string, { path, query = {} }: ApiCall<unknown>): string {
  const search = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
    .join('&');
  return baseUrl + path + (search ? `?${search}` : '');
}

/**
 * Sends one API call: retries what is safe to retry, times out each attempt, and
 * resolves only with a JSON body that matches `call.response`, when there is one.
 */
export async function sendRequest<Output>(config: ClientConfig, call: ApiCall<Output>): Promise<Output> {
  const { signal, timeoutMs = config.timeoutMs, idempotencyKey } = call.options ?? {};
  const isWrite = call.method !== 'GET' && !call.repeatable;
  // Made once and reused on every retry, so the server can tell a retry from a second write.
  const key = isWrite ? (idempotencyKey === undefined ? newIdempotencyKey() : idempotencyKey) : null;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (isWrite) {
    headers['content-type'] = 'application/json';
    if (config.publishableKey) headers.authorization = `Bearer ${config.publishableKey}`;
    if (key) headers['idempotency-key'] = key;
  }
  const init: RequestInit = { method: call.method, headers };
  if (isWrite) init.body = JSON.stringify(call.body);
  const url = callUrl(config.baseUrl, call);
  // A write without a key might be applied twice, so it is never retried.
  const retries = isWrite && !key ? 0 : config.retry.limit;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw signal.reason;
    try {
      return await attemptRequest(config, url, init, call.response, signal, timeoutMs);
    } catch (error) {
      if (!isPlacardError(error) || attempt >= retries) throw error;
      const delay = retryDelay(error, attempt, config.retry);
      if (delay === null) throw error;
      await abortableDelay(delay, signal);
    }
  }
}

async function attemptRequest<Output>(
  config: ClientConfig,
  url: string,
  init: RequestInit,
  schema: ContractSchema<Output> | undefined,
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<Output> {
  // Messages name the API only: paths and queries can hold tokens and postcodes.
  const api = config.baseUrl;
  const guard = attemptSignal(callerSignal, timeoutMs);
  const request = new Request(url, { ...init, signal: guard.signal });
  let response: Response | undefined;
  let text: string;
  try {
    response = await config.fetch(request);
    text = await response.text();
  } catch (cause) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    if (guard.timedOut()) {
      throw new PlacardTimeoutError('timeout', `No answer from ${api} within ${timeoutMs} ms.`, {
        request,
        response,
      });
    }
    throw new PlacardNetworkError('network_error', `Could not reach ${api}.`, { request, response, cause });
  } finally {
    guard.dispose();
  }

  if (!response.ok) throw httpError(request, response, text);
  const details = { status: response.status, request, response };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw new PlacardContractError('invalid_response', `The answer from ${api} is not JSON.`, { ...details, cause });
  }
  if (!schema) return body as Output;
  const result = runSchema(schema, body);
  if (result.issues) {
    throw new PlacardContractError('invalid_response', `The answer from ${api} does not match the API contract.`, {
      ...details,
      cause: result.issues,
    });
  }
  return result.value;
}
