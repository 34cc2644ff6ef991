import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LANGUAGES } from '@placard/contract';
import { SLUG, textOf, waitForReady } from '../../test/dom.js';
import { startMockApi } from '../../test/mock-api.js';
import '../petition-counter/petition-counter.js';
import type { PetitionCounterElement } from '../petition-counter/petition-counter.element.js';
import { isolate } from './bidi.js';
import type { Catalogue } from './catalogue.js';
import { cachedCatalogue, fallbackChain, loadCatalogue, registerCatalogue } from './catalogue-loader.js';
import cy from './cy.js';
import en from './en.js';
import { Format } from './format.js';
import { resolveLanguage } from './language-resolution.js';

type PlacardGlobal = { Placard?: { config?: Record<string, unknown> } };
const global = globalThis as PlacardGlobal;
const html_ = document.documentElement;
const originalLang = html_.getAttribute('lang');

afterEach(() => {
  delete global.Placard;
  if (originalLang === null) html_.removeAttribute('lang');
  else html_.setAttribute('lang', originalLang);
});

describe('language resolution', () => {
  it('takes the element’s lang, then data-locale, then the closest ancestor’s across shadow roots, then <html>', async () => {
    html_.setAttribute('lang', 'fr');
    const outer = await fixture<HTMLDivElement>(html`<div lang="de"><section><span></span></section></div>`);
    const span = outer.querySelector('span') as HTMLSpanElement;
    expect(resolveLanguage(span)).to.equal('de');
    span.setAttribute('lang', 'cy-GB');
    expect(resolveLanguage(span)).to.equal('cy-GB');

    // Inside a shadow root, the host's ancestors count.
    const root = (outer.querySelector('section') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p><b></b></p>';
    expect(resolveLanguage(root.querySelector('b') as Element)).to.equal('de');

    // The embed's data-locale overrides the page's languages, not the element's own.
    global.Placard = { config: { locale: 'ug' } };
    expect(resolveLanguage(root.querySelector('b') as Element)).to.equal('ug');
    expect(resolveLanguage(span)).to.equal('cy-GB');
    delete global.Placard;

    outer.removeAttribute('lang');
    expect(resolveLanguage(root.querySelector('b') as Element)).to.equal('fr');
    html_.removeAttribute('lang');
    expect(resolveLanguage(root.querySelector('b') as Element)).to.equal('en');
  });

  it('skips a lang that is not a language tag', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="cy"><span lang="not a tag!"></span></div>`);
    expect(resolveLanguage(outer.querySelector('span') as Element)).to.equal('cy');
  });

  it('falls back from region to language to English', async () => {
    expect(fallbackChain('cy-GB')).to.deep.equal(['cy-gb', 'cy', 'en']);
    expect(fallbackChain('en')).to.deep.equal(['en']);
    expect(fallbackChain('zh-TW')).to.deep.equal(['zh-tw', 'zh-hant', 'zh', 'en']);
    expect(cachedCatalogue('ar')).to.equal(en);
    expect(await loadCatalogue('ar')).to.equal(en);
    expect((await loadCatalogue('cy-GB')).locale).to.equal('cy');
    expect(cachedCatalogue('cy-GB')?.locale).to.equal('cy');
  });

  it('matches regional and script tags to the languages it has', async () => {
    const cases: Record<string, string> = {
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-Hant-TW': 'zh-Hant',
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'pt-BR': 'pt',
      'fr-CA': 'fr',
      'de-AT': 'de',
      'ug-CN': 'ug',
      'en-XA': 'en-XA',
      ar: 'en',
    };
    for (const [tag, locale] of Object.entries(cases)) expect((await loadCatalogue(tag)).locale, tag).to.equal(locale);
  });

  it('loads a registered language, and shows English if it fails to load', async () => {
    const pirate: Catalogue = { ...en, locale: 'en-x-pirate' };
    registerCatalogue('xx', async () => ({ default: pirate }));
    expect(cachedCatalogue('xx')).to.equal(undefined);
    expect(await loadCatalogue('xx-YY')).to.equal(pirate);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      registerCatalogue('zz', () => Promise.reject(new Error('chunk missing')));
      expect(await loadCatalogue('zz')).to.equal(en);
      expect(warnings[0]).to.include('"zz" translations could not be loaded');
    } finally {
      console.warn = warn;
    }
  });
});

describe('Format', () => {
  it('writes Welsh counts with the right plural forms and mutations', () => {
    const f = new Format('cy', cy);
    const said = (n: number) => cy.petition.signatures(n, f);
    expect([0, 1, 2, 3, 6, 6000].map(said)).to.deep.equal([
      '0 llofnod',
      '1 llofnod',
      '2 lofnod',
      '3 llofnod',
      '6 llofnod',
      '6,000 o lofnodion',
    ]);
    expect(cy.common.rateLimited(2, f)).to.include('ymhen 2 funud');
    expect(cy.common.rateLimited(5, f)).to.include('ymhen 5 munud');
  });

  it('writes English plurals', () => {
    const f = new Format('en-GB', en);
    expect(en.petition.signatures(1, f)).to.equal('1 signature');
    expect(en.signing.thanksBody(1, f)).to.equal('You’re the first person to sign.');
    expect(en.common.rateLimited(1, f)).to.include('in 1 minute.');
    expect(en.common.rateLimited(3, f)).to.include('in 3 minutes.');
    expect(en.petition.unit(2, f)).to.equal('signatures');
  });

  it('says how many have signed in a constituency, in every language, with the name kept whole', async () => {
    const area = 'Cities of London and Westminster';
    expect([1, 413].map((n) => en.signing.areaCount(n, area, new Format('en-GB', en)))).to.deep.equal([
      '1 person in Cities of London and Westminster has signed.',
      '413 people in Cities of London and Westminster have signed.',
    ]);
    const welsh = new Format('cy', cy);
    expect([1, 2, 3, 6, 413].map((n) => cy.signing.areaCount(n, area, welsh))).to.deep.equal([
      'Mae 1 person yn Cities of London and Westminster wedi llofnodi.',
      'Mae 2 berson yn Cities of London and Westminster wedi llofnodi.',
      'Mae 3 pherson yn Cities of London and Westminster wedi llofnodi.',
      'Mae 6 pherson yn Cities of London and Westminster wedi llofnodi.',
      'Mae 413 o bobl yn Cities of London and Westminster wedi llofnodi.',
    ]);
    for (const language of LANGUAGES) {
      const catalogue = await loadCatalogue(language);
      const f = new Format(language, catalogue);
      for (const n of [1, 2, 5, 22, 413]) {
        const said = catalogue.signing.areaCount(n, isolate(area, catalogue), f);
        expect(said, `${language} ${n}`).to.include(isolate(area, catalogue));
        expect(said, `${language} ${n}`).to.include(f.number(n));
        if (language !== 'en') expect(said, language).not.to.equal(en.signing.areaCount(n, area, f));
      }
    }
    // Right to left: the Latin name is isolated, so it keeps its own direction inside the Uyghur sentence.
    const ug = await loadCatalogue('ug');
    expect(ug.signing.areaCount(2, isolate(area, ug), new Format('ug', ug))).to.include(`\u2068${area}\u2069`);
  });

  it('writes dates in the language, from the catalogue when the browser lacks the data', () => {
    expect(new Format('en-GB', en).date('2021-01-29')).to.equal('29 January 2021');
    expect(new Format('en-US', en).date('2021-01-29')).to.equal('January 29, 2021');
    // A page that says only `lang="en"` gets British dates: these are UK campaigns.
    expect(new Format('en', en).date('2021-01-29')).to.equal('29 January 2021');
    // Chromium's Intl has no Welsh dates; the catalogue's month names stand in.
    expect(new Format('cy', cy).date('2021-01-29')).to.equal('29 Ionawr 2021');
    expect(new Format('cy', cy).date('2020-11-27T12:00:00Z')).to.equal('27 Tachwedd 2020');
    expect(new Format('cy', cy).date('not a date')).to.equal('not a date');
  });
});

describe('localised elements', () => {
  it('switch language when a lang attribute above them changes', async () => {
    await startMockApi();
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en"><petition-counter campaign=${SLUG}></petition-counter></div>`,
    );
    const el = container.firstElementChild as PetitionCounterElement;
    await waitForReady(el);
    expect(textOf(el)).to.include('Sign the petition');
    container.setAttribute('lang', 'cy');
    await waitUntil(() => textOf(el).includes('Llofnodwch y ddeiseb'), 'the widget stayed in English');
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => textOf(el).includes('Sign the petition'), 'the widget’s own lang was ignored');
    await el.localeReady;
  });
});
