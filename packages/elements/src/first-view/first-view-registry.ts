import type { TemplateResult } from 'lit/html.js';

/**
 * What the embed's first views (draw-first-view.ts) leave for the elements that
 * take over from them: the template drawn into each host, which the element keeps
 * showing until it can draw its own, and what the supporter did before then (a
 * press of "Sign the petition" before the element's code arrived), which the element
 * carries out once it can. Both sides import this module, so in the embed build it
 * lives in the chunk they share and holds one state; with the elements alone (from
 * npm) nobody draws a first view and it stays empty.
 */
export type EarlyAction = 'open-form' | 'show-more' | 'find-mp';

/** What the supporter did on a first view, noted by its controls. */
export interface FirstViewActions {
  /** A button pressed. */
  early?: EarlyAction;
  /** Text typed into the first view's field. */
  typed?: string;
}

export interface FirstView {
  readonly template: TemplateResult;
  readonly actions: FirstViewActions;
}

const drawn = new WeakMap<Element, FirstView>();

export function recordFirstView(host: Element, view: FirstView): void {
  drawn.set(host, view);
}

/** The host's first view, handed over once: the element that takes it owns it from then on. */
export function takeFirstView(host: Element): FirstView | undefined {
  const view = drawn.get(host);
  drawn.delete(host);
  return view;
}
