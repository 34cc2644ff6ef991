// The classes and shared pieces, without registering any tag: import
// `@placard/elements/<tag>.js` to define one, or call `defineElement` yourself.

export { PlacardElement } from './base/placard-element.js';
export { CampaignTimelineElement } from './campaign-timeline/campaign-timeline.element.js';
export type { PlacardPageConfig } from './config/page-config.js';
export { readPageConfig } from './config/page-config.js';
export type { PlacardGlobal, PlacardLoaderInfo } from './config/placard-global.js';
export { campaignContext } from './context/campaign-context.js';
export { defineElement, type VersionedElement } from './define.js';
export type {
  PlacardErrorDetail,
  PlacardEventDetails,
  PlacardMessageSentDetail,
  PlacardSignedDetail,
} from './events.js';
export type { FirstResponses, ShowFirstView } from './first-view/draw-first-view.js';
export type { Catalogue, CountMessage, FieldMessages } from './i18n/catalogue.js';
export { registerCatalogue } from './i18n/catalogue-loader.js';
export { Format } from './i18n/format.js';
export { resolveLanguage } from './i18n/language-resolution.js';
export { MpEmailFormElement } from './mp-email-form/mp-email-form.element.js';
export { PetitionCounterElement } from './petition-counter/petition-counter.element.js';
export { PlacardCampaignElement } from './placard-campaign/placard-campaign.element.js';
export type { CampaignAddress } from './store/campaign-address.js';
export { CampaignStore, type CampaignStoreListener, campaignStoreFor, type LoadState } from './store/campaign-store.js';
export { VERSION } from './version.js';
