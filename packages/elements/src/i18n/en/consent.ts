import type { Catalogue } from '../catalogue.js';

export const consent: Catalogue['consent'] = {
  privacy: 'I agree to the privacy notice',
  privacyLink: 'Read the full privacy notice',
  updates: 'Email me updates about this campaign',
};
