import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startHostPage } from '../lib/host-page.mjs';

test('the partner page embeds the loader from the API origin with the demo key', async () => {
  const host = await startHostPage('http://127.0.0.1:9');
  try {
    const res = await fetch(`${host.url}/counter`);
    const html = await res.text();
    assert.equal(res.status, 200);
    assert.match(html, /<script src="http:\/\/127\.0\.0\.1:9\/embed\.js" data-key="pk_test_demo" async><\/script>/);
    assert.match(html, /<petition-counter campaign="ban-chen-quanguo">/);
    assert.doesNotMatch(html, /<mp-email-form/);
    assert.match(await (await fetch(`${host.url}/all`)).text(), /<mp-email-form campaign="ban-chen-quanguo">/);
    const reserved = await (await fetch(`${host.url}/counter-reserved`)).text();
    assert.match(reserved, /petition-counter:not\(:defined\) \{ display: block; min-height: 52\.75em; \}/);
    assert.doesNotMatch(html, /:not\(:defined\)/);
    assert.equal((await fetch(`${host.url}/nope`)).status, 404);
  } finally {
    await host.close();
  }
});
