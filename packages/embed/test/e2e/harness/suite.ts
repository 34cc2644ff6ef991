import type { BrowserContext } from 'playwright-core';
import type { EmbedStack } from './embed-stack.js';

export const CAMPAIGN = 'ban-chen-quanguo';
export const WIDGETS = ['petition-counter', 'campaign-timeline', 'mp-email-form'] as const;

/** What every case reads, filled in by the suite's `before`. */
export interface Suite {
  stack: EmbedStack;
  /** One browser context for the suite, with reduced motion so counts show at once and screenshots are stable. */
  context: BrowserContext;
}

/** The petition's count right now, as the widgets show it in English. */
export async function shownCount(stack: EmbedStack): Promise<string> {
  const response = await fetch(`${stack.placard.origin}/v1/campaigns/${CAMPAIGN}/petition`);
  const { count } = (await response.json()) as { count: number };
  return new Intl.NumberFormat('en').format(count);
}
