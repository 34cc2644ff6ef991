import type { ErrorCode, PendingConfirmation } from '@placard/contract';
import type { SupporterTexts } from '../i18n/supporter-texts.js';
import { html, layout, type SafeHtml } from '../pages/html.js';
import type { ConfirmStatus } from './handlers.js';

// Every value below reaches the page through `html`, which escapes it: campaign
// titles come from campaign staff and MP names from a third-party API. The words
// are in the language the mail was written in (the link's `lang`, i18n/).

function page(texts: SupporterTexts, title: string, body: SafeHtml): string {
  return layout(title, body, { lang: texts.language, dir: texts.dir });
}

/**
 * What a supporter sees on opening the emailed link: what pressing the button
 * will do, and the button. The page itself changes nothing, so a mail scanner
 * that fetches it confirms nothing. It names the campaign and, for a letter,
 * the MP; never the supporter, whose details a forwarded link would expose.
 */
export function pendingPage(pending: PendingConfirmation, action: string, texts: SupporterTexts): string {
  const words = texts.pages;
  const day = new Intl.DateTimeFormat(texts.language, { dateStyle: 'long', timeZone: 'Europe/London' });
  const until = html`<p class="muted">${words.linkWorksUntil(day.format(new Date(pending.expiresAt)))}</p>`;
  const form = (label: string) =>
    html`<form method="post" action="${action}"><button type="submit">${label}</button></form>`;
  if (pending.kind === 'signature') {
    return page(
      texts,
      words.confirmSignatureTitle,
      html`<h1>${words.confirmSignatureTitle}</h1>
<p>${words.signing(pending.campaign.title)}</p>
<p>${words.countedOnPress}</p>
${form(words.confirmSignatureButton)}${until}`,
    );
  }
  const letter = pending.letter;
  const to = letter ? words.mpFor(letter.mpName, letter.constituency) : words.yourMp;
  return page(
    texts,
    words.confirmLetterTitle,
    html`<h1>${words.confirmLetterTitle}</h1>
<p>${words.sendingTo(to, pending.campaign.title)}</p>
${letter?.testMode ? html`<p>${words.testMode}</p>` : ''}<p>${words.nothingSentUntilPress}</p>
${form(letter && !letter.testMode ? words.sendLetterButton(letter.mpName) : words.confirmLetterButton)}${until}`,
  );
}

export function alreadyConfirmedPage(texts: SupporterTexts): string {
  const words = texts.pages;
  return page(
    texts,
    words.alreadyConfirmedTitle,
    html`<h1>${words.alreadyConfirmedTitle}</h1><p>${words.alreadyConfirmed}</p>`,
  );
}

export function expiredPage(pending: PendingConfirmation, texts: SupporterTexts): string {
  const words = texts.pages;
  return page(
    texts,
    words.expiredTitle,
    html`<h1>${words.expiredTitle}</h1>
<p>${words.expired(pending.campaign.title)}</p>
<p>${pending.kind === 'signature' ? words.signAgain : words.writeAgain}</p>`,
  );
}

/** The answer to pressing the button. */
export function thanksPage(status: ConfirmStatus, texts: SupporterTexts): string {
  const words = texts.pages;
  const thanks = { counted: words.counted, queued: words.queued, already_confirmed: words.alreadyConfirmed }[status];
  return page(texts, words.confirmedTitle, html`<h1>${words.confirmedTitle}</h1><p>${thanks}</p>`);
}

/** An unknown or expired link, in words rather than an error envelope. */
export function notConfirmedPage(code: ErrorCode, texts: SupporterTexts): string {
  const words = texts.pages;
  const why = code === 'token_expired' ? words.expiredLink : words.invalidLink;
  return page(texts, words.notConfirmedTitle, html`<h1>${words.notConfirmedTitle}</h1><p>${why}</p>`);
}
