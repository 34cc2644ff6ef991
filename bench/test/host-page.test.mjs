import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snippetMaker } from '../lib/builder-snippet.mjs';
import { contentSecurityPolicy, startHostPage } from '../lib/host-page.mjs';

test("the partner page pastes the builder's snippet as it is and serves a strict CSP", async () => {
  const api = 'http://127.0.0.1:9';
  const host = await startHostPage(api);
  try {
    const res = await fetch(`${host.url}/counter`);
    const html = await res.text();
    assert.equal(res.status, 200);
    const snippet = (await snippetMaker(api))(['petition-counter']);
    assert.ok(html.includes(snippet), 'the snippet, byte for byte');
    assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:9\/embed\.js" data-key="pk_test_demo" async><\/script>/);
    assert.equal(res.headers.get('content-security-policy'), contentSecurityPolicy(api));
    assert.doesNotMatch(res.headers.get('content-security-policy'), /unsafe-inline|'self'.*script/);
    assert.doesNotMatch(html, /<mp-email-form/);
    assert.doesNotMatch(html, /style=|<style/, "the page's own CSS is a file");
    assert.match(html, /<link rel="stylesheet" href="\/host\.css">/);

    const all = await (await fetch(`${host.url}/all`)).text();
    assert.match(all, /<petition-counter[\s\S]*<campaign-timeline[\s\S]*<mp-email-form campaign="ban-chen-quanguo">/);
    assert.match(await (await fetch(`${host.url}/timeline`)).text(), /<campaign-timeline campaign=/);
    assert.match(await (await fetch(`${host.url}/mp-form`)).text(), /<mp-email-form campaign=/);

    const reserved = await (await fetch(`${host.url}/counter-reserved`)).text();
    assert.match(reserved, /href="\/reserved\.css"/);
    assert.doesNotMatch(html, /reserved\.css/);
    const css = await fetch(`${host.url}/reserved.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(await css.text(), /petition-counter:not\(:defined\) \{ display: block; min-height: 52\.75em; \}/);
    assert.equal((await fetch(`${host.url}/host.css`)).status, 200);
    assert.equal((await fetch(`${host.url}/nope`)).status, 404);
  } finally {
    await host.close();
  }
});

test('the CSP lets in only the Placard origin, and the page’s own styles', () => {
  assert.equal(
    contentSecurityPolicy('https://placard.example'),
    "default-src 'none'; script-src https://placard.example; style-src 'self' https://placard.example; " +
      'connect-src https://placard.example; img-src https://placard.example data:; font-src https://placard.example',
  );
});
