import type { Catalogue } from './catalogue.js';
import { basics } from './en/basics.js';
import { common } from './en/common.js';
import { consent } from './en/consent.js';
import { fields } from './en/fields.js';
import { letter } from './en/letter.js';
import { letterSteps } from './en/letter-steps.js';
import { petition } from './en/petition.js';
import { share } from './en/share.js';
import { signing } from './en/signing.js';
import { timeline } from './en/timeline.js';

/**
 * English, bundled with every element. One module per area, so that the embed's first
 * views (first-view/) carry only the areas they show.
 */
const en: Catalogue = {
  ...basics,
  review: { status: 'source' },
  common,
  fields,
  consent,
  timeline,
  petition,
  signing,
  share,
  letter,
  letterSteps,
};

export default en;
