import type { Catalogue } from '../catalogue.js';

export const letterSteps: Catalogue['letterSteps'] = {
  postcodeNotFound: 'We couldn’t find an MP for that postcode. Check it and try again.',
  lookupUnavailable: 'We can’t look up MPs just now. Please try again in a few minutes.',
  mpIs: (name, party, constituency) => `Your MP is ${name} (${party}), ${constituency}`,
  changePostcode: 'Change postcode',
  letterHeading: 'Your letter',
  subject: 'Subject',
  body: 'Letter',
  nudge:
    'MPs pay most attention to letters in their constituents’ own words. Add a sentence or two about why this matters to you.',
  continue: 'Continue',
  back: 'Back',
  testMode: (mpName) => `Test mode: this letter will be sent to you, not to ${mpName}.`,
  detailsHeading: 'Your details',
  name: 'Your name',
  email: 'Email address',
  address: 'Your address',
  addressHint: 'MPs only reply to people who live in their constituency, so they ask for your address.',
  send: 'Send my letter',
  sending: 'Sending…',
  sentHeading: 'Check your email to confirm',
  sentBody: (mpName) =>
    `We’ve emailed you a link. Your letter goes to ${mpName} once you open it and press the button.`,
  nextStepsHeading: 'What happens next',
  nextSteps: [
    'Open the email from us, follow the link and press the button to confirm.',
    'We send your letter. Your MP’s reply comes straight to you.',
    'Ask friends to write to their MP too: every letter counts.',
  ],
  mpEmailUnavailable: (mpName) => `We can’t email ${mpName} for you: they don’t publish an email address.`,
  contactPage: (mpName) => `Write to ${mpName} through their contact page`,
  mailtoFallback: 'Or send the letter from your own email',
};
