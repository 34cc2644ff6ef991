// Reading widgets the way a person does: visible text, roles, labels.
import { waitUntil } from '@open-wc/testing';
import type { PlacardElement } from '../src/base/placard-element.js';

export const KEY = 'pk_test_demo';
export const SLUG = 'ban-chen-quanguo';

export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The widget's text with whitespace collapsed. */
export function textOf(host: Element): string {
  return (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitForText(host: Element, text: string, timeout = 5000): Promise<void> {
  await waitUntil(
    () => textOf(host).includes(text),
    `<${host.localName}> never showed "${text}"; it shows: ${textOf(host).slice(0, 400)}`,
    { timeout },
  );
}

export async function waitForReady(host: PlacardElement, timeout = 5000): Promise<void> {
  await waitUntil(() => host.store?.loadState === 'ready', `<${host.localName}> never loaded`, { timeout });
  await host.updateComplete;
}

/** The element focused inside the widget's shadow root. */
export function focused(host: Element): Element | null {
  return host.shadowRoot?.activeElement ?? null;
}

/** Types into a shadow-root field as a person would (fires `input`). */
export function fill(host: Element, selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(host, selector);
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

export function check(host: Element, selector: string, checked = true): void {
  const box = $<HTMLInputElement>(host, selector);
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Collects events of one type from the document until stopped. */
export function recordEvents<T>(type: string): { events: CustomEvent<T>[]; stop(): void } {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}
