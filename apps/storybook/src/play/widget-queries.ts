import type { MockState } from '@placard/mocks';
import { userEvent, waitFor } from 'storybook/test';

/**
 * Play functions reach into the widgets' open shadow roots the way a reader
 * finds things: a field by its visible label, a button by its name, text by
 * what it says. Every wait is bounded.
 */

const TIMEOUT_MS = 8000;

/** Polls `check` until it returns; on timeout throws its last error without testing-library's DOM dump. */
function until<T>(check: () => T): Promise<T> {
  return waitFor(check, {
    timeout: TIMEOUT_MS,
    interval: 50,
    onTimeout: (error) => new Error(error.message.split('\n\n')[0]),
  });
}

/** What the widget says, for failure messages. */
const shows = (root: ShadowRoot) => `; the widget shows: “${squash(root.textContent).slice(0, 600)}”`;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Text = string | RegExp;

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const matches = (text: string | null | undefined, wanted: Text) =>
  typeof wanted === 'string' ? squash(text).includes(wanted) : wanted.test(squash(text));

/** The rendered shadow root of the first `tag` in the story. */
export async function widgetRoot(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  return until(() => {
    const root = canvas.querySelector(tag)?.shadowRoot;
    if (!root?.firstElementChild) throw new Error(`<${tag}> has not rendered`);
    return root;
  });
}

/** Waits until the widget shows `text` (in an element that is not hidden) and returns that element. */
export async function findText(root: ShadowRoot, text: Text): Promise<Element> {
  return until(() => {
    const hits = [...root.querySelectorAll('*')].filter(
      (element) =>
        matches(element.textContent, text) && ![...element.children].some((c) => matches(c.textContent, text)),
    );
    const shown = hits.find((element) => element.checkVisibility?.() ?? true);
    if (!shown) throw new Error(`the widget does not show “${text}”${shows(root)}`);
    return shown;
  });
}

/** Waits until the widget no longer shows `text`. */
export async function textGone(root: ShadowRoot, text: Text): Promise<void> {
  await until(() => {
    if (matches(root.textContent, text)) throw new Error(`the widget still shows “${text}”${shows(root)}`);
  });
}

/** A form control by the text of its label. */
export async function findField(root: ShadowRoot, label: Text): Promise<Field> {
  return until(() => {
    const field = [...root.querySelectorAll<Field>('input, textarea, select')].find((control) =>
      [...(control.labels ?? [])].some((each) => matches(each.textContent, label)),
    );
    if (!field) throw new Error(`no field labelled “${label}”${shows(root)}`);
    return field;
  });
}

/** A button (or link styled as one) by its accessible text. */
export async function findButton(root: ShadowRoot, name: Text): Promise<HTMLElement> {
  return until(() => {
    const button = [...root.querySelectorAll<HTMLElement>('button, [role="button"]')].find(
      (each) => matches(each.getAttribute('aria-label') ?? each.textContent, name) && !each.hidden,
    );
    if (!button) throw new Error(`no button “${name}”${shows(root)}`);
    return button;
  });
}

/**
 * Puts `value` into a field and fires the events typing would (input, then
 * change). user-event's typing cannot follow focus into a shadow root.
 */
export async function fill(root: ShadowRoot, label: Text, value: string): Promise<void> {
  const field = await findField(root, label);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Ticks a checkbox by its label (if it is not ticked already). */
export async function tick(root: ShadowRoot, label: Text): Promise<void> {
  const box = await findField(root, label);
  if (box instanceof HTMLInputElement && !box.checked) await userEvent.click(box);
}

export async function press(root: ShadowRoot, name: Text): Promise<void> {
  await userEvent.click(await findButton(root, name));
}

/** Waits until a widget has the live event stream open, so a pushed event reaches it. */
export async function liveStreamOpen(state: MockState): Promise<void> {
  await until(() => {
    if (state.listeners.size === 0) throw new Error('no widget has opened the live event stream');
  });
}

/**
 * Waits until the widget speaks `locale` (its frame's `lang`, once the language's
 * file is in) and shows `selector`: a state found by structure, in any language.
 */
export async function readyIn(canvas: HTMLElement, tag: string, locale: string, selector: string): Promise<ShadowRoot> {
  const root = await widgetRoot(canvas, tag);
  await until(() => {
    const lang = root.querySelector('[part~="base"]')?.getAttribute('lang');
    if (lang !== locale) throw new Error(`<${tag}> speaks ${lang}, not ${locale}`);
    if (!root.querySelector(selector)) throw new Error(`<${tag}> shows no ${selector}${shows(root)}`);
  });
  return root;
}
