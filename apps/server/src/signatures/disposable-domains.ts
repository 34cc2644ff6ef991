import { ApiError } from '@placard/contract';
import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';
import type { Config } from '../config.js';
import { emailDomain } from './email.js';

// About 9,000 domains, from a maintained list (disposable-email-domains, CC0):
// read once, and only by a server that turned the blocklist on.
let blocklist: Set<string> | undefined;

/**
 * True when the address is at a disposable-mail domain or a subdomain of one
 * (`x@mail.mailinator.com` counts as mailinator.com).
 */
export function isDisposableAddress(email: string): boolean {
  blocklist ??= disposableEmailBlocklistSet();
  const labels = emailDomain(email).split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (blocklist.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

/** Refuses an address at a disposable-mail domain, when the operator turned the blocklist on. */
export function refuseDisposableAddress(config: Pick<Config, 'blockDisposableEmail'>, email: string): void {
  if (!config.blockDisposableEmail || !isDisposableAddress(email)) return;
  const message = 'This site does not accept addresses from disposable-mail services. Please use an address you keep.';
  throw new ApiError('email_not_accepted', message, { email: message });
}
