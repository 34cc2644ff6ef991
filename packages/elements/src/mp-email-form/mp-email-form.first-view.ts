import { nothing } from 'lit/html.js';
import { campaignOf, drawFirstView, jsonOf, type ShowFirstView } from '../first-view/draw-first-view.js';
import { common } from '../i18n/en/common.js';
import { letter } from '../i18n/en/letter.js';
import { resumesPastFirstStep } from './letter-draft.js';
import { mpEmailFormSheets } from './mp-email-form.styles.js';
import { postcodeStep } from './postcode-step.js';

/**
 * `<mp-email-form>`'s first view, drawn by the embed loader before the element's code
 * arrives: the postcode step, which already takes typing, and a press on "Find my MP"
 * that the element carries out when it takes over. A closed campaign or a draft further
 * on is left to the element.
 */
export const showFirstView: ShowFirstView = async (host, [campaignResponse]) => {
  const campaign = campaignOf(await jsonOf(campaignResponse));
  const slug = typeof campaign?.slug === 'string' ? campaign.slug : undefined;
  if (!campaign || !slug || campaign.status === 'closed' || resumesPastFirstStep(host.localName, slug)) return false;
  return drawFirstView(host, mpEmailFormSheets, (format, actions) =>
    postcodeStep({
      t: { letter, common },
      format,
      postcode: '',
      errors: {},
      busy: false,
      notice: nothing,
      onInput: (postcode) => {
        actions.typed = postcode;
      },
      onSubmit: (event) => {
        event.preventDefault();
        actions.early = 'find-mp';
      },
      focusField: () => {},
    }),
  );
};

export { withdrawFirstView } from '../first-view/draw-first-view.js';
