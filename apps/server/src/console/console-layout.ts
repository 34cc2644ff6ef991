import { html, type SafeHtml } from '../pages/html.js';
import type { StaffSession } from './staff-session.js';

/** The console's sections, in the order of its navigation. */
const SECTIONS = [
  ['campaigns', 'Campaigns', '/admin/campaigns'],
  ['mail', 'Letters and mail', '/admin/mail'],
  ['partners', 'Partners', '/admin/partners'],
  ['staff', 'Staff', '/admin/staff'],
  ['checklist', 'Go-live checklist', '/admin/checklist'],
] as const;

export type Section = (typeof SECTIONS)[number][0];

export interface PageOptions {
  title: string;
  section?: Section;
  session?: StaffSession;
  /** What the last action did, shown once at the top (our own words, never the request's). */
  notice?: string;
  /** A page that shows the widgets (the campaign's preview) loads the embed script. */
  embed?: boolean;
}

/** The hidden field every console form carries: writes without it are refused. */
export const csrfField = (session: StaffSession) => html`<input type="hidden" name="_csrf" value="${session.csrf}">`;

/**
 * A whole console page: no inline script or style (the CSP allows neither), a
 * skip link, the navigation with the current section marked, and sign-out.
 */
export function consolePage(o: PageOptions, body: SafeHtml): string {
  const nav = o.session
    ? html`<nav aria-label="Console"><ul>${SECTIONS.map(
        ([id, label, href]) =>
          html`<li><a href="${href}"${o.section === id ? html` aria-current="page"` : ''}>${label}</a></li>`,
      )}</ul></nav>
<form method="post" action="/admin/sign-out">${csrfField(o.session)}<button type="submit" class="secondary">Sign out ${o.session.name}</button></form>`
    : '';
  const notice = o.notice ? html`<div class="notice" role="status"><p>${o.notice}</p></div>` : '';
  const embed = o.embed ? html`<script src="/embed.js" async></script>` : '';
  return `<!doctype html>\n${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · Placard console</title><link rel="stylesheet" href="/admin/console.css"><link rel="icon" href="data:,">${embed}</head>
<body><a class="skip" href="#main">Skip to content</a>
<header><p class="brand">Placard console</p>${nav}</header>
<main id="main" tabindex="-1">${notice}<h1>${o.title}</h1>${body}</main></body></html>`}`;
}

/**
 * The console's policy: its own scripts (the embed, for previews) and styles only,
 * the API on the same origin, forms posting back here, never framed.
 */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
