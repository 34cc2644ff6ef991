import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPrivateAddress, refuseWebhookUrl } from '../../src/webhooks/address-policy.js';
import { WEBHOOK_RETRY_DELAYS_MS, webhookRetryDelay } from '../../src/webhooks/worker.js';

describe('webhook address policy', () => {
  it('knows private, loopback, link-local and reserved addresses, v4 and v6', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
    ]) {
      assert.equal(isPrivateAddress(address), true, address);
    }
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      assert.equal(isPrivateAddress(address), false, address);
    }
  });

  it('takes https anywhere public, and http to this machine only outside production', () => {
    const dev = { production: false };
    const prod = { production: true };
    assert.equal(refuseWebhookUrl('https://hooks.example.org/x', prod), null);
    assert.equal(refuseWebhookUrl('https://hooks.example.org/x', dev), null);
    assert.equal(refuseWebhookUrl('http://127.0.0.1:9000/x', dev), null);
    assert.equal(refuseWebhookUrl('http://localhost:9000/x', dev), null);
    assert.notEqual(refuseWebhookUrl('http://127.0.0.1:9000/x', prod), null);
    assert.notEqual(refuseWebhookUrl('http://hooks.example.org/x', dev), null);
    assert.notEqual(refuseWebhookUrl('http://10.0.0.2/x', dev), null);
    assert.notEqual(refuseWebhookUrl('https://10.0.0.2/x', prod), null);
    assert.notEqual(refuseWebhookUrl('https://[::1]/x', prod), null);
    assert.notEqual(refuseWebhookUrl('https://printer.local/x', prod), null);
    assert.notEqual(refuseWebhookUrl('https://user:pass@hooks.example.org/x', prod), null);
    assert.notEqual(refuseWebhookUrl('ftp://hooks.example.org/x', dev), null);
  });

  it('backs off 30 s, 2 min, 10 min, 1 h, … and repeats the last wait', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => webhookRetryDelay(n, WEBHOOK_RETRY_DELAYS_MS)),
      [30_000, 120_000, 600_000, 3_600_000],
    );
    assert.equal(webhookRetryDelay(99, [100, 200]), 200);
  });
});
