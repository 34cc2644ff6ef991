import type { CampaignRow } from '../campaigns/store.js';

/** Plain-text mails to signers (names are plain text here, never HTML). */
export function thankYouMail(campaign: CampaignRow, name: string) {
  return {
    kind: 'signature_thanks',
    subject: `Thank you for signing: ${campaign.title}`,
    text: [
      `Dear ${name},`,
      '',
      `Thank you for signing the petition "${campaign.title}". Your signature has been counted.`,
      campaign.shareUrl ? `\nPlease share it with friends: ${campaign.shareUrl}\n` : '',
      'You are receiving this one email because you signed. We will only write again if you asked for updates.',
    ].join('\n'),
  };
}

export function confirmationMail(campaign: CampaignRow, name: string, link: string) {
  return {
    kind: 'signature_confirmation',
    subject: `Please confirm your signature: ${campaign.title}`,
    text: [
      `Dear ${name},`,
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
