import { DEMO_PUBLISHABLE_KEY, SEED_SLUG } from '@placard/contract/fixtures';
import type { Config } from '../config.js';
import { html, layout } from './html.js';

/** What `/` shows until the demo partner site is built. */
export function landingPage(config: Pick<Config, 'smtpUrl' | 'publicUrl'>): string {
  const snippet = [
    `<link rel="stylesheet" href="${config.publicUrl}/embed.css">`,
    `<script src="${config.publicUrl}/embed.js" data-key="${DEMO_PUBLISHABLE_KEY}" async></script>`,
    `<petition-counter campaign="${SEED_SLUG}"></petition-counter>`,
    `<campaign-timeline campaign="${SEED_SLUG}"></campaign-timeline>`,
    `<mp-email-form campaign="${SEED_SLUG}"></mp-email-form>`,
  ].join('\n');
  return layout(
    'Placard campaign API',
    html`<h1>Placard campaign API</h1>
<p>This server runs the campaign API that Placard's widgets talk to.</p>
<ul>
  <li><a href="/v1/docs">API reference</a></li>
  <li><a href="/v1/openapi.json">OpenAPI document</a> (<code>/v1/openapi.json</code>)</li>
  <li><a href="/v1/campaigns/${SEED_SLUG}">The seed campaign</a> and its <a href="/v1/campaigns/${SEED_SLUG}/petition">petition</a></li>
  ${config.smtpUrl ? '' : html`<li><a href="/dev/mail">Dev mailbox</a>: every mail this server sends, since no SMTP_URL is set</li>`}
</ul>
<h2>Embed the widgets</h2>
<p>Once the embed package is built, paste this into any page on an allowed origin:</p>
<pre><code>${snippet}</code></pre>`,
  );
}
