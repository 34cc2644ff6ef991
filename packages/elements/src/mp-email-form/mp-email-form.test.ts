import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { $, $$, check, fill, focused, KEY, SLUG, textOf, waitForReady, waitForText } from '../../test/dom.js';
import { type MockApi, overrideApi, startMockApi, writeBody, writes } from '../../test/mock-api.js';
import type { PlacardMessageSentDetail } from '../events.js';
import './mp-email-form.js';
import type { MpEmailFormElement } from './mp-email-form.element.js';

let api: MockApi;

beforeEach(async () => {
  sessionStorage.clear();
  api = await startMockApi();
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

async function form(attributes = `key="${KEY}"`): Promise<MpEmailFormElement> {
  const container = await fixture<HTMLDivElement>(
    `<div><mp-email-form campaign="${SLUG}" ${attributes}></mp-email-form></div>`,
  );
  const el = container.querySelector('mp-email-form') as MpEmailFormElement;
  await waitForReady(el);
  // A draft past the first step shows the loading view until the steps' code takes it up.
  await waitUntil(() => el.shadowRoot?.querySelector('#step-heading, [part~="closed"], [part~="error"]'));
  return el;
}

const heading = (el: Element) => $(el, '#step-heading').textContent?.trim();

async function press(el: MpEmailFormElement, selector = 'button[type=submit]'): Promise<void> {
  $<HTMLButtonElement>(el, selector).click();
  await el.updateComplete;
}

async function findMp(el: MpEmailFormElement, postcode = 'SW1A 1AA'): Promise<void> {
  fill(el, '#field-postcode', postcode);
  await press(el);
  await waitUntil(() => heading(el) === 'Your letter', `no MP found for ${postcode}: ${textOf(el)}`, { timeout: 5000 });
}

async function toDetails(el: MpEmailFormElement, postcode?: string): Promise<void> {
  await findMp(el, postcode);
  await press(el);
  await waitUntil(() => heading(el) === 'Your details', 'the details step never came');
}

function fillDetails(el: MpEmailFormElement): void {
  fill(el, '#field-name', 'Tenzin Dolma');
  fill(el, '#field-email', 'tenzin@example.org');
  fill(el, '#field-address', '1 Example Street, London');
  check(el, '#field-consent-privacy');
}

describe('<mp-email-form> finding the MP', () => {
  it('starts at the postcode step, accessibly', async () => {
    const el = await form();
    expect(heading(el)).to.equal('Find your MP');
    expect(textOf(el)).to.include('Step 1 of 3');
    expect($(el, '#field-postcode').getAttribute('aria-describedby')).to.equal('field-postcode-hint');
    await expect(el).to.be.accessible();
  });

  it('shows a placeholder while loading', async () => {
    api.scenario = 'slow';
    const el = await fixture<MpEmailFormElement>(html`<mp-email-form campaign=${SLUG}></mp-email-form>`);
    expect($(el, '.loading').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitForReady(el);
  });

  it('asks for a postcode, then a real one, before looking anything up', async () => {
    const el = await form();
    await press(el);
    await waitForText(el, 'Enter your postcode.');
    await waitUntil(() => focused(el)?.classList.contains('error-summary'));
    fill(el, '#field-postcode', 'not a postcode');
    await press(el);
    await waitForText(el, 'Enter a UK postcode like SW1A 1AA.');
    expect($(el, '#field-postcode').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#field-postcode').getAttribute('aria-describedby')).to.equal(
      'field-postcode-hint field-postcode-error',
    );
    await expect(el).to.be.accessible();
    expect(api.requests.filter((request) => request.path.startsWith('/v1/representatives'))).to.have.length(0);
  });

  it('says when no MP is found for a postcode', async () => {
    const el = await form();
    fill(el, '#field-postcode', 'ZZ1 1ZZ');
    const error = oneEvent(el, 'placard-error');
    await press(el);
    expect((await error).detail).to.deep.equal({ campaign: SLUG, code: 'postcode_not_found', status: 404 });
    await waitForText(el, 'We couldn’t find an MP for that postcode.');
    expect($(el, '#field-postcode-error').textContent).to.include('We couldn’t find an MP for that postcode.');
  });

  it('finds the MP, fills in the letter and moves focus to the letter', async () => {
    const el = await form();
    await findMp(el, 'sw1a1aa');
    await waitUntil(() => focused(el)?.id === 'step-heading', 'focus did not move to the new step');
    expect(textOf(el)).to.include('Your MP is Rachel Blake (Labour (Co-op)), Cities of London and Westminster');
    expect(textOf(el)).to.include('Step 2 of 3');
    expect($<HTMLInputElement>(el, '#field-subject').value).to.equal('Ban Chen Quanguo from the UK');
    const body = $<HTMLTextAreaElement>(el, '#field-body').value;
    expect(body).to.match(/^Dear Rachel Blake,/);
    expect(body).to.include('As your constituent in Cities of London and Westminster');
    expect($(el, '#field-body-hint').textContent).to.include('Add a sentence or two about why this matters to you.');
    expect($(el, '[part=test-mode]').textContent).to.equal(
      'Test mode: this letter will be sent to you, not to Rachel Blake.',
    );
    await expect(el).to.be.accessible();
  });

  it('changes the postcode: a new MP refills an untouched letter but keeps one the supporter edited', async () => {
    const el = await form();
    await findMp(el);
    await press(el, '.mp button');
    await waitUntil(() => heading(el) === 'Find your MP' && focused(el)?.id === 'step-heading');
    await findMp(el, 'M1 1AE');
    expect($<HTMLTextAreaElement>(el, '#field-body').value).to.match(/^Dear Lucy Powell,/);
    fill(el, '#field-body', 'Dear Lucy Powell, in my own words.');
    await press(el, '.mp button');
    await findMp(el, 'B1 1BB');
    expect(textOf(el)).to.include('Your MP is Shabana Mahmood (Labour), Birmingham Ladywood');
    expect($<HTMLTextAreaElement>(el, '#field-body').value).to.equal('Dear Lucy Powell, in my own words.');
  });

  it('says when MP lookups are unavailable', async () => {
    overrideApi(
      http.get('*/v1/representatives', () =>
        HttpResponse.json({ error: { code: 'lookup_unavailable', message: 'Down.' } }, { status: 503 }),
      ),
    );
    const el = await form();
    fill(el, '#field-postcode', 'SW1A 1AA');
    await press(el);
    await waitForText(el, 'We can’t look up MPs just now.', 8000);
  });

  it('says when to try again after being rate limited', async () => {
    const limited = await form();
    api.scenario = 'rate-limited';
    fill(limited, '#field-postcode', 'SW1A 1AA');
    await press(limited);
    await waitForText(limited, 'Please try again in 1 minute.');
    await expect(limited).to.be.accessible();
  });
});

describe('<mp-email-form> the letter and sending', () => {
  it('needs a subject and a letter', async () => {
    const el = await form();
    await findMp(el);
    fill(el, '#field-subject', '  ');
    fill(el, '#field-body', '');
    await press(el);
    await waitForText(el, 'Enter a subject.');
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal([
      'Enter a subject.',
      'Write your letter.',
    ]);
    await waitUntil(() => focused(el)?.classList.contains('error-summary'));
    await expect(el).to.be.accessible();
  });

  it('needs the supporter’s name, email, address and consent', async () => {
    const el = await form();
    await toDetails(el);
    expect(textOf(el)).to.include('Step 3 of 3');
    await press(el);
    await waitForText(el, 'There is a problem');
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal([
      'Enter your name.',
      'Enter your email address.',
      'Enter your address.',
      'Please agree to the privacy notice to continue.',
    ]);
    fill(el, '#field-email', 'nope');
    await press(el);
    await waitForText(el, 'Enter an email address like name@example.org.');
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '.error-summary a[href="#field-address"]').click();
    expect(focused(el)?.id).to.equal('field-address');
  });

  it('goes back to the letter without losing it', async () => {
    const el = await form();
    await findMp(el);
    fill(el, '#field-body', 'My own letter, {{name}}');
    await press(el);
    await waitUntil(() => heading(el) === 'Your details');
    await press(el, '.actions button.secondary');
    await waitUntil(() => heading(el) === 'Your letter');
    expect($<HTMLTextAreaElement>(el, '#field-body').value).to.equal('My own letter, {{name}}');
  });

  it('sends in test mode: says so, asks to check email, fires an event without personal data', async () => {
    const el = await form();
    await toDetails(el);
    fillDetails(el);
    const sent = oneEvent(el, 'placard-message-sent');
    await press(el);
    const event = (await sent) as CustomEvent<PlacardMessageSentDetail>;
    expect(event.detail).to.deep.equal({
      campaign: SLUG,
      status: 'pending_confirmation',
      testMode: true,
      constituency: 'Cities of London and Westminster',
    });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => heading(el) === 'Check your email to confirm' && focused(el)?.id === 'step-heading');
    expect(textOf(el)).to.include('Your letter goes to Rachel Blake once you open it and press the button.');
    expect($(el, '[part=test-mode]').textContent).to.equal(
      'Test mode: this letter will be sent to you, not to Rachel Blake.',
    );
    expect($$(el, '.next-steps li')).to.have.length(3);
    const body = await writeBody<{ body: string; postcode: string; address: string }>(api);
    expect(body.postcode).to.equal('SW1A 1AA');
    expect(body.address).to.equal('1 Example Street, London');
    expect(body.body).to.match(/Yours sincerely,\nTenzin Dolma$/);
    expect(sessionStorage.getItem(`placard:draft:mp-email-form:${SLUG}`)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends with a live key to an MP who publishes an email, with no test-mode notice', async () => {
    const el = await form('key="pk_live_partner"');
    expect(el.shadowRoot?.querySelector('[part=test-mode]')).to.equal(null);
    await toDetails(el, 'SW1A 2AA');
    fillDetails(el);
    const sent = oneEvent(el, 'placard-message-sent');
    await press(el);
    expect((await sent).detail.testMode).to.equal(false);
    await waitUntil(() => heading(el) === 'Check your email to confirm');
    expect(el.shadowRoot?.querySelector('[part=test-mode]')).to.equal(null);
  });

  it('offers the contact page and a mailto link when the MP publishes no email', async () => {
    const el = await form('key="pk_live_partner"');
    await toDetails(el, 'SW1A 1AA');
    fillDetails(el);
    await press(el);
    await waitForText(el, 'We can’t email Rachel Blake for you');
    const contact = $<HTMLAnchorElement>(el, '[data-contact]');
    expect(contact.href).to.equal('https://members.parliament.uk/member/5257/contact');
    expect(contact.textContent).to.include('Write to Rachel Blake through their contact page');
    const mailto = $<HTMLAnchorElement>(el, '[data-mailto]').getAttribute('href') ?? '';
    expect(mailto).to.match(/^mailto:\?subject=Ban%20Chen%20Quanguo%20from%20the%20UK&body=Dear%20Rachel%20Blake/);
    expect(decodeURIComponent(mailto)).to.include(
      'Yours sincerely,\nTenzin Dolma\n\nTenzin Dolma\n1 Example Street, London',
    );
    await expect(el).to.be.accessible();
  });

  it('says when to retry after being rate limited, and after a server error', async () => {
    const el = await form();
    await toDetails(el);
    fillDetails(el);
    api.scenario = 'rate-limited';
    await press(el);
    await waitForText(el, 'Please try again in 1 minute.');
    api.scenario = 'server-error';
    await press(el);
    await waitForText(el, 'Something went wrong on our side.', 8000);
    api.scenario = 'normal';
    await press(el);
    await waitUntil(() => heading(el) === 'Check your email to confirm');
    expect(new Set(writes(api).map((request) => request.idempotencyKey)).size).to.equal(1);
  });

  it('goes back to the postcode, kept as typed, when the server cannot place it on sending', async () => {
    const el = await form();
    await toDetails(el, 'M1 1AE');
    fillDetails(el);
    overrideApi(
      http.post('*/v1/campaigns/:slug/messages', () =>
        HttpResponse.json({ error: { code: 'postcode_not_found', message: 'No such postcode.' } }, { status: 404 }),
      ),
    );
    await press(el);
    await waitUntil(() => heading(el) === 'Find your MP', `still at: ${heading(el)}`, { timeout: 5000 });
    await waitForText(el, 'We couldn’t find an MP for that postcode.');
    expect($<HTMLInputElement>(el, '#field-postcode').value).to.equal('M1 1AE');
    await waitUntil(() => focused(el)?.classList.contains('error-summary'), 'focus did not move to the errors');
  });

  it('keeps the letter while offline and sends it when back online', async () => {
    const el = await form();
    await toDetails(el);
    fillDetails(el);
    api.scenario = 'offline';
    await press(el);
    await waitForText(el, 'You’re offline — we’ll send it when you’re back.', 8000);
    await expect(el).to.be.accessible();
    api.scenario = 'normal';
    const sent = oneEvent(el, 'placard-message-sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    await waitUntil(() => heading(el) === 'Check your email to confirm');
  });

  it('sends a held letter at once when asked', async () => {
    const el = await form();
    await toDetails(el);
    fillDetails(el);
    api.scenario = 'offline';
    await press(el);
    await waitForText(el, 'You’re offline', 8000);
    api.scenario = 'normal';
    await press(el, '[part=offline] button');
    await waitUntil(() => heading(el) === 'Check your email to confirm');
  });

  it('says when the campaign has closed, and when the widget has no key', async () => {
    const el = await form();
    await toDetails(el);
    fillDetails(el);
    api.scenario = 'closed';
    await press(el);
    await waitForText(el, 'This campaign is closed.');
    api.scenario = 'normal';
    sessionStorage.clear();
    const keyless = await form('');
    await toDetails(keyless);
    fillDetails(keyless);
    await press(keyless);
    await waitForText(keyless, 'This widget isn’t set up to accept responses on this website.');
  });

  it('ties the server’s field errors to the fields', async () => {
    overrideApi(
      http.post('*/v1/campaigns/:slug/messages', () =>
        HttpResponse.json(
          { error: { code: 'validation_failed', message: 'Invalid.', fields: { address: 'Give a UK address.' } } },
          { status: 422 },
        ),
      ),
    );
    const el = await form();
    await toDetails(el);
    fillDetails(el);
    await press(el);
    await waitForText(el, 'Give a UK address.');
    expect($(el, '#field-address').getAttribute('aria-invalid')).to.equal('true');
  });

  it('restores the draft after a reload, at the same step, without moving focus', async () => {
    const el = await form();
    await findMp(el);
    fill(el, '#field-body', 'Dear Rachel Blake, my own letter.');
    await press(el);
    await waitUntil(() => heading(el) === 'Your details');
    fill(el, '#field-name', 'Tenzin Dolma');
    el.remove();
    const again = await form();
    expect(heading(again)).to.equal('Your details');
    expect(focused(again)).to.equal(null);
    expect($<HTMLInputElement>(again, '#field-name').value).to.equal('Tenzin Dolma');
    await press(again, '.actions button.secondary');
    await waitUntil(() => heading(again) === 'Your letter');
    expect($<HTMLTextAreaElement>(again, '#field-body').value).to.equal('Dear Rachel Blake, my own letter.');
  });

  it('speaks Welsh, and is accessible in the dark theme', async () => {
    const el = await form(`key="${KEY}" lang="cy" theme="dark"`);
    await waitForText(el, 'Dewch o hyd i’ch AS');
    expect(textOf(el)).to.include('Cam 1 o 3');
    await findMpWelsh(el);
    expect(textOf(el)).to.include('Eich AS yw Rachel Blake (Labour (Co-op)), Cities of London and Westminster');
    expect(textOf(el)).to.include('Modd prawf: bydd y llythyr hwn yn cael ei anfon atoch chi, nid at Rachel Blake.');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await form();
    $<HTMLInputElement>(el, '#field-postcode').focus();
    await sendKeys({ type: 'SW1A 1AA' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'step-heading' && heading(el) === 'Your letter');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Change postcode');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-subject');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-body');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' It matters to me.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'step-heading' && heading(el) === 'Your details');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-name');
    await sendKeys({ type: 'Tenzin Dolma' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'tenzin@example.org' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1 Example Street' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('field-consent-privacy');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent?.trim()).to.equal('Back');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('type')).to.equal('submit');
    const sent = oneEvent(el, 'placard-message-sent');
    await sendKeys({ press: 'Space' });
    await sent;
    await waitUntil(() => heading(el) === 'Check your email to confirm');
    expect((await writeBody<{ body: string }>(api)).body).to.include('It matters to me.');
  });
});

async function findMpWelsh(el: MpEmailFormElement): Promise<void> {
  fill(el, '#field-postcode', 'SW1A 1AA');
  await press(el);
  await waitUntil(() => heading(el) === 'Eich llythyr', 'no MP found');
}
