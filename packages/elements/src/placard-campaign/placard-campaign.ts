import { defineElement } from '../define.js';
import { PlacardCampaignElement } from './placard-campaign.element.js';

defineElement('placard-campaign', PlacardCampaignElement);

declare global {
  interface HTMLElementTagNameMap {
    'placard-campaign': PlacardCampaignElement;
  }
}
