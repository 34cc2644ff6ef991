import { isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * The client's address as seen through `hops` trusted proxies.
 *
 * Each proxy appends the address it was connected from to
 * `X-Forwarded-For`, so the rightmost `hops` entries were written by proxies
 * we run, and the `hops`-th from the right is the address that connected to
 * the outermost of them: the client. Everything to its left was sent by the
 * client and may be anything, so it is never used.
 *
 * Fewer entries than hops means the request passed through fewer proxies
 * than configured (one was bypassed or does not append). A client can only
 * ever add entries on the left, never remove ours, so every entry present was
 * still written by one of our proxies, and the leftmost is the closest we
 * have to the client. With no usable entry, the socket's address.
 */
export function forwardedClient(header: string | undefined, hops: number, socketAddress: string): string {
  if (hops <= 0 || !header) return socketAddress;
  const entries = header.split(',').map((entry) => entry.trim());
  return entries[Math.max(0, entries.length - hops)] || socketAddress;
}

/**
 * Who a rate limit counts: an IPv4 address as is, an IPv6 address by its
 * /64 network. One home or phone gets a whole /64 and picks addresses in it
 * at will, so counting single IPv6 addresses would let one client sign
 * without limit. IPv4 written as IPv6 (`::ffff:1.2.3.4`) is the IPv4 address.
 */
export function rateLimitSubject(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return mapped;
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return address;
  const [head = '', tail, more] = bare.toLowerCase().split('::');
  if (more !== undefined) return address;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  // An IPv4 tail (`64:ff9b::1.2.3.4`) makes 7 groups; its first four are still the network.
  if (groups.length < 7) return address;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The client for rate limits: the socket's address, or `TRUST_PROXY` hops
 * into `X-Forwarded-For`, with IPv6 counted by /64 network.
 */
export function clientIp(c: Context<AppEnv>): string {
  let socket = 'unknown';
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {}
  return rateLimitSubject(forwardedClient(c.req.header('X-Forwarded-For'), c.get('deps').config.trustProxy, socket));
}
