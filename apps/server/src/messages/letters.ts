import type { Representative } from '@placard/contract';
import type { SupporterTexts } from '../i18n/supporter-texts.js';
import type { OutgoingMail } from '../mail/outbox.js';
import type { MessageRow } from './store.js';

/** Header values are one line: a subject typed with line breaks must not break the mail's headers. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The letter as the MP receives it: the supporter's text, then who they are and where they live. */
export function letterText(
  message: Pick<MessageRow, 'body' | 'name' | 'address' | 'postcode' | 'email' | 'campaignTitle'>,
): string {
  return [
    message.body,
    '',
    '--',
    message.name,
    message.address,
    message.postcode,
    message.email,
    '',
    `Sent with Placard for the campaign "${message.campaignTitle}". The sender confirmed their email address;`,
    'reply to this email to answer them directly.',
  ].join('\n');
}

/**
 * The mail asking the supporter to confirm their email before their letter
 * goes anywhere. It goes to an address nobody has confirmed, so it repeats
 * none of what was typed into the form (name, subject, letter): otherwise
 * anyone could send any text to any inbox from our domain, with a link in it,
 * by writing a "letter" with the victim's address. It names only the MP
 * (from Parliament's data) and the campaign (set by its staff). The supporter
 * wrote the letter a moment ago; the MP gets it exactly as written.
 */
export function confirmationMail(o: {
  email: string;
  campaignTitle: string;
  representative: Representative;
  confirmUrl: string;
  /** The language the widget showed (i18n/); the letter itself stays as the supporter wrote it. */
  texts: SupporterTexts;
  testMode: boolean;
  expiresInDays: number;
}): OutgoingMail {
  const { mp, constituency } = o.representative;
  const words = o.texts.mail.letterConfirmation;
  return {
    kind: 'message_confirmation',
    to: o.email,
    subject: words.subject(mp.name),
    text: [
      o.texts.mail.hello,
      '',
      words.open(mp.name, constituency.name, o.campaignTitle),
      '',
      o.confirmUrl,
      '',
      ...(o.testMode ? [words.testMode, ''] : []),
      words.noCopy,
      '',
      words.ignore(o.expiresInDays),
    ].join('\n'),
  };
}

/** A confirmed letter, on its way to the MP with the supporter as Reply-To. */
export function mpLetterMail(message: MessageRow, mpEmail: string): OutgoingMail {
  return {
    kind: 'mp_letter',
    to: mpEmail,
    replyTo: message.email,
    subject: oneLine(message.subject),
    text: letterText(message),
    mpId: message.mpId,
    messageId: message.id,
  };
}

/**
 * A confirmed letter written with a test key: it goes to the supporter, never
 * to the MP, and says plainly who would have received it.
 */
export function testLetterMail(message: MessageRow): OutgoingMail {
  const recipient = message.mpEmail
    ? `${message.mpName} <${message.mpEmail}>`
    : `${message.mpName} (no public email address)`;
  return {
    kind: 'mp_letter_test',
    to: message.email,
    subject: `[TEST] ${oneLine(message.subject)}`,
    text: [
      `TEST LETTER: this was not sent to ${message.mpName}, MP for ${message.constituency}.`,
      `With a live key it would have gone to ${recipient}. It came back to you because the site used a`,
      'test key (pk_test_…): test keys never deliver to MPs.',
      '',
      '==== The letter as the MP would receive it ====',
      '',
      letterText(message),
    ].join('\n'),
    messageId: message.id,
  };
}
