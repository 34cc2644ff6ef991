import type { Catalogue } from '../catalogue.js';

export const fields: Catalogue['fields'] = {
  nameRequired: 'Enter your name.',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.org.',
  emailNotAccepted: 'This site can’t accept addresses from disposable email services. Please use an address you keep.',
  postcodeRequired: 'Enter your postcode.',
  postcodeInvalid: 'Enter a UK postcode like SW1A 1AA.',
  countryInvalid: 'Choose a country from the list.',
  addressRequired: 'Enter your address.',
  subjectRequired: 'Enter a subject.',
  bodyRequired: 'Write your letter.',
  consentRequired: 'Please agree to the privacy notice to continue.',
  tooLong: (max, f) => `Use at most ${f.number(max)} characters.`,
  invalid: 'Check this field.',
};
