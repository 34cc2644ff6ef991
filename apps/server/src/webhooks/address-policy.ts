import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may be sent. In production only `https://` to public
 * addresses: an endpoint on a private, loopback or link-local network would
 * let whoever holds a secret key make this server call its neighbours (SSRF).
 * Outside production `http://localhost` and `http://127.0.0.1` are allowed
 * too, for tests and local receivers.
 */
export interface AddressPolicy {
  production: boolean;
}

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** True for an address no webhook may reach in production (IPv4-mapped IPv6 judged as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, 'ipv4');
  if (family === 6) {
    // NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits.
    if (/^64:ff9b::/i.test(bare)) return true;
    return PRIVATE.check(bare, 'ipv6');
  }
  return false;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `url` cannot be a webhook endpoint under `policy`, or null when it can. */
export function refuseWebhookUrl(url: string, policy: AddressPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter a full web address.';
  }
  if (parsed.username || parsed.password) return 'Leave user names and passwords out of the address.';
  const host = parsed.hostname.toLowerCase();
  if (parsed.protocol === 'http:') {
    if (policy.production || !LOCAL_HOSTS.has(host)) return 'Use an https address.';
    return null;
  }
  if (parsed.protocol !== 'https:') return 'Use an https address.';
  if (policy.production) {
    if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) {
      return 'Use an address on the public internet.';
    }
    if (isPrivateAddress(host)) return 'Use an address on the public internet.';
  }
  return null;
}
