import type { Route } from './http-site.js';

/**
 * The Content-Security-Policy from the partner docs: nothing is allowed but
 * scripts and styles from the widget origin and API calls to the API origin —
 * no 'unsafe-inline', no 'unsafe-eval'. `hostStyles` adds the host's own
 * stylesheet origin (a real host page has its CSS too).
 */
export function strictCsp(o: {
  scriptOrigin: string;
  apiOrigin: string;
  hostStyles?: string;
  hostScripts?: string;
}): string {
  const styles = [o.scriptOrigin, o.hostStyles].filter(Boolean).join(' ');
  const scripts = [o.scriptOrigin, o.hostScripts].filter(Boolean).join(' ');
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    `connect-src ${o.apiOrigin}`,
    `style-src ${styles}`,
    `img-src ${o.scriptOrigin} data:`,
  ].join('; ');
}

/** A partner page: no inline script or style anywhere; an empty data: favicon so nothing else is fetched. */
export function hostPage(o: { title: string; head?: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${o.title}</title>
<link rel="icon" href="data:,">
${o.head ?? ''}
</head>
<body>
${o.body}
</body>
</html>
`;
}

export function serveHtml(html: string, csp: string): Route {
  return (_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'cache-control': 'no-store',
    });
    response.end(html);
  };
}

export function serveText(body: string, contentType: string): Route {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    response.end(body);
  };
}
