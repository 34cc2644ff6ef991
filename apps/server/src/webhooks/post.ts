import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from './address-policy.js';

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Outside production: loopback and private addresses may be reached (local receivers, tests). */
  allowPrivateNetworks: boolean;
}

/** What one attempt came to. `error` never holds the receiver's body, only what happened. */
export type WebhookAttempt = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** The most of a receiver's answer read (and thrown away) before the connection is closed. */
const MAX_ANSWER_BYTES = 64 * 1024;

class RefusedAddress extends Error {
  readonly code = 'EPRIVATE';
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup that refuses private addresses. Checking the address the
 * socket will really connect to (rather than resolving once beforehand)
 * leaves no gap for a name that resolves differently the second time.
 */
function guardedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    if (list.length === 0 || list.some((entry) => isPrivateAddress(entry.address))) {
      return callback(new RefusedAddress('refused: the address is on a private network'), []);
    }
    if (options.all) return callback(null, list);
    return callback(null, list[0]!.address, list[0]!.family);
  });
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof RefusedAddress) return error.message;
  const code = (error as { code?: unknown }).code;
  if (code === 'ETIMEDOUT_WEBHOOK') return `timed out after ${timeoutMs / 1000} s`;
  if (typeof code === 'string') return `connection failed (${code})`;
  return 'connection failed';
}

/**
 * POSTs one delivery. Never follows a redirect (a 3xx is a failed attempt),
 * gives up after `timeoutMs` in all, and, unless `allowPrivateNetworks`,
 * refuses to connect to a private, loopback or link-local address.
 */
export function postWebhook(request: WebhookRequest): Promise<WebhookAttempt> {
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!request.allowPrivateNetworks && isIP(host) && isPrivateAddress(host)) {
    return Promise.resolve({ ok: false, status: null, error: 'refused: the address is on a private network' });
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (attempt: WebhookAttempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(attempt);
    };
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body).toString() },
        agent: false,
        ...(request.allowPrivateNetworks ? {} : { lookup: guardedLookup as never }),
      },
      (answer) => {
        const status = answer.statusCode ?? 0;
        let read = 0;
        answer.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) answer.destroy();
        });
        const done = () => {
          if (status >= 200 && status < 300) finish({ ok: true, status });
          else if (status >= 300 && status < 400) {
            finish({ ok: false, status, error: `HTTP ${status}: redirects are not followed` });
          } else finish({ ok: false, status, error: `HTTP ${status}` });
        };
        answer.once('end', done);
        answer.once('close', done);
        answer.once('error', done);
      },
    );
    const deadline = setTimeout(() => {
      const error = Object.assign(new Error('timed out'), { code: 'ETIMEDOUT_WEBHOOK' });
      outgoing.destroy(error);
      finish({ ok: false, status: null, error: describe(error, request.timeoutMs) });
    }, request.timeoutMs);
    outgoing.once('error', (error) => finish({ ok: false, status: null, error: describe(error, request.timeoutMs) }));
    outgoing.end(request.body);
  });
}
