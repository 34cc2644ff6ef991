import type { Language } from '@placard/contract';

// The widgets' languages are the contract's list, so the builder offers every one.

/**
 * The embed snippet a partner copies from the builder. Every value that comes
 * from the form is escaped for the place it lands in, so a campaign name typed
 * with quotes or angle brackets cannot break out of its attribute.
 */
export const WIDGET_TAGS = ['petition-counter', 'campaign-timeline', 'mp-email-form'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

export { LANGUAGES, type Language } from '@placard/contract';

export interface SnippetOptions {
  /** Absolute URL of embed.js. */
  scriptUrl: string;
  key: string;
  campaign: string;
  widgets: readonly WidgetTag[];
  /** English is the default, so it adds no attribute. */
  language: Language;
  /** Custom properties that differ from the widgets' defaults, e.g. `{ '--placard-color-accent': '#8a1538' }`. */
  theme: Readonly<Record<string, string>>;
  /**
   * Pin one version: its immutable URLs (`/embed/<version>/…`) with Subresource Integrity, from
   * the server's `/embed/integrity.json`. The partner's page then never changes under them.
   */
  pin?: PinnedVersion;
}

export interface PinnedVersion {
  version: string;
  /** SRI hashes of the version's files, by path (`embed.js`, `embed.css`). */
  integrity: Readonly<Record<string, string>>;
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const CUSTOM_PROPERTY = /^--placard-[a-z0-9-]+$/;
/** Colours from `<input type="color">` and lengths like `8px`: nothing that can close a rule or a `<style>`. */
const SAFE_CSS_VALUE = /^(#[0-9a-f]{3,8}|\d+(\.\d+)?(px|rem|em|%)?)$/i;

/**
 * `embed.css` beside `embed.js`: each widget's reserved block size until it is defined. The
 * loader adopts the same rules when it runs, but an async script runs after the page's first
 * paint, so without the stylesheet the widgets would push the page down once (docs/partners.md).
 */
function reservedSpaceStylesheet(scriptUrl: string): string {
  return new URL('embed.css', scriptUrl).href;
}

/** ` integrity="…" crossorigin="anonymous"` for a pinned file (the browser checks the bytes). */
function integrityOf(pin: PinnedVersion | undefined, file: string): string {
  const hash = pin?.integrity[file];
  return hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
}

export function buildSnippet(options: SnippetOptions): string {
  const { pin } = options;
  const scriptUrl = pin ? new URL(`/embed/${pin.version}/embed.js`, options.scriptUrl).href : options.scriptUrl;
  const lines = [
    `<link rel="stylesheet" href="${escapeAttribute(reservedSpaceStylesheet(scriptUrl))}"${integrityOf(pin, 'embed.css')}>`,
    `<script src="${escapeAttribute(scriptUrl)}"${integrityOf(pin, 'embed.js')} data-key="${escapeAttribute(options.key)}" async></script>`,
  ];
  const declarations = Object.entries(options.theme).filter(
    ([name, value]) => CUSTOM_PROPERTY.test(name) && SAFE_CSS_VALUE.test(value),
  );
  if (declarations.length > 0 && options.widgets.length > 0) {
    lines.push(
      '<style>',
      `  ${options.widgets.join(', ')} {`,
      ...declarations.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
    );
  }
  lines.push('');
  const language = options.language === 'en' ? '' : ` lang="${escapeAttribute(options.language)}"`;
  for (const tag of options.widgets) {
    lines.push(`<${tag} campaign="${escapeAttribute(options.campaign)}"${language}></${tag}>`);
  }
  return `${lines.join('\n')}\n`;
}

/** The theme custom properties, as a CSS rule for the live preview. */
export function themeRule(selector: string, theme: Readonly<Record<string, string>>): string {
  const declarations = Object.entries(theme)
    .filter(([name, value]) => CUSTOM_PROPERTY.test(name) && SAFE_CSS_VALUE.test(value))
    .map(([name, value]) => `${name}: ${value};`);
  return `${selector} { ${declarations.join(' ')} }`;
}
