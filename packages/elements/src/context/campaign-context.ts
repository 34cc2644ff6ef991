import { createContext } from '@lit/context';
import type { CampaignStore } from '../store/campaign-store.js';

/**
 * The campaign a `<placard-campaign>` provides to the widgets inside it. The key
 * is a registered symbol with a version, so two copies of the library on one
 * page find each other's provider, and a future incompatible store gets `@2`.
 */
export const campaignContext = createContext<CampaignStore>(Symbol.for('placard.campaign-store@1'));
