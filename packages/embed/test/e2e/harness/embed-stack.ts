import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../../scripts/browser-tests/chromium.js';
import { type PlacardServer, startPlacardServer } from '../../../../../scripts/browser-tests/placard-server.js';
import { hostPage, serveHtml, serveText, strictCsp } from './host-pages.js';
import { type HttpSite, type Route, startHttpSite } from './http-site.js';
import { type SmtpInbox, startSmtpInbox } from './smtp-inbox.js';

export const distDir = join(import.meta.dirname, '../../../dist');
/** Where the stand-in CDN serves dist/: a versioned sub-path, as a real CDN would. */
export const CDN_PATH = '/cdn/placard/0.1.0/';
/** A CDN path where only the loader was uploaded: every chunk is a 404. */
export const BROKEN_CDN_PATH = '/broken/';

export interface HostPageOptions {
  body: string;
  /** Extra markup for <head> after the defaults (e.g. the script tag). */
  head?: string;
  /** Defaults to the loader from the Placard server, classic and async. */
  script?: string;
  /** Host stylesheet served from the host origin at `<path>.css` and allowed by the CSP. */
  hostCss?: string;
  /** The host's own script, served from the host origin at `<path>.js` before the loader, and allowed by the CSP. */
  hostScript?: string;
  /** Overrides the CSP's script origin (e.g. the stand-in CDN). */
  scriptOrigin?: string;
}

export interface EmbedStack {
  placard: PlacardServer;
  inbox: SmtpInbox;
  /** The partner's site: another origin, every page sent with the strict CSP. */
  host: HttpSite;
  /** A stand-in CDN on a third origin serving dist/ under CDN_PATH, with CORS. */
  cdn: HttpSite;
  browser: Browser;
  /** Publishes a host page at `path` and returns its URL. */
  page(path: string, options: HostPageOptions): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serveDist(prefix: string, path: string): Route | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const file = normalize(path.slice(prefix.length));
  if (file.startsWith('..') || !(file === 'embed.js' || file.startsWith('embed/'))) return undefined;
  return (_request, response) => {
    let body: Buffer;
    try {
      body = readFileSync(join(distDir, file));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  };
}

/**
 * Everything the end-to-end tests need, started once per test file: a local
 * SMTP server, the real Placard server writing to it, a partner site on
 * another origin, a stand-in CDN, and one headless Chromium.
 */
export async function startEmbedStack(): Promise<EmbedStack> {
  // The browser first: it is what a machine most often lacks, and when it cannot
  // start nothing else is running yet. Whatever started before a later failure
  // is closed again, so a failed start never leaves the test run waiting.
  const browser = await launchChromium();
  const started: Array<() => Promise<unknown>> = [() => browser.close()];
  const closeStarted = async () => {
    for (const close of started.reverse()) await close().catch(() => {});
  };
  try {
    const inbox = await startSmtpInbox();
    started.push(() => inbox.close());
    const placard = await startPlacardServer({ smtpUrl: inbox.url, embedDir: distDir });
    started.push(() => placard.close());
    const routes = new Map<string, Route>();
    // 127.0.0.1 for the server, "localhost" for the partner: two different origins, both allowed by pk_test_demo.
    const hostSite = await startHttpSite('127.0.0.1', (path) => routes.get(path));
    started.push(() => hostSite.close());
    const host = { ...hostSite, origin: hostSite.origin.replace('127.0.0.1', 'localhost') };
    const cdn = await startHttpSite('127.0.0.1', (path) => {
      if (!path.startsWith(BROKEN_CDN_PATH)) return serveDist(CDN_PATH, path);
      if (path === `${BROKEN_CDN_PATH}embed.js`) return serveDist(BROKEN_CDN_PATH, path);
      return (_request, response) => {
        response.writeHead(404, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' }).end('not found');
      };
    });
    started.push(() => cdn.close());
    return stack({ browser, inbox, placard, routes, host, cdn, close: closeStarted });
  } catch (error) {
    await closeStarted();
    throw error;
  }
}

/** The started parts, with `page()` publishing partner pages on the host site. */
function stack(parts: Omit<EmbedStack, 'page'> & { routes: Map<string, Route> }): EmbedStack {
  const { routes, placard, host, ...rest } = parts;
  return {
    ...rest,
    placard,
    host,
    page(path, options) {
      const scriptOrigin = options.scriptOrigin ?? placard.origin;
      const script =
        options.script ?? `<script src="${placard.origin}/embed.js" data-key="pk_test_demo" async></script>`;
      let head = script + (options.head ?? '');
      if (options.hostScript !== undefined) {
        routes.set(`${path}.js`, serveText(options.hostScript, 'text/javascript'));
        head = `<script src="${path}.js"></script>\n${head}`;
      }
      if (options.hostCss !== undefined) {
        routes.set(`${path}.css`, serveText(options.hostCss, 'text/css'));
        head = `<link rel="stylesheet" href="${path}.css">\n${head}`;
      }
      const csp = strictCsp({
        scriptOrigin,
        apiOrigin: placard.origin,
        ...(options.hostCss !== undefined ? { hostStyles: "'self'" } : {}),
        ...(options.hostScript !== undefined ? { hostScripts: "'self'" } : {}),
      });
      const html = hostPage({ title: `Partner page ${path}`, head, body: options.body });
      routes.set(path, serveHtml(html, csp));
      return `${host.origin}${path}`;
    },
  };
}
