import { isIP } from 'node:net';

/** Top-level names that never reach the public internet (RFC 2606, 6761, 6762). */
const PRIVATE_TLDS = new Set(['localhost', 'local', 'test', 'invalid', 'example', 'internal', 'lan', 'home']);

/**
 * True for a host that people elsewhere cannot reach: localhost, loopback,
 * unspecified and private addresses, and names under a reserved top-level name.
 * A bare name without a dot (`myserver`) counts too.
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === '') return true;
  const ip = isIP(host);
  if (ip === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    return a === 127 || a === 0 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (ip === 6) {
    return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  if (!host.includes('.')) return true;
  return PRIVATE_TLDS.has(host.slice(host.lastIndexOf('.') + 1));
}

/** A key as far as it may be shown: its kind and a few characters (`pk_live_3xY9Qa…`). */
export function maskKey(key: string): string {
  const kind = /^(pk_(?:live|test)_|sk_)/.exec(key)?.[1] ?? '';
  return `${key.slice(0, kind.length + 6)}…`;
}

/** A connection URL without its user name and password: `smtps://smtp.example.org:465`. */
export function describeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

/** Removes a URL's password (as written and decoded) from a message that might echo it. */
export function scrubPassword(message: string, url: URL): string {
  let text = message;
  for (const secret of new Set([url.password, safeDecode(url.password)])) {
    if (secret.length >= 3) text = text.split(secret).join('***');
  }
  return text;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
