// Verifying Placard's webhook deliveries, with Web Crypto only (Node ≥ 20, Deno, Bun, workers).
// Nothing else of the SDK is needed: importing this pulls in no schema.

export interface VerifyWebhookOptions {
  /** The request body exactly as received (the raw bytes or text, not re-serialised JSON). */
  payload: string | Uint8Array | ArrayBuffer;
  /** The `Placard-Signature` header: `t=<unix seconds>,v1=<hex>`. */
  header: string | null | undefined;
  /** The endpoint's secret (`whsec_…`), shown once when it was registered. */
  secret: string;
  /** How far the signed time may be from now, either way; 300 s by default. */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (tests); the clock by default. */
  now?: number;
}

export type WebhookVerification =
  | { valid: true; timestamp: number }
  | {
      valid: false;
      reason: 'missing_header' | 'malformed_header' | 'timestamp_out_of_tolerance' | 'signature_mismatch';
    };

const encoder = new TextEncoder();

function bytesOf(payload: string | Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  if (typeof payload === 'string') return encoder.encode(payload);
  return payload instanceof Uint8Array ? new Uint8Array(payload) : new Uint8Array(payload.slice(0));
}

function fromHex(hex: string): Uint8Array | null {
  if (hex.length !== 64 || !/^[0-9a-f]+$/i.test(hex)) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Compares in time that depends only on the length, not on where the bytes differ. */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/** Reads `t=…,v1=…[,v1=…]`; several `v1` values (a rotated secret) may be given. */
function parseHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1') signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Checks that a webhook delivery came from Placard: the `Placard-Signature`
 * header's `v1` must be the HMAC-SHA256, keyed with the endpoint's secret, of
 * `<t>.<raw body>`, and `t` within `toleranceSeconds` of now (so a captured
 * delivery cannot be replayed later). Compared in constant time. Resolves to
 * `{ valid: true, timestamp }` or `{ valid: false, reason }`; it never throws
 * for a bad delivery. Deduplicate on the `Placard-Event-Id` header: a retry or
 * a redelivery carries the same one.
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookVerification> {
  if (!options.header) return { valid: false, reason: 'missing_header' };
  const parsed = parseHeader(options.header);
  if (!parsed) return { valid: false, reason: 'malformed_header' };
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - parsed.timestamp) > tolerance) return { valid: false, reason: 'timestamp_out_of_tolerance' };

  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(options.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const prefix = encoder.encode(`${parsed.timestamp}.`);
  const body = bytesOf(options.payload);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix, 0);
  signed.set(body, prefix.length);
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
  let match = false;
  for (const candidate of parsed.signatures) {
    const given = fromHex(candidate);
    // Every candidate is compared, so the time taken does not tell which one matched.
    if (given && timingSafeEqual(given, expected)) match = true;
  }
  return match ? { valid: true, timestamp: parsed.timestamp } : { valid: false, reason: 'signature_mismatch' };
}
