import { html, nothing, type TemplateResult } from 'lit/html.js';

/**
 * The outer template of every widget: its body in the language it speaks, then
 * its live region. One function, so that a first view drawn by the embed
 * (first-view/) and the element's own render are the same template, which
 * Lit updates in place instead of replacing.
 */
export function widgetFrame(lang: string, body: unknown, live: unknown = nothing): TemplateResult {
  return html`<div class="root" part="base" lang=${lang}>${body}</div>
    ${live}`;
}
