// A partner's page on its own origin (a second loopback port), embedding the
// widgets from the Placard server with the one script tag, the way a partner
// pastes it. Text below the widgets shows whether they push the page around.
import { createServer } from 'node:http';

const FILLER = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the partner's own article, which readers are part-way through when the widget loads.</p>`,
).join('\n');

const COUNTER =
  '<petition-counter campaign="ban-chen-quanguo"><a href="https://example.org/sign">Sign the petition</a></petition-counter>';

const WIDGETS = {
  counter: COUNTER,
  // The same, on a page that reserves the widget's space in its own stylesheet as
  // docs/partners.md advises, so nothing waits for the async loader to do it.
  'counter-reserved': COUNTER,
  all: [
    COUNTER,
    '<campaign-timeline campaign="ban-chen-quanguo"></campaign-timeline>',
    '<mp-email-form campaign="ban-chen-quanguo"></mp-email-form>',
  ].join('\n'),
};

const PARTNER_CSS = {
  'counter-reserved': 'petition-counter:not(:defined) { display: block; min-height: 52.75em; }',
};

function page(apiUrl, widgets, partnerCss = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner site</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; }${partnerCss}</style>
<script src="${apiUrl}/embed.js" data-key="pk_test_demo" async></script>
</head>
<body>
<h1>Ban Chen Quanguo</h1>
<p>Our partner's introduction to the campaign, above the widget.</p>
${widgets}
${FILLER}
</body>
</html>`;
}

/**
 * Serves `/counter` (a petition counter), `/counter-reserved` (the same, its space reserved by
 * the partner's CSS) and `/all` (all three widgets); resolves to `{ url, close() }`.
 */
export function startHostPage(apiUrl) {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    if (name === 'favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const widgets = WIDGETS[name];
    if (!widgets) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page(apiUrl, widgets, PARTNER_CSS[name]));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
