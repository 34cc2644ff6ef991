import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LANGUAGES } from '@placard/contract';
import { sampleRepresentatives, seedCampaign, seedTimeline } from '@placard/contract/fixtures';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, fill, KEY, SLUG, textOf, waitForReady } from '../../test/dom.js';
import { startMockApi } from '../../test/mock-api.js';
import '../campaign-timeline/campaign-timeline.js';
import '../mp-email-form/mp-email-form.js';
import '../petition-counter/petition-counter.js';
import type { PlacardElement } from '../base/placard-element.js';
import { isolate } from './bidi.js';
import type { Catalogue } from './catalogue.js';
import { loadCatalogue, PSEUDO_LOCALE } from './catalogue-loader.js';
import en from './en.js';

/** Every fixed string of a catalogue (not the functions' output, not its tag and month names). */
function fixedStrings(catalogue: Catalogue): Set<string> {
  const { locale: _l, dir: _d, review: _r, months: _m, longDate: _ld, ...areas } = catalogue;
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(areas);
  return found;
}

/** Text the campaign and Parliament supply: English on every page, and not ours to translate. */
const DATA = [seedCampaign, seedTimeline, sampleRepresentatives]
  .flatMap(function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  })
  .filter((text) => text.length > 3)
  .sort((a, b) => b.length - a.length);

function ourText(widgets: Element[]): string {
  let text = widgets.map(textOf).join(' ');
  for (const data of DATA) text = text.split(data).join(' ');
  return text;
}

const ENGLISH = fixedStrings(en);

/** English words of ours on a page in another language: those the catalogue does not share (brand names, examples). */
function englishLeaks(text: string, catalogue: Catalogue): string[] {
  const own = fixedStrings(catalogue);
  return [...ENGLISH].filter((phrase) => phrase.length > 3 && !own.has(phrase) && text.includes(phrase));
}

const frame = (el: Element) => $(el, '[part~="base"]');

async function widgetsIn(lang: string): Promise<PlacardElement[]> {
  const page = await fixture<HTMLDivElement>(
    `<div>
      <petition-counter campaign="${SLUG}" key="${KEY}" lang="${lang}"></petition-counter>
      <campaign-timeline campaign="${SLUG}" lang="${lang}"></campaign-timeline>
      <mp-email-form campaign="${SLUG}" key="${KEY}" lang="${lang}"></mp-email-form>
    </div>`,
  );
  const widgets = [...page.children] as PlacardElement[];
  for (const widget of widgets) await waitForReady(widget);
  await waitUntil(() => widgets.every((widget) => frame(widget).lang === lang), `the ${lang} catalogue never loaded`);
  return widgets;
}

/** The forms' error states: an empty submit on the signing form and on the MP form's postcode step. */
async function showErrors(counter: PlacardElement, form: PlacardElement): Promise<void> {
  // The signing form replaces its call to action once its code is in.
  await waitUntil(() => counter.shadowRoot?.querySelector('form button[type=submit]'), 'the signing form never came');
  $<HTMLButtonElement>(counter, 'form button[type=submit]').click();
  fill(form, '#field-postcode', 'not a postcode');
  $<HTMLButtonElement>(form, 'button[type=submit]').click();
  await waitUntil(
    () => [counter, form].every((widget) => widget.shadowRoot?.querySelector('[part~="error-summary"]')),
    'no error summary',
  );
}

const NON_ENGLISH = LANGUAGES.filter((language) => language !== 'en');

describe('every language', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await startMockApi();
  });

  for (const lang of [...NON_ENGLISH, PSEUDO_LOCALE]) {
    it(`${lang}: every widget, errors included, is in the language, accessibly, with no English of ours`, async () => {
      const catalogue = await loadCatalogue(lang);
      expect(catalogue.locale).to.equal(lang);
      const widgets = await widgetsIn(lang);
      const [counter, timeline, form] = widgets as [PlacardElement, PlacardElement, PlacardElement];
      await showErrors(counter, form);
      for (const widget of widgets) {
        expect(frame(widget).dir).to.equal(catalogue.dir);
        await expect(widget).to.be.accessible();
      }
      expect($(form, '[part~="error-summary"] h3').textContent?.trim()).to.equal(catalogue.common.errorSummaryTitle);
      expect(englishLeaks(ourText(widgets), catalogue)).to.deep.equal([]);
      expect(textOf(timeline)).to.include(catalogue.timeline.kinds.news);
    });
  }

  it('lays Uyghur out right to left: the progress bar fills from the right, the timeline runs down the right', async () => {
    const fill = async (lang: string) => {
      const [counter, timeline] = await widgetsIn(lang);
      const bar = $(counter as Element, '[part~="progress"]');
      const pixels = await drawn(bar);
      const entry = $(timeline as Element, '.entry');
      return {
        direction: getComputedStyle(frame(counter as Element)).direction,
        nearLeft: colourAt(pixels, 0.05),
        nearRight: colourAt(pixels, 0.95),
        line: [getComputedStyle(entry).borderLeftWidth, getComputedStyle(entry).borderRightWidth],
      };
    };
    const ltr = await fill('en');
    const rtl = await fill('ug');
    expect([ltr.direction, rtl.direction]).to.deep.equal(['ltr', 'rtl']);
    // About 60% of the way to the next target: filled at one end, empty at the other.
    expect(ltr.nearLeft).not.to.deep.equal(ltr.nearRight);
    expect(rtl.nearRight).to.deep.equal(ltr.nearLeft);
    expect(rtl.nearLeft).to.deep.equal(ltr.nearRight);
    expect(ltr.line).to.deep.equal(['2px', '0px']);
    expect(rtl.line).to.deep.equal(['0px', '2px']);
  });

  it('keeps a Latin name and the punctuation after it in order inside right-to-left text', async () => {
    const form = (await widgetsIn('ug'))[2] as PlacardElement;
    const mp = sampleRepresentatives[0] as (typeof sampleRepresentatives)[number];
    fill(form, '#field-postcode', mp.postcode);
    $<HTMLButtonElement>(form, 'button[type=submit]').click();
    await waitUntil(() => textOf(form).includes(mp.mp.name), 'the MP was never named');
    expect(form.shadowRoot?.textContent).to.include(`\u2068${mp.mp.name}\u2069`);
    expect(isolate(mp.mp.name, en)).to.equal(mp.mp.name);
  });
});

/** What the browser drew for an element: a screenshot, decoded by the page itself. */
async function drawn(element: Element): Promise<ImageData> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const url = await executeServerCommand<string, object>('screenshot', {
    x: box.x + scrollX,
    y: box.y + scrollY,
    width: box.width,
    height: box.height,
  });
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The colour in the middle row, `across` of the way from the left (0–1). */
function colourAt(pixels: ImageData, across: number): number[] {
  const x = Math.floor(pixels.width * across);
  const y = Math.floor(pixels.height / 2);
  const at = (y * pixels.width + x) * 4;
  return [...pixels.data.slice(at, at + 3)];
}

describe('the pseudo-locale', () => {
  it('accents and lengthens our words, and leaves values passed in alone', async () => {
    const pseudo = await loadCatalogue(PSEUDO_LOCALE);
    expect(pseudo.petition.signHeading).to.match(/^\[Šîĝñ ţĥé ƥéţîţîöñ .+\]$/);
    expect(pseudo.petition.signHeading.length).to.be.at.least(Math.ceil('Sign the petition'.length * 1.4));
    expect(pseudo.letterSteps.contactPage('Jane Smith')).to.include('Jane Smith');
    expect(pseudo.letterSteps.contactPage('Jane Smith')).not.to.include('Write to');
  });
});

describe('docs/partners.md', () => {
  it('lists every language with its direction and review status as its catalogue states them', async () => {
    const docs = await (await fetch('/docs/partners.md')).text();
    const table = docs.slice(docs.indexOf('<!-- languages:start'), docs.indexOf('<!-- languages:end'));
    const rows = new Map(
      [...table.matchAll(/^\|[^|]+\|\s*`([^`]+)`\s*\|([^|]+)\|([^|]+)\|/gm)].map((row) => [
        row[1] as string,
        { dir: (row[2] as string).trim(), review: (row[3] as string).trim() },
      ]),
    );
    expect([...rows.keys()]).to.deep.equal([...LANGUAGES]);
    for (const language of LANGUAGES) {
      const { dir, review } = await loadCatalogue(language);
      const said = {
        source: 'source',
        draft: 'draft, not yet reviewed',
        reviewed: `reviewed by ${review.reviewer}`,
      }[review.status];
      expect(rows.get(language), language).to.deep.equal({
        dir: dir === 'rtl' ? 'right to left' : 'left to right',
        review: said,
      });
    }
  });
});
