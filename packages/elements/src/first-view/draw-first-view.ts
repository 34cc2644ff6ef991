import { adoptStyles, type CSSResult } from '@lit/reactive-element/css-tag.js';
import { html, render, type TemplateResult } from 'lit/html.js';
import { widgetFrame } from '../base/widget-frame.js';
import type { CatalogueBasics } from '../i18n/catalogue.js';
import { basics } from '../i18n/en/basics.js';
import { Format } from '../i18n/format.js';
import { resolveLanguage } from '../i18n/language-resolution.js';
import { type FirstViewActions, recordFirstView, takeFirstView } from './first-view-registry.js';

/**
 * The embed loader's in-flight answers to a widget's first GETs (`Placard.prefetched`),
 * in the order it asks them: the campaign, then for the timeline its first page.
 */
export type FirstResponses = readonly (Promise<Response> | undefined)[];

/** A widget's first-view module, as the embed loader calls it: true once drawn. */
export type ShowFirstView = (host: HTMLElement, responses: FirstResponses) => Promise<boolean>;

/**
 * The JSON of one of those answers, read from a copy: the element's store takes the
 * original later (store/prefetched-fetch.ts), and the first view is drawn before that.
 */
export async function jsonOf(response: Promise<Response> | undefined): Promise<unknown> {
  const original = await response;
  return original?.ok ? original.clone().json() : undefined;
}

/**
 * Draws a widget's first view into its host before the element's code has arrived:
 * the widget's own view template (the one the element renders), the sheets it adopts and
 * the areas of the English catalogue it shows, in the shadow root the element will
 * use. Needs only lit-html, so a page shows its widgets after one small download
 * instead of the whole interactive stack; the element, defined later, carries on
 * from this DOM (base/placard-element.ts). Draws nothing, and leaves the host
 * untouched, where the element would show something else first: a host already
 * upgraded or drawn, a language other than English (its catalogue comes with the
 * element), data the view does not expect.
 */
export function drawFirstView(
  host: HTMLElement,
  sheets: readonly CSSResult[],
  view: (format: Format<CatalogueBasics>, actions: FirstViewActions) => TemplateResult | undefined,
): boolean {
  if (host.shadowRoot || host.matches(':defined') || !host.isConnected) return false;
  const lang = resolveLanguage(host);
  if (!ENGLISH.test(lang)) return false;
  const actions: FirstViewActions = {};
  const body = view(new Format(lang, basics), actions);
  if (!body) return false;
  const template = widgetFrame({ lang, dir: basics.dir }, body);
  // The element's shadowRootOptions (LitElement's default), which it takes over as it is.
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [...sheets]);
  render(template, root, { host });
  recordFirstView(host, { template, actions });
  return true;
}

/**
 * Takes a first view back when the element's code could not be loaded: its controls
 * would wait for code that never comes. The page's own fallback inside the tag shows
 * instead, as if nothing had been drawn (through the same lit-html part, which an
 * element loaded later still renders over).
 */
export function withdrawFirstView(host: Element): void {
  if (!takeFirstView(host) || !host.shadowRoot) return;
  render(html`<slot></slot>`, host.shadowRoot, { host });
}

/** English, not the pseudo-locale (`en-XA`), whose catalogue is a chunk of its own. */
const ENGLISH = /^en(-(?!xa(-|$))|$)/i;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The campaign's JSON if it looks like one (the server's own answer, so a light check). */
export function campaignOf(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) && typeof value.status === 'string' && isObject(value.petition) ? value : undefined;
}
