/**
 * The snippet builder page: the form drives the generated snippet and a live
 * preview of real widgets. All markup the user can influence is built with
 * DOM calls or escaped by buildSnippet; nothing is assigned as HTML.
 */
import { SlugSchema } from '@placard/contract';
import * as v from 'valibot';
import { copyText } from './clipboard.js';
import { createThemeSheet, renderPreview } from './preview.js';
import {
  buildSnippet,
  LANGUAGES,
  type Language,
  type PinnedVersion,
  type SnippetOptions,
  WIDGET_TAGS,
  type WidgetTag,
} from './snippet.js';
import { THEME_PROPERTIES } from './theme-properties.js';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The builder page is missing #${id}.`);
  return element;
}

const form = byId('builder-form', HTMLFormElement);
const campaignInput = byId('campaign', HTMLInputElement);
const campaignError = byId('campaign-error', HTMLElement);
const themeFieldset = byId('theme', HTMLFieldSetElement);
const output = byId('snippet', HTMLTextAreaElement);
const copyButton = byId('copy', HTMLButtonElement);
const copyStatus = byId('copy-status', HTMLElement);
const preview = byId('preview', HTMLElement);
const resetTheme = byId('reset-theme', HTMLButtonElement);
const pinBox = byId('pin', HTMLInputElement);
const pinHint = byId('pin-hint', HTMLElement);
/** The newest version this server keeps for ever, and its files' SRI hashes (/embed/integrity.json). */
let latest: PinnedVersion | undefined;
// On the widgets themselves, to beat the site's own brand rule for the tags.
const applyTheme = createThemeSheet('#preview > *');

for (const property of THEME_PROPERTIES) {
  const label = document.createElement('label');
  label.className = 'colour-field';
  const input = document.createElement('input');
  input.type = 'color';
  input.name = property.name;
  input.value = property.defaultValue;
  const text = document.createElement('span');
  text.textContent = property.label;
  label.append(input, text);
  themeFieldset.append(label);
}

function readOptions(): SnippetOptions {
  const data = new FormData(form);
  const widgets = data.getAll('widget').filter((tag): tag is WidgetTag => WIDGET_TAGS.includes(tag as WidgetTag));
  const language = String(data.get('language'));
  const theme: Record<string, string> = {};
  for (const property of THEME_PROPERTIES) {
    const value = String(data.get(property.name) ?? property.defaultValue).toLowerCase();
    if (value !== property.defaultValue) theme[property.name] = value;
  }
  return {
    scriptUrl: new URL('/embed.js', location.href).href,
    key: String(data.get('key') ?? '').trim(),
    campaign: String(data.get('campaign') ?? '').trim(),
    widgets,
    language: LANGUAGES.includes(language as Language) ? (language as Language) : 'en',
    theme,
    ...(pinBox.checked && latest ? { pin: latest } : {}),
  };
}

/** Offers "pin this version" once the server says which versions it keeps. */
async function loadPinnableVersion(): Promise<void> {
  try {
    const response = await fetch(new URL('/embed/integrity.json', location.href));
    const body = (await response.json()) as { latest: string | null; versions: Record<string, Record<string, string>> };
    const integrity = body.latest ? body.versions[body.latest] : undefined;
    if (!body.latest || !integrity?.['embed.js']) throw new Error('no pinnable version');
    latest = { version: body.latest, integrity };
    pinBox.disabled = false;
    pinHint.textContent = `Version ${body.latest}: its files never change, and the browser checks them (Subresource Integrity). Update the snippet yourself to get new features.`;
  } catch {
    pinBox.disabled = true;
    pinHint.textContent = 'This server offers no pinned versions.';
  }
  update();
}

/** Shows the slug rule next to the field; returns whether the slug is usable. */
function checkCampaign(campaign: string): boolean {
  const result = v.safeParse(SlugSchema, campaign);
  const message = result.success ? '' : (result.issues[0]?.message ?? 'Enter a campaign name.');
  campaignError.textContent = message;
  campaignError.hidden = result.success;
  campaignInput.setAttribute('aria-invalid', String(!result.success));
  return result.success;
}

let previewKey = '';
let previewTimer: ReturnType<typeof setTimeout> | undefined;

function update(): void {
  const options = readOptions();
  output.value = buildSnippet(options);
  copyStatus.textContent = '';
  applyTheme(options.theme);
  if (!checkCampaign(options.campaign)) return;
  // Recreate the widgets only when what they load changes, not for a colour.
  const key = JSON.stringify([options.key, options.campaign, options.widgets, options.language]);
  if (key === previewKey) return;
  previewKey = key;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => renderPreview(preview, options), 300);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
resetTheme.addEventListener('click', () => {
  for (const property of THEME_PROPERTIES) {
    const input = form.elements.namedItem(property.name);
    if (input instanceof HTMLInputElement) input.value = property.defaultValue;
  }
  update();
});
copyButton.addEventListener('click', async () => {
  const copied = await copyText(output.value, output);
  copyStatus.textContent = copied ? 'Snippet copied.' : 'Could not copy: select the snippet and copy it yourself.';
});

update();
void loadPinnableVersion();
