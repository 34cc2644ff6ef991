/**
 * The small Markdown the OpenAPI document's descriptions are written in, as
 * HTML for the reference page: paragraphs, `- ` and `1. ` lists, `code`,
 * **bold** and [links](/v1/openapi.json). Nothing else is markup: raw HTML,
 * headings, images and the rest stay text.
 *
 * Written here rather than taken from npm: the descriptions use only this much,
 * and a general renderer (marked, markdown-it) passes raw HTML through unless
 * told otherwise and would be a dependency of the server for one page. Safety
 * does not rest on parsing right: every piece of text goes out through the
 * escaping `html` tag, so only this module's own tags are ever markup, and a
 * link's address must be http(s) or relative (`safeHref`), else the link is
 * dropped and its text kept.
 */
import { html, SafeHtml } from './html.js';

/** How deep `**` may nest inside links and each other before the rest is plain text. */
const MAX_DEPTH = 6;

/** Controls, spaces and backslashes: browsers drop the first from URLs and read a backslash as `/`. */
function strippedOrReread(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\\';
}

/**
 * A link target the page may carry: an absolute `http:`/`https:` address or a
 * relative one (`/v1/openapi.json`, `#errors`, `schemas.html`). Anything with
 * another scheme (`javascript:`, `data:`, `vbscript:`), a protocol-relative
 * `//host`, or characters browsers strip or reinterpret (controls, spaces,
 * backslashes) is refused: null.
 */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  if (!url || [...url].some(strippedOrReread)) return null;
  if (/^https?:\/\/[^/]/i.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  if (url.startsWith('//')) return null;
  // A colon before the first slash, ? or # would read as a scheme.
  if (/^[^/?#]*:/.test(url)) return null;
  return url;
}

/** The end of the code span opening at `start` (a run of backticks), or -1 when it is not closed. */
function codeSpanEnd(text: string, start: number): { end: number; ticks: number } {
  let ticks = 0;
  while (text[start + ticks] === '`') ticks++;
  let at = start + ticks;
  while (at < text.length) {
    const next = text.indexOf('`', at);
    if (next < 0) break;
    let run = 0;
    while (text[next + run] === '`') run++;
    if (run === ticks) return { end: next, ticks };
    at = next + run;
  }
  return { end: -1, ticks };
}

/** Past a backslash escape or a code span starting at `at` (their insides are never markup); else `at`. */
function skipLiteral(text: string, at: number): number {
  if (text[at] === '\\') return at + 1;
  if (text[at] !== '`') return at;
  const span = codeSpanEnd(text, at);
  return span.end >= 0 ? span.end + span.ticks - 1 : at + span.ticks - 1;
}

/** The index of the `]` closing the `[` at `start`, skipping code spans and nested brackets; -1 if none. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (char === '\\' || char === '`') {
      at = skipLiteral(text, at);
    } else if (char === '[') {
      depth++;
    } else if (char === ']') {
      depth--;
      if (depth === 0) return at;
    }
  }
  return -1;
}

/** The index of the `**` closing the one at `start`, skipping code spans; -1 if none. */
function closingStars(text: string, start: number): number {
  for (let at = start + 2; at < text.length; at++) {
    const char = text[at];
    if (char === '\\' || char === '`') {
      at = skipLiteral(text, at);
    } else if (text.startsWith('**', at) && at > start + 2 && !/\s/.test(text[at - 1] ?? ' ')) {
      return at;
    }
  }
  return -1;
}

const ESCAPABLE = /[\\`*_[\]()#+\-.!<>]/;

function inlineParts(text: string, depth: number, inLink: boolean): Array<string | SafeHtml> {
  const parts: Array<string | SafeHtml> = [];
  let plain = '';
  const flush = () => {
    if (plain) parts.push(plain);
    plain = '';
  };
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === '\\' && ESCAPABLE.test(text[at + 1] ?? '')) {
      plain += text[at + 1];
      at += 2;
      continue;
    }
    if (char === '`') {
      const { end, ticks } = codeSpanEnd(text, at);
      if (end < 0) {
        plain += '`'.repeat(ticks);
        at += ticks;
        continue;
      }
      let code = text.slice(at + ticks, end).replace(/\n/g, ' ');
      if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
      flush();
      parts.push(html`<code>${code}</code>`);
      at = end + ticks;
      continue;
    }
    if (char === '*' && text[at + 1] === '*' && depth < MAX_DEPTH && !/\s/.test(text[at + 2] ?? ' ')) {
      const end = closingStars(text, at);
      if (end >= 0) {
        flush();
        parts.push(html`<strong>${inlineParts(text.slice(at + 2, end), depth + 1, inLink)}</strong>`);
        at = end + 2;
        continue;
      }
    }
    if (char === '[' && !inLink && depth < MAX_DEPTH) {
      const close = closingBracket(text, at);
      const target = close >= 0 && text[close + 1] === '(' ? /^\(([^()\s]*)\)/.exec(text.slice(close + 1)) : null;
      if (target) {
        const label = inlineParts(text.slice(at + 1, close), depth + 1, true);
        const href = safeHref(target[1] ?? '');
        flush();
        // A refused address keeps the link's text and loses the link.
        parts.push(href ? html`<a href="${href}">${label}</a>` : html`${label}`);
        at = close + 1 + (target[0]?.length ?? 0);
        continue;
      }
    }
    plain += char;
    at++;
  }
  flush();
  return parts;
}

/** One line or paragraph's worth of Markdown: code, bold and links, everything else escaped. */
export function markdownInline(text: string): SafeHtml {
  return html`${inlineParts(text, 0, false)}`;
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

/**
 * Descriptions as blocks: paragraphs (separated by blank lines), bulleted and
 * numbered lists (an indented or plain line after an item continues it).
 */
export function markdown(source: string | undefined): SafeHtml {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of (source ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const item = bullet ?? NUMBERED.exec(line);
    const open = current as Block | null;
    if (item) {
      const kind = bullet ? 'ul' : 'ol';
      if (open?.kind === kind) {
        open.items.push(item[1] ?? '');
      } else {
        current = { kind, items: [item[1] ?? ''] };
        blocks.push(current);
      }
    } else if (open && open.kind !== 'p') {
      open.items[open.items.length - 1] += ` ${line.trim()}`;
    } else if (open) {
      open.lines.push(line.trim());
    } else {
      current = { kind: 'p', lines: [line.trim()] };
      blocks.push(current);
    }
  }
  return new SafeHtml(
    blocks
      .map((block) =>
        block.kind === 'p'
          ? html`<p>${markdownInline(block.lines.join(' '))}</p>`.value
          : block.kind === 'ul'
            ? html`<ul>${block.items.map((item) => html`<li>${markdownInline(item)}</li>`)}</ul>`.value
            : html`<ol>${block.items.map((item) => html`<li>${markdownInline(item)}</li>`)}</ol>`.value,
      )
      .join('\n'),
  );
}
