import { isIPv4 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { onNotFound } from '../http/errors.js';

/**
 * 127.0.0.0/8, `::1`, and 127.x written as an IPv4-mapped IPv6 address (how
 * a dual-stack socket reports an IPv4 peer). Node reports socket addresses
 * in this compressed form, so no other spelling of `::1` needs handling.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1') return true;
  const v4 = /^::ffff:(.+)$/i.exec(address)?.[1] ?? address;
  return isIPv4(v4) && v4.startsWith('127.');
}

/**
 * The dev mailbox shows every confirmation link and letter, so it answers
 * only a browser or test on this machine. The socket's own remote address
 * decides, never `X-Forwarded-For` (which any client can write, and which a
 * proxy on this machine would make look local anyway). Anyone else gets the
 * same 404 as any unknown path, so the mailbox's existence is not revealed.
 */
export const loopbackOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    remote = undefined;
  }
  if (!isLoopbackAddress(remote)) return onNotFound(c);
  await next();
};
