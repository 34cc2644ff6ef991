import type { Catalogue } from '../catalogue.js';

export const signing: Catalogue['signing'] = {
  name: 'Your name',
  email: 'Email address',
  postcode: 'Postcode',
  country: 'Country',
  countryNotGiven: 'Not given',
  submit: 'Sign the petition',
  submitting: 'Signing…',
  thanksHeading: 'Thank you for signing!',
  thanksBody: (count, f) =>
    f.plural(count, {
      one: `You’re the first person to sign.`,
      other: `You’re one of ${f.number(count)} people who have signed.`,
    }),
  alreadySignedHeading: 'You’ve already signed',
  alreadySignedBody: 'Thank you — your signature was already counted.',
  checkEmailHeading: 'Check your email',
  checkEmailBody:
    'We’ve sent you an email. Open the link in it and press the button to confirm your signature: it counts once you do.',
  areaCount: (count, area, f) =>
    f.plural(count, {
      one: `${f.number(count)} person in ${area} has signed.`,
      other: `${f.number(count)} people in ${area} have signed.`,
    }),
};
