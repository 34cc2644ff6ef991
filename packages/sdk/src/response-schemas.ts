import {
  CampaignSchema,
  ConfirmationSchema,
  ConstituencyCountsSchema,
  CountryCountsSchema,
  LiveEventSchemas,
  MessageResultSchema,
  PendingConfirmationSchema,
  PetitionSchema,
  RepresentativeSchema,
  SignatureResultSchema,
  TimelinePageSchema,
} from '@placard/contract';
import type { ResponseSchemas } from './types.js';

export type { ResponseSchemas } from './types.js';

/**
 * The contract's response schemas, for `createClient({ validateResponses: responseSchemas })`.
 * The Node entry checks with them by default; the browser entry only when given them, so they
 * reach a browser bundle only through this module (`@placard/sdk/validate`).
 */
export const responseSchemas: ResponseSchemas = {
  campaign: CampaignSchema,
  timelinePage: TimelinePageSchema,
  petition: PetitionSchema,
  constituencyCounts: ConstituencyCountsSchema,
  countryCounts: CountryCountsSchema,
  signatureResult: SignatureResultSchema,
  representative: RepresentativeSchema,
  messageResult: MessageResultSchema,
  pendingConfirmation: PendingConfirmationSchema,
  confirmation: ConfirmationSchema,
  liveEvents: LiveEventSchemas,
};
