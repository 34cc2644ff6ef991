import type { SupporterTexts } from './supporter-texts.js';

const en: SupporterTexts = {
  language: 'en',
  dir: 'ltr',
  review: { status: 'source' },

  mail: {
    hello: 'Hello,',
    signatureThanks: {
      subject: (title) => `Thank you for signing: ${title}`,
      counted: (title) => `Thank you for signing the petition "${title}". Your signature has been counted.`,
      share: (url) => `Please share it with friends: ${url}`,
      why: 'You are receiving this one email because this address was used to sign. We will only write again if you asked for updates.',
    },
    signatureConfirmation: {
      subject: (title) => `Please confirm your signature: ${title}`,
      open: (title) =>
        `Please confirm your signature on "${title}": open this link and press the Confirm button on the page.`,
      countsOnPress: (days) => `Your signature counts once you press the button. The link works for ${days} days.`,
      ignore: 'If you did not sign, ignore this email and nothing will be counted.',
    },
    alreadySigned: {
      subject: (title) => `You have already signed: ${title}`,
      body: (title) =>
        `This address was used again to sign "${title}". It had already signed, and that signature is counted: there is nothing more to do.`,
      ignore: 'If this was not you, ignore this email: nothing has changed.',
    },
    letterConfirmation: {
      subject: (mpName) => `Confirm your letter to ${mpName}`,
      open: (mpName, constituency, title) =>
        `Please confirm your email address so that we can send your letter to ${mpName}, MP for ${constituency}, for the campaign "${title}". Open this link and press the button on the page to confirm:`,
      testMode:
        'This letter was written on a site in test mode: once you confirm, it will be sent back to you, not to the MP.',
      noCopy:
        'This email does not repeat your letter, so that nobody can use our confirmation emails to send their words to someone else. Your letter goes to your MP exactly as you wrote it.',
      ignore: (days) =>
        `If you did not write a letter, ignore this email and nothing will be sent. The link works for ${days} days.`,
    },
  },

  pages: {
    confirmSignatureTitle: 'Confirm your signature',
    signing: (title) => `You are signing the petition “${title}”.`,
    countedOnPress: 'Your signature is counted once you press the button.',
    confirmSignatureButton: 'Confirm my signature',
    confirmLetterTitle: 'Confirm your letter',
    sendingTo: (recipient, title) => `You are sending your letter to ${recipient}, for the campaign “${title}”.`,
    mpFor: (mpName, constituency) => `${mpName}, MP for ${constituency}`,
    yourMp: 'your MP',
    testMode: 'This letter was written on a site in test mode: it will be sent back to you, not to the MP.',
    nothingSentUntilPress: 'Nothing is sent until you press the button.',
    sendLetterButton: (mpName) => `Send my letter to ${mpName}`,
    confirmLetterButton: 'Confirm my letter',
    linkWorksUntil: (date) => `This link works until ${date}.`,
    alreadyConfirmedTitle: 'Already confirmed',
    alreadyConfirmed: 'You have already confirmed this. Thank you!',
    expiredTitle: 'Link expired',
    expired: (title) => `This confirmation link for “${title}” has expired, so nothing was counted or sent.`,
    signAgain: 'If you still want to, please sign the petition again.',
    writeAgain: 'If you still want to, please write your letter again.',
    confirmedTitle: 'Confirmed',
    counted: 'Thank you: your signature is confirmed and counted.',
    queued: 'Thank you: your letter is confirmed and on its way.',
    notConfirmedTitle: 'Not confirmed',
    invalidLink: 'This confirmation link is not valid.',
    expiredLink: 'This confirmation link has expired. Please sign or write again.',
  },
};

export default en;
