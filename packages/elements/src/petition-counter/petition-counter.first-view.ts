import type { Petition } from '@placard/contract';
import { campaignOf, drawFirstView, jsonOf, type ShowFirstView } from '../first-view/draw-first-view.js';
import { petition as strings } from '../i18n/en/petition.js';
import { counterView } from './counter-view.js';
import { petitionCounterSheets } from './petition-counter.styles.js';

/** `<petition-counter>`'s first view, drawn by the embed loader before the element's code arrives. */
export const showFirstView: ShowFirstView = async (host, [campaignResponse]) => {
  const campaign = campaignOf(await jsonOf(campaignResponse));
  const petition = campaign?.petition as Petition | undefined;
  if (!campaign || typeof petition?.count !== 'number' || !Array.isArray(petition.milestones)) return false;
  const closed = campaign.status === 'closed';
  const displayOnly = host.hasAttribute('display-only');
  const compact = host.hasAttribute('compact');
  const goal = Number(host.getAttribute('goal'));
  return drawFirstView(host, petitionCounterSheets, (format, actions) =>
    counterView({
      t: { petition: strings },
      format,
      petition,
      closed,
      goal: Number.isFinite(goal) ? goal : undefined,
      shown: petition.count,
      celebrating: undefined,
      compact,
      displayOnly,
      form: undefined,
      formPending: !displayOnly && !compact && !closed,
      onOpenForm: () => {
        actions.early = 'open-form';
      },
    }),
  );
};

export { withdrawFirstView } from '../first-view/draw-first-view.js';
