import type { CampaignRow } from '../campaigns/store.js';

// These mails go to an address nobody has confirmed yet: whoever filled in the
// form may not own it. So they hold only our words and the campaign's title,
// never what the requester typed (not even the name), and cannot carry a
// stranger's text to someone's inbox (see src/mail/unconfirmed-cap.ts).

/** Immediate mode: the one mail after signing. */
export function thankYouMail(campaign: Pick<CampaignRow, 'title' | 'shareUrl'>) {
  return {
    kind: 'signature_thanks',
    subject: `Thank you for signing: ${campaign.title}`,
    text: [
      'Hello,',
      '',
      `Thank you for signing the petition "${campaign.title}". Your signature has been counted.`,
      campaign.shareUrl ? `\nPlease share it with friends: ${campaign.shareUrl}\n` : '',
      'You are receiving this one email because this address was used to sign. We will only write again if you asked for updates.',
    ].join('\n'),
  };
}

export function confirmationMail(campaign: Pick<CampaignRow, 'title'>, link: string) {
  return {
    kind: 'signature_confirmation',
    subject: `Please confirm your signature: ${campaign.title}`,
    text: [
      'Hello,',
      '',
      `Please confirm your signature on "${campaign.title}": open this link and press the Confirm button on the page.`,
      '',
      link,
      '',
      'Your signature counts once you press the button. The link works for 7 days.',
      'If you did not sign, ignore this email and nothing will be counted.',
    ].join('\n'),
  };
}

/**
 * Double opt-in, signing again with an address already counted: the form
 * answers as for a new signature (so it does not tell anyone that this
 * address signed); the address's owner hears the truth here.
 */
export function alreadySignedMail(campaign: Pick<CampaignRow, 'title'>) {
  return {
    kind: 'signature_already_counted',
    subject: `You have already signed: ${campaign.title}`,
    text: [
      'Hello,',
      '',
      `This address was used again to sign "${campaign.title}". It had already signed, and that signature is counted: there is nothing more to do.`,
      '',
      'If this was not you, ignore this email: nothing has changed.',
    ].join('\n'),
  };
}
