import { html, nothing, type TemplateResult } from 'lit/html.js';

/** The language a widget's text is in, and its direction (`rtl` lays the widget out right to left). */
export interface Speech {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The outer template of every widget: its body in the language it speaks, then
 * its live region. One function, so that a first view drawn by the embed
 * (first-view/) and the element's own render are the same template, which
 * Lit updates in place instead of replacing.
 */
export function widgetFrame(speech: Speech, body: unknown, live: unknown = nothing): TemplateResult {
  return html`<div class="root" part="base" lang=${speech.lang} dir=${speech.dir}>${body}</div>
    ${live}`;
}
