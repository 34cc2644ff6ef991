// A partner's page on its own origin (a second loopback port) with the
// builder's snippet pasted as-is where the widgets go, served with a strict
// Content-Security-Policy: scripts, styles, connections, images and fonts
// only from the Placard origin (styles also from the page's own), nothing
// inline. The page's own CSS is a file for the same reason. Text below the
// widgets shows whether they push the page around.
import { createServer } from 'node:http';
import { snippetMaker } from './builder-snippet.mjs';

const FILLER = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the partner's own article, which readers are part-way through when the widget loads.</p>`,
).join('\n');

const STYLESHEETS = {
  '/host.css': 'body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }\n',
  // What docs/partners.md advises a partner who wants the space reserved before the async loader runs.
  '/reserved.css': 'petition-counter:not(:defined) { display: block; min-height: 52.75em; }\n',
};

/** Each page: the widgets the partner chose in the builder, and the page's own stylesheets. */
export const PAGES = {
  counter: { widgets: ['petition-counter'], css: ['/host.css'] },
  timeline: { widgets: ['campaign-timeline'], css: ['/host.css'] },
  'mp-form': { widgets: ['mp-email-form'], css: ['/host.css'] },
  all: { widgets: ['petition-counter', 'campaign-timeline', 'mp-email-form'], css: ['/host.css'] },
  'counter-reserved': { widgets: ['petition-counter'], css: ['/host.css', '/reserved.css'] },
};

export function contentSecurityPolicy(apiOrigin) {
  return [
    "default-src 'none'",
    `script-src ${apiOrigin}`,
    `style-src 'self' ${apiOrigin}`,
    `connect-src ${apiOrigin}`,
    `img-src ${apiOrigin} data:`,
    `font-src ${apiOrigin}`,
  ].join('; ');
}

function html(snippet, css) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner site</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body>
<h1>Ban Chen Quanguo</h1>
<p>Our partner's introduction to the campaign, above the widget.</p>
${snippet}
${FILLER}
</body>
</html>`;
}

/**
 * Serves each page of PAGES at `/<name>` and the page's stylesheets; resolves
 * to `{ url, close() }`.
 */
export async function startHostPage(apiUrl) {
  const snippet = await snippetMaker(apiUrl);
  const csp = contentSecurityPolicy(new URL(apiUrl).origin);
  const pages = new Map(
    Object.entries(PAGES).map(([name, { widgets, css }]) => [`/${name}`, html(snippet(widgets), css)]),
  );
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (pages.has(path)) {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
      });
      res.end(pages.get(path));
    } else if (STYLESHEETS[path]) {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(STYLESHEETS[path]);
    } else {
      res.writeHead(404).end();
    }
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
