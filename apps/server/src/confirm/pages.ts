import type { PendingConfirmation } from '@placard/contract';
import { html, layout } from '../pages/html.js';
import type { ConfirmStatus } from './handlers.js';

// Every value below reaches the page through `html`, which escapes it: campaign
// titles come from campaign staff and MP names from a third-party API.

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

/**
 * What a supporter sees on opening the emailed link: what pressing the button
 * will do, and the button. The page itself changes nothing, so a mail scanner
 * that fetches it confirms nothing. It names the campaign and, for a letter,
 * the MP; never the supporter, whose details a forwarded link would expose.
 */
export function pendingPage(pending: PendingConfirmation, action: string): string {
  const until = html`<p class="muted">This link works until ${day.format(new Date(pending.expiresAt))}.</p>`;
  const form = (label: string) =>
    html`<form method="post" action="${action}"><button type="submit">${label}</button></form>`;
  if (pending.kind === 'signature') {
    return layout(
      'Confirm your signature',
      html`<h1>Confirm your signature</h1>
<p>You are signing the petition “${pending.campaign.title}”.</p>
<p>Your signature is counted once you press the button.</p>
${form('Confirm my signature')}${until}`,
    );
  }
  const letter = pending.letter;
  const to = letter ? html`${letter.mpName}, MP for ${letter.constituency}` : 'your MP';
  return layout(
    'Confirm your letter',
    html`<h1>Confirm your letter</h1>
<p>You are sending your letter to ${to}, for the campaign “${pending.campaign.title}”.</p>
${
  letter?.testMode
    ? html`<p>This letter was written on a site in test mode: it will be sent back to you, not to the MP.</p>`
    : ''
}<p>Nothing is sent until you press the button.</p>
${form(letter && !letter.testMode ? `Send my letter to ${letter.mpName}` : 'Confirm my letter')}${until}`,
  );
}

export function alreadyConfirmedPage(): string {
  return layout('Already confirmed', html`<h1>Already confirmed</h1><p>${THANKS.already_confirmed}</p>`);
}

export function expiredPage(pending: PendingConfirmation): string {
  const what = pending.kind === 'signature' ? 'sign the petition' : 'write your letter';
  return layout(
    'Link expired',
    html`<h1>Link expired</h1>
<p>This confirmation link for “${pending.campaign.title}” has expired, so nothing was counted or sent.</p>
<p>If you still want to, please ${what} again.</p>`,
  );
}

const THANKS = {
  counted: 'Thank you: your signature is confirmed and counted.',
  queued: 'Thank you: your letter is confirmed and on its way.',
  already_confirmed: 'You have already confirmed this. Thank you!',
} as const satisfies Record<ConfirmStatus, string>;

/** The answer to pressing the button. */
export function thanksPage(status: ConfirmStatus): string {
  return layout('Confirmed', html`<h1>Confirmed</h1><p>${THANKS[status]}</p>`);
}

/** An unknown or expired link, in words rather than an error envelope. */
export function notConfirmedPage(message: string): string {
  return layout('Not confirmed', html`<h1>Not confirmed</h1><p>${message}</p>`);
}
