import { expect } from '@open-wc/testing';
import { signatureSource } from './signature-source.js';

describe('signatureSource', () => {
  it('names the page and its utm tags, never its fragment or other query', () => {
    const url = new URL('https://partner.example.org/news/chen?utm_source=newsletter&utm_campaign=jan&email=x#sign');
    expect(signatureSource(url as unknown as Location)).to.deep.equal({
      referrer: 'https://partner.example.org/news/chen',
      utmSource: 'newsletter',
      utmCampaign: 'jan',
    });
  });
});
