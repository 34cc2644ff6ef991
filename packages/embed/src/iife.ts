/**
 * `placard.iife.js`: every element in one classic script, for hosts that
 * cannot serve code-split chunks. Import order matters: config first.
 */
import './iife-config.js';
import '@placard/elements/placard-campaign.js';
import '@placard/elements/campaign-timeline.js';
import '@placard/elements/petition-counter.js';
import '@placard/elements/mp-email-form.js';
