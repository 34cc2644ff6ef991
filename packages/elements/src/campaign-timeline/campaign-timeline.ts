import { defineElement } from '../define.js';
import { CampaignTimelineElement } from './campaign-timeline.element.js';

defineElement('campaign-timeline', CampaignTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'campaign-timeline': CampaignTimelineElement;
  }
}
