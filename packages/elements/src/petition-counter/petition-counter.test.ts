import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emitCount } from '@placard/mocks';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import {
  $,
  $$,
  check,
  fill,
  focused,
  KEY,
  recordEvents,
  SLUG,
  textOf,
  waitForReady,
  waitForText,
} from '../../test/dom.js';
import { type MockApi, overrideApi, startMockApi, waitForLive, writeBody, writes } from '../../test/mock-api.js';
import type { PlacardErrorDetail, PlacardSignedDetail } from '../events.js';
import './petition-counter.js';
import { PetitionCounterElement } from './petition-counter.element.js';

let api: MockApi;

beforeEach(async () => {
  sessionStorage.clear();
  api = await startMockApi();
});

afterEach(async () => {
  PetitionCounterElement.announceIntervalMs = 10_000;
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

async function counter(attributes = ''): Promise<PetitionCounterElement> {
  const container = await fixture<HTMLDivElement>(
    `<div><petition-counter campaign="${SLUG}" key="${KEY}" lang="en-GB" ${attributes}></petition-counter></div>`,
  );
  const el = container.querySelector('petition-counter') as PetitionCounterElement;
  await waitForReady(el);
  await waitForSigningForm(el);
  return el;
}

/** The form's code loads once the count is on screen and the page is idle: wait for it to replace the call to action. */
async function waitForSigningForm(el: PetitionCounterElement): Promise<void> {
  if (el.compact) return;
  await waitUntil(() => !el.shadowRoot?.querySelector('.sign-placeholder'), 'the signing form never arrived');
  await el.updateComplete;
}

function fillValid(el: PetitionCounterElement, email = 'tenzin@example.org'): void {
  fill(el, '#field-name', 'Tenzin Dolma');
  fill(el, '#field-email', email);
  check(el, '#field-consent-privacy');
}

async function submit(el: PetitionCounterElement): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await el.updateComplete;
}

const announced = (el: Element) => $(el, '[role=status].visually-hidden').textContent?.trim() ?? '';

describe('<petition-counter> counter', () => {
  it('reserves space and shows a placeholder while loading', async () => {
    api.scenario = 'slow';
    const el = await fixture<PetitionCounterElement>(html`<petition-counter campaign=${SLUG}></petition-counter>`);
    const loading = $(el, '.loading');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el)).to.include('Loading…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    await waitForReady(el);
    expect(el.shadowRoot?.querySelector('.loading')).to.equal(null);
  });

  it('keeps the same block size from loading to ready in the default layout, so the page below does not move', async () => {
    api.scenario = 'slow';
    // A 600px column at 16px: the width the reserved figures in petition-counter.styles.ts were measured at.
    const container = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 600px; font: 16px/1.5 system-ui, sans-serif">
        <petition-counter campaign=${SLUG} lang="en-GB"><a href="https://example.org/sign">Sign</a></petition-counter>
        <p id="below">Partner text</p>
      </div>`,
    );
    const el = container.querySelector('petition-counter') as PetitionCounterElement;
    const below = container.querySelector('#below') as HTMLElement;
    expect($(el, '.loading')).to.exist;
    const loading = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
    await waitForReady(el);
    expect(el.shadowRoot?.querySelector('[part~="number"]')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading.height, 2);
    expect(below.getBoundingClientRect().top).to.be.closeTo(loading.below, 2);
    // The signing form arriving after the count takes the place its call to action held.
    await waitForSigningForm(el);
    expect(el.shadowRoot?.querySelector('form')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading.height, 2);
    expect(below.getBoundingClientRect().top).to.be.closeTo(loading.below, 2);
  });

  it('lets the partner set the reserved space with --placard-min-height', async () => {
    api.scenario = 'slow';
    const el = await fixture<PetitionCounterElement>(
      html`<petition-counter campaign=${SLUG} style="--placard-min-height: 400px; font-size: 16px"></petition-counter>`,
    );
    // Taller than the placeholder (a minimum cannot shrink content), shorter than the default 52.75em.
    expect(el.getBoundingClientRect().height).to.equal(400);
  });

  it('shows its fallback content while loading, then hides it', async () => {
    api.scenario = 'slow';
    const el = await fixture<PetitionCounterElement>(
      html`<petition-counter campaign=${SLUG}><a href="https://example.org/sign">Sign the petition</a></petition-counter>`,
    );
    const link = el.querySelector('a') as HTMLAnchorElement;
    expect(link.assignedSlot).to.not.equal(null);
    expect(link.checkVisibility()).to.equal(true);
    await waitForReady(el);
    expect(link.assignedSlot).to.equal(null);
    expect(link.checkVisibility()).to.equal(false);
  });

  it('shows the count, the progress to the goal and the milestones reached with their dates', async () => {
    const el = await counter();
    expect($(el, '.number').textContent).to.equal('6,000');
    expect($(el, '.count').textContent?.replace(/\s+/g, ' ').trim()).to.equal('6,000 signatures');
    const progress = $<HTMLProgressElement>(el, 'progress');
    expect([progress.value, progress.max]).to.deep.equal([6000, 10000]);
    expect(progress.getAttribute('aria-label')).to.equal('6,000 of 10,000 signatures');
    expect(textOf(el)).to.include('4,000 more to reach 10,000');
    const milestones = $$(el, '.milestones li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(milestones).to.deep.equal(['3,000 signatures 27 November 2020', '6,000 signatures 28 January 2021']);
    expect($(el, '.milestones time').getAttribute('datetime')).to.equal('2020-11-27T00:00:00Z');
    await expect(el).to.be.accessible();
  });

  it('aims at the next milestone before the goal', async () => {
    api.state.campaigns.get(SLUG)?.campaign.petition.milestones.push({ count: 7000, reachedAt: null });
    const el = await counter();
    expect($<HTMLProgressElement>(el, 'progress').max).to.equal(7000);
    expect(textOf(el)).to.include('1,000 more to reach 7,000 · Goal: 10,000');
  });

  it('takes its goal from the goal attribute', async () => {
    const el = await counter('goal="20000"');
    expect($<HTMLProgressElement>(el, 'progress').max).to.equal(20000);
    expect(textOf(el)).to.include('14,000 more to reach 20,000');
  });

  it('animates a live count change and announces it politely', async () => {
    const el = await counter('display-only');
    await waitForLive(api);
    const seen = new Set<string>();
    emitCount(api.state, 6500);
    await waitUntil(() => {
      seen.add($(el, '.number').textContent ?? '');
      return seen.has('6,500');
    }, 'the count never reached 6,500');
    // Numbers between the old and new count were on screen on the way.
    expect([...seen].some((shown) => shown !== '6,000' && shown !== '6,500')).to.equal(true);
    expect(announced(el)).to.equal('6,500 signatures');
    expect($(el, '[role=status]').getAttribute('role')).to.equal('status');
  });

  it('jumps to the new count when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await counter('display-only');
    await waitForLive(api);
    emitCount(api.state, 6200);
    await waitForText(el, '6,200');
    await el.updateComplete;
    expect($(el, '.number').textContent).to.equal('6,200');
  });

  it('announces counts at most once per interval, and only the latest', async () => {
    PetitionCounterElement.announceIntervalMs = 400;
    const el = await counter('display-only');
    await waitForLive(api);
    emitCount(api.state, 6001);
    await waitUntil(() => announced(el) === '6,001 signatures');
    emitCount(api.state, 6002);
    emitCount(api.state, 6003);
    await aTimeout(100);
    expect(announced(el)).to.equal('6,001 signatures');
    await waitUntil(() => announced(el) === '6,003 signatures', 'the latest count was not announced', {
      timeout: 2000,
    });
  });

  it('celebrates and announces a milestone crossed live', async () => {
    const el = await counter();
    await waitForLive(api);
    emitCount(api.state, 10000);
    await waitForText(el, 'We’ve reached 10,000 signatures! Thank you.');
    expect(announced(el)).to.equal('We’ve reached 10,000 signatures! Thank you.');
    expect(textOf(el)).to.include('Goal reached — thank you!');
    const milestones = $$(el, '.milestones li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    expect(milestones).to.have.length(3);
    expect(milestones[2]).to.match(/^10,000 signatures/);
    await expect(el).to.be.accessible();
  });

  it('shows no form when display-only, and a smaller counter when compact', async () => {
    const displayOnly = await counter('display-only');
    expect(displayOnly.shadowRoot?.querySelector('form')).to.equal(null);
    const compact = await counter('compact');
    expect(compact.shadowRoot?.querySelector('.milestones')).to.equal(null);
    const open = $<HTMLButtonElement>(compact, '[part=open-form]');
    expect(open.textContent?.trim()).to.equal('Sign the petition');
    open.click();
    await compact.updateComplete;
    await waitUntil(() => focused(compact)?.id === 'field-name', 'focus did not move to the name field');
  });

  it('says the campaign is closed instead of showing the form', async () => {
    api.scenario = 'closed';
    const el = await counter();
    expect(el.shadowRoot?.querySelector('form')).to.equal(null);
    expect(textOf(el)).to.include('This petition is closed.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the campaign cannot be loaded, and reports it', async () => {
    api.scenario = 'server-error';
    const errors = recordEvents<PlacardErrorDetail>('placard-error');
    const el = await fixture<PetitionCounterElement>(html`<petition-counter campaign=${SLUG}></petition-counter>`);
    await waitForText(el, 'We couldn’t load this campaign just now.');
    await expect(el).to.be.accessible();
    expect(errors.events.map((event) => event.detail)).to.deep.equal([
      { campaign: SLUG, code: 'internal_error', status: 500 },
    ]);
    errors.stop();
    api.scenario = 'normal';
    $<HTMLButtonElement>(el, '.notice button').click();
    await waitForReady(el);
    expect($(el, '.number').textContent).to.equal('6,000');
  });

  it('says when the campaign does not exist', async () => {
    const el = await fixture<PetitionCounterElement>(
      html`<petition-counter campaign="no-such-campaign"></petition-counter>`,
    );
    await waitForText(el, 'We couldn’t find this campaign.');
  });

  it('says when no campaign is named, and reports it', async () => {
    const event = oneEvent(document, 'placard-error');
    const el = await fixture<PetitionCounterElement>(html`<petition-counter></petition-counter>`);
    expect((await event).detail).to.deep.equal({ campaign: '', code: 'missing_campaign' });
    expect(textOf(el)).to.include('This widget doesn’t say which campaign to show.');
  });

  it('uses the dark palette with theme="dark" or a dark preference, and stays accessible', async () => {
    const dark = await counter('theme="dark"');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(28, 27, 31)');
    await expect(dark).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    const preferred = await counter();
    expect(getComputedStyle(preferred).backgroundColor).to.equal('rgb(28, 27, 31)');
    const light = await counter('theme="light"');
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(preferred).to.be.accessible();
  });

  it('speaks Welsh', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="cy"><petition-counter campaign=${SLUG} key=${KEY}></petition-counter></div>`,
    );
    const el = container.firstElementChild as PetitionCounterElement;
    await waitForReady(el);
    await waitForSigningForm(el);
    await waitForText(el, 'Llofnodwch y ddeiseb');
    expect($(el, '.count').textContent?.replace(/\s+/g, ' ').trim()).to.equal('6,000 o lofnodion');
    expect(textOf(el)).to.include('3,000 o lofnodion 27 Tachwedd 2020');
    expect($(el, '.root').getAttribute('lang')).to.equal('cy');
    await submit(el);
    await waitForText(el, 'Rhowch eich enw.');
    await expect(el).to.be.accessible();
  });
});

describe('<petition-counter> signing', () => {
  it('validates on submit: a focused summary linking to each field, errors tied to their fields', async () => {
    const el = await counter();
    await submit(el);
    await waitUntil(() => focused(el)?.classList.contains('error-summary'), 'the summary was not focused');
    const summary = $$(el, '.error-summary a').map((a) => a.textContent?.trim());
    expect(summary).to.deep.equal([
      'Enter your name.',
      'Enter your email address.',
      'Please agree to the privacy notice to continue.',
    ]);
    const name = $<HTMLInputElement>(el, '#field-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${name.getAttribute('aria-describedby')}`).textContent).to.equal('Enter your name.');
    expect($(el, '#field-consent-privacy').getAttribute('aria-describedby')).to.equal(
      'privacy-notice field-consent-privacy-error',
    );
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '.error-summary a[href="#field-email"]').click();
    expect(focused(el)?.id).to.equal('field-email');
    expect(writes(api)).to.have.length(0);
  });

  it('explains a malformed email, a non-UK postcode, an unknown country and an over-long name', async () => {
    const el = await counter();
    fill(el, '#field-name', 'x'.repeat(201));
    fill(el, '#field-email', 'not-an-email');
    fill(el, '#field-postcode', '12345');
    check(el, '#field-consent-privacy');
    await submit(el);
    await waitForText(el, 'Use at most 200 characters.');
    expect(textOf(el)).to.include('Enter an email address like name@example.org.');
    expect(textOf(el)).to.include('Enter a UK postcode like SW1A 1AA.');
    // A postcode from elsewhere is fine once the signer says where they live.
    fill(el, '#field-country', 'FR');
    fill(el, '#field-name', 'Tenzin');
    fill(el, '#field-email', 'tenzin@example.org');
    await submit(el);
    await waitForText(el, 'Thank you for signing!');
    const body = await writeBody<{ country: string; postcode: string }>(api);
    expect([body.country, body.postcode]).to.deep.equal(['FR', '12345']);
  });

  it('signs: thank-you focused, count updated everywhere, event without personal data, share links', async () => {
    const el = await counter();
    const other = await counter('display-only');
    fillValid(el);
    fill(el, '#field-postcode', 'sw1a1aa');
    const signed = oneEvent(el, 'placard-signed');
    await submit(el);
    const event = (await signed) as CustomEvent<PlacardSignedDetail>;
    expect(event.detail).to.deep.equal({ campaign: SLUG, status: 'counted', count: 6001 });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => focused(el)?.id === 'result-heading', 'the thank-you heading was not focused');
    expect(textOf(el)).to.include('Thank you for signing!');
    expect(textOf(el)).to.include('You’re one of 6,001 people who have signed.');
    await waitUntil(() => $(other, '.number').textContent === '6,001', 'the other counter did not update');
    const [sent] = writes(api);
    expect(sent?.authorization).to.equal(`Bearer ${KEY}`);
    expect(sent?.idempotencyKey).to.match(/^[0-9a-f-]{32,36}$/);
    expect(await writeBody(api)).to.deep.include({ name: 'Tenzin Dolma', postcode: 'SW1A 1AA', website: '' });
    const links = Object.fromEntries(
      $$<HTMLAnchorElement>(el, '[data-share]').map((a) => [a.dataset.share, a.getAttribute('href')]),
    );
    const page = encodeURIComponent(location.href.split('#')[0] ?? '');
    expect(links.email).to.match(/^mailto:\?subject=Ban%20Chen%20Quanguo&body=/);
    expect(links.whatsapp).to.match(/^https:\/\/wa\.me\/\?text=/);
    expect(links.whatsapp).to.include(page);
    expect(links.x).to.equal(
      `https://x.com/intent/post?text=${encodeURIComponent('I’ve just taken action: Ban Chen Quanguo. Will you join me?')}&url=${page}`,
    );
    expect(links.facebook).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${page}`);
    await expect(el).to.be.accessible();
  });

  it('says thank you again to someone who already signed', async () => {
    const first = await counter();
    fillValid(first);
    await submit(first);
    await waitForText(first, 'Thank you for signing!');
    const second = await counter();
    fillValid(second, 'TENZIN@example.org');
    const signed = oneEvent(second, 'placard-signed');
    await submit(second);
    expect((await signed).detail.status).to.equal('already_signed');
    await waitForText(second, 'You’ve already signed');
  });

  it('asks the signer to check their email when the campaign uses double opt-in', async () => {
    const entry = api.state.campaigns.get(SLUG);
    if (entry) entry.campaign.signatureMode = 'double_opt_in';
    const el = await counter();
    fillValid(el);
    await submit(el);
    await waitForText(el, 'Check your email');
    expect(textOf(el)).to.include('Open the link in it and press the button to confirm your signature');
    await expect(el).to.be.accessible();
  });

  it('never renders a privacy link that is not http(s), though browsers trust the server’s answers', async () => {
    const entry = api.state.campaigns.get(SLUG);
    if (entry) entry.campaign.privacyUrl = 'javascript:alert(document.domain)';
    const el = await counter();
    expect(textOf(el)).to.include('I agree to the privacy notice');
    const hrefs = [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => !/^(https?:|mailto:)/.test(href))).to.deep.equal([]);
  });

  it('keeps a draft through a reload and clears it once signed', async () => {
    const el = await counter();
    fill(el, '#field-name', 'Tenzin Dolma');
    fill(el, '#field-email', 'tenzin@example.org');
    el.remove();
    const again = await counter();
    expect($<HTMLInputElement>(again, '#field-name').value).to.equal('Tenzin Dolma');
    expect($<HTMLInputElement>(again, '#field-email').value).to.equal('tenzin@example.org');
    check(again, '#field-consent-privacy');
    await submit(again);
    await waitForText(again, 'Thank you for signing!');
    expect(sessionStorage.getItem(`placard:draft:petition-counter:${SLUG}`)).to.equal(null);
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const el = await counter();
    const trap = $<HTMLInputElement>(el, '#field-website');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(trap.getBoundingClientRect().right).to.be.lessThan(0);
  });

  it('says when to try again after being rate limited, and reports it', async () => {
    const el = await counter();
    fillValid(el);
    api.scenario = 'rate-limited';
    const error = oneEvent(el, 'placard-error');
    await submit(el);
    expect((await error).detail).to.deep.equal({ campaign: SLUG, code: 'rate_limited', status: 429 });
    await waitForText(el, 'Please try again in 1 minute.');
    await expect(el).to.be.accessible();
  });

  it('on a site the key does not allow: says so in plain words, sends once, and tells the webmaster once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      const el = await counter();
      fillValid(el);
      api.scenario = 'origin-not-allowed';
      const error = oneEvent(el, 'placard-error');
      await submit(el);
      expect((await error).detail).to.deep.equal({ campaign: SLUG, code: 'origin_not_allowed', status: 403 });
      await waitForText(el, 'This website isn’t set up for this campaign yet');
      expect(textOf(el)).to.not.include('offline');
      expect(writes(api)).to.have.length(1);
      expect(api.state.signatures).to.have.length(0);
      // What the supporter typed stays, and a second try does not repeat the console line.
      expect($<HTMLInputElement>(el, '#field-name').value).to.equal('Tenzin Dolma');
      await submit(el);
      await waitUntil(() => writes(api).length === 2, 'the second try was not sent');
      await aTimeout(50);
      const placard = warnings.filter((line) => line.startsWith('Placard:'));
      expect(placard).to.have.length(1);
      expect(placard[0]).to.include(location.origin);
      expect(placard[0]).to.include('allowed origins');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('marks the email field when the server does not accept disposable addresses', async () => {
    overrideApi(
      http.post('*/v1/campaigns/:slug/signatures', () =>
        HttpResponse.json(
          { error: { code: 'email_not_accepted', message: 'No.', fields: { email: 'No.' } } },
          { status: 422 },
        ),
      ),
    );
    const el = await counter();
    fillValid(el, 'someone@mailinator.com');
    await submit(el);
    await waitForText(el, 'This site can’t accept addresses from disposable email services.');
    expect($(el, '.error-summary')).to.not.equal(null);
    expect($<HTMLInputElement>(el, '#field-email').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps the form after a server error, and the retry counts once with the same key', async () => {
    const el = await counter();
    fillValid(el);
    api.scenario = 'server-error';
    await submit(el);
    await waitForText(el, 'Something went wrong on our side.', 8000);
    expect($<HTMLInputElement>(el, '#field-name').value).to.equal('Tenzin Dolma');
    api.scenario = 'normal';
    await submit(el);
    await waitForText(el, 'Thank you for signing!');
    const keys = new Set(writes(api).map((request) => request.idempotencyKey));
    expect(keys.size).to.equal(1);
  });

  it('switches to "closed" when the server says the campaign closed meanwhile', async () => {
    const el = await counter();
    fillValid(el);
    api.scenario = 'closed';
    await submit(el);
    await waitForText(el, 'This petition is closed.');
    expect(el.shadowRoot?.querySelector('form')).to.equal(null);
  });

  it('says the widget is not set up when the key is missing', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><petition-counter campaign=${SLUG}></petition-counter></div>`,
    );
    const el = container.firstElementChild as PetitionCounterElement;
    await waitForReady(el);
    await waitForSigningForm(el);
    fillValid(el);
    await submit(el);
    await waitForText(el, 'This widget isn’t set up to accept responses on this website.');
  });

  it('ties the server’s own field errors to the fields', async () => {
    overrideApi(
      http.post('*/v1/campaigns/:slug/signatures', () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Invalid.', fields: { email: 'This address bounced.' } } },
          { status: 422 },
        ),
      ),
    );
    const el = await counter();
    fillValid(el);
    await submit(el);
    await waitForText(el, 'This address bounced.');
    expect($(el, '#field-email').getAttribute('aria-invalid')).to.equal('true');
  });

  it('keeps the signature while offline and sends it, once, when back online', async () => {
    const el = await counter();
    fillValid(el);
    api.scenario = 'offline';
    await submit(el);
    await waitForText(el, 'You’re offline — we’ll send it when you’re back.', 8000);
    await expect(el).to.be.accessible();
    api.scenario = 'normal';
    const signed = oneEvent(el, 'placard-signed');
    window.dispatchEvent(new Event('online'));
    expect((await signed).detail.status).to.equal('counted');
    await waitForText(el, 'Thank you for signing!');
    const keys = new Set(writes(api).map((request) => request.idempotencyKey));
    expect(keys.size).to.equal(1);
  });

  it('copies the share link, or offers it to copy by hand', async () => {
    const el = await counter();
    fillValid(el);
    await submit(el);
    await waitForText(el, 'Thank you for signing!');
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            copied = text;
          },
        },
      });
      $<HTMLButtonElement>(el, '[part=copy-link]').click();
      await waitUntil(() => announced(el) === 'Link copied.');
      expect(copied).to.equal(location.href.split('#')[0]);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      $<HTMLButtonElement>(el, '[part=copy-link]').click();
      await waitUntil(() => focused(el)?.id === 'share-url', 'the link was not offered to copy');
      const field = $<HTMLInputElement>(el, '#share-url');
      expect(field.value).to.equal(copied);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, copied.length]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('can be signed with the keyboard alone', async () => {
    const el = await counter();
    $<HTMLInputElement>(el, '#field-name').focus();
    await sendKeys({ type: 'Tenzin Dolma' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-email');
    await sendKeys({ type: 'tenzin@example.org' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-postcode');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-country');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-consent-privacy');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-consent-updates');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('type')).to.equal('submit');
    const signed = oneEvent(el, 'placard-signed');
    await sendKeys({ press: 'Enter' });
    expect((await signed).detail.status).to.equal('counted');
    await waitUntil(() => focused(el)?.id === 'result-heading');
  });
});

describe('<petition-counter show-area-count>', () => {
  const areaLine = (el: Element) => el.shadowRoot?.querySelector('[part~="area-count"]');
  const areaRequests = () =>
    api.requests.filter((request) => /\/representatives|\/petition\/(constituencies|countries)/.test(request.path));

  it('after a signature with a UK postcode, says how many have signed in the supporter’s constituency', async () => {
    const el = await counter('show-area-count');
    expect(el.showAreaCount).to.equal(true);
    fillValid(el);
    fill(el, '#field-postcode', 'sw1a1aa');
    await submit(el);
    await waitForText(el, 'Thank you for signing!');
    await waitUntil(() => areaLine(el), 'the count in the constituency never showed');
    // The mock's 412 before, and this signature.
    expect(areaLine(el)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      '413 people in Cities of London and Westminster have signed.',
    );
    expect(areaRequests().map((request) => request.path)).to.deep.equal([
      '/v1/representatives?postcode=SW1A%201AA',
      `/v1/campaigns/${SLUG}/petition/constituencies`,
    ]);
    // The signature itself carried nothing more than before.
    const fields = ['name', 'email', 'postcode', 'country', 'consent', 'source', 'website', 'locale'];
    for (const key of Object.keys((await writeBody(api)) as object)) expect(fields).to.include(key);
    await waitUntil(() => announced(el).includes('Cities of London and Westminster'), 'the count was not announced');
    await expect(el).to.be.accessible();
  });

  it('shows nothing more without the attribute, and asks for nothing', async () => {
    const el = await counter();
    expect(el.showAreaCount).to.equal(false);
    fillValid(el);
    fill(el, '#field-postcode', 'SW1A 1AA');
    await submit(el);
    await waitForText(el, 'Thank you for signing!');
    await aTimeout(300);
    expect(areaLine(el)).to.equal(null);
    expect(areaRequests()).to.deep.equal([]);
  });

  it('shows nothing more without a UK postcode, or when the postcode is not known', async () => {
    const abroad = await counter('show-area-count');
    fillValid(abroad, 'abroad@example.org');
    fill(abroad, '#field-postcode', '75001');
    $<HTMLSelectElement>(abroad, '#field-country').value = 'FR';
    $<HTMLSelectElement>(abroad, '#field-country').dispatchEvent(new Event('change'));
    await submit(abroad);
    await waitForText(abroad, 'Thank you for signing!');
    const unknown = await counter('show-area-count');
    fillValid(unknown, 'unknown@example.org');
    fill(unknown, '#field-postcode', 'ZZ1 1ZZ');
    await submit(unknown);
    await waitForText(unknown, 'Thank you for signing!');
    await waitUntil(() => areaRequests().length === 1, 'the unknown postcode was never looked up');
    await aTimeout(300);
    expect(areaLine(abroad)).to.equal(null);
    expect(areaLine(unknown)).to.equal(null);
    expect(areaRequests().map((request) => request.path)).to.deep.equal(['/v1/representatives?postcode=ZZ1%201ZZ']);
  });
});
