const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything that goes into HTML goes through here: no user text is ever markup. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** HTML built only from escaped values and this module's own markup. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

/**
 * A template tag that escapes every interpolated value unless it is already SafeHtml. The
 * server's one: every page it renders goes through it, and what it makes is a plain string
 * at once (hono/html's may be a promise).
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    const parts = Array.isArray(value) ? value : [value];
    out += parts.map((part) => (part instanceof SafeHtml ? part.value : escapeHtml(part))).join('');
    out += strings[index + 1] ?? '';
  });
  return new SafeHtml(out);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:52rem;margin:0 auto;padding:2rem 1.25rem}
h1{font-size:1.75rem;margin:.2em 0}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}h3{margin-bottom:.3rem}
code,pre{font:14px/1.45 ui-monospace,monospace;background:#eee;border-radius:4px}code{padding:.05em .3em}
pre{padding:.75rem;overflow:auto}table{border-collapse:collapse;width:100%;margin:.5rem 0}
td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top}
.op{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.25rem 1rem 1rem;margin:1rem 0}
.method{font-weight:700;font-family:ui-monospace,monospace}a{color:#0b5cad}
nav ul{columns:2}.muted{color:#555}
button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#0b5cad;color:#fff;cursor:pointer}`;

/** A whole page: our own inline style only, no scripts. In English unless told otherwise. */
export function layout(title: string, body: SafeHtml, speech = { lang: 'en', dir: 'ltr' }): string {
  return `<!doctype html>\n${html`<html lang="${speech.lang}" dir="${speech.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body><main>${body}</main></body></html>`}`;
}

/** Our pages carry no script and load nothing from elsewhere. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/**
 * A page whose one form posts back to this server (the confirmation page):
 * still no script, and never framed, so another site cannot dress up its
 * button and trick a click.
 */
export const FORM_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
