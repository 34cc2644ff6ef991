import type { Catalogue } from '../catalogue.js';

export const share: Catalogue['share'] = {
  heading: 'Ask others to join in',
  text: (title) => `I’ve just taken action: ${title}. Will you join me?`,
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFallback: 'Copy this link:',
  email: 'Share by email',
  whatsapp: 'Share on WhatsApp',
  x: 'Share on X',
  facebook: 'Share on Facebook',
};
