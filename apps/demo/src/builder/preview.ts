import { type Language, themeRule, type WidgetTag } from './snippet.js';

export interface PreviewOptions {
  key: string;
  campaign: string;
  widgets: readonly WidgetTag[];
  language: Language;
}

/**
 * The builder's live preview: real widget tags created with DOM calls (never
 * markup strings), which the page's embed.js finds and upgrades like any tag
 * a single-page app inserts.
 */
export function renderPreview(container: HTMLElement, options: PreviewOptions): void {
  const widgets = options.widgets.map((tag) => {
    const element = document.createElement(tag);
    element.setAttribute('campaign', options.campaign);
    element.setAttribute('key', options.key);
    // As in the snippet: English adds no attribute, so the page's own English (en-GB) applies.
    if (options.language !== 'en') element.setAttribute('lang', options.language);
    return element;
  });
  container.replaceChildren(...widgets);
}

/**
 * Applies the chosen theme to the preview through a constructed stylesheet:
 * allowed under a strict Content-Security-Policy, unlike a `<style>` element
 * or a `style` attribute.
 */
export function createThemeSheet(selector: string): (theme: Readonly<Record<string, string>>) => void {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return (theme) => sheet.replaceSync(themeRule(selector, theme));
}
