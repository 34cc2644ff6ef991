import type { CampaignRow } from '../campaigns/store.js';
import type { SupporterTexts } from '../i18n/supporter-texts.js';

// These mails go to an address nobody has confirmed yet: whoever filled in the
// form may not own it. So they hold only our words and the campaign's title,
// never what the requester typed (not even the name), and cannot carry a
// stranger's text to someone's inbox (see src/mail/unconfirmed-cap.ts). They are
// written in the language the widget showed (i18n/).

/** Immediate mode: the one mail after signing. */
export function thankYouMail(campaign: Pick<CampaignRow, 'title' | 'shareUrl'>, texts: SupporterTexts) {
  const words = texts.mail.signatureThanks;
  return {
    kind: 'signature_thanks',
    subject: words.subject(campaign.title),
    text: [
      texts.mail.hello,
      '',
      words.counted(campaign.title),
      campaign.shareUrl ? `\n${words.share(campaign.shareUrl)}\n` : '',
      words.why,
    ].join('\n'),
  };
}

export function confirmationMail(
  campaign: Pick<CampaignRow, 'title'>,
  link: string,
  texts: SupporterTexts,
  expiresInDays: number,
) {
  const words = texts.mail.signatureConfirmation;
  return {
    kind: 'signature_confirmation',
    subject: words.subject(campaign.title),
    text: [
      texts.mail.hello,
      '',
      words.open(campaign.title),
      '',
      link,
      '',
      words.countsOnPress(expiresInDays),
      words.ignore,
    ].join('\n'),
  };
}

/**
 * Double opt-in, signing again with an address already counted: the form
 * answers as for a new signature (so it does not tell anyone that this
 * address signed); the address's owner hears the truth here.
 */
export function alreadySignedMail(campaign: Pick<CampaignRow, 'title'>, texts: SupporterTexts) {
  const words = texts.mail.alreadySigned;
  return {
    kind: 'signature_already_counted',
    subject: words.subject(campaign.title),
    text: [texts.mail.hello, '', words.body(campaign.title), '', words.ignore].join('\n'),
  };
}
