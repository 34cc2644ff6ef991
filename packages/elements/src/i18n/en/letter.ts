import type { Catalogue } from '../catalogue.js';

export const letter: Catalogue['letter'] = {
  postcodeHeading: 'Find your MP',
  postcode: 'Your postcode',
  postcodeHint: 'We use it to find your MP, for example SW1A 1AA.',
  findMp: 'Find my MP',
  finding: 'Finding your MP…',
  step: (step, total, f) => `Step ${f.number(step)} of ${f.number(total)}`,
};
