/**
 * Where focus is inside a first view, and a function that puts it back on the same
 * control if the element's own render replaced that node: the timeline's first view
 * lists its entries without lit's keyed `repeat`, which the element uses, so Lit
 * redraws the items (a "Read more" link tabbed to in the meantime) at the hand-over.
 * A control is found again by the entry it is in (`data-id`) and its `part`.
 */
export function carryFocus(root: Element | ShadowRoot | DocumentFragment): () => void {
  const active = root instanceof ShadowRoot ? root.activeElement : null;
  if (!active) return () => {};
  const entry = active.closest('[data-id]')?.getAttribute('data-id');
  const part = active.getAttribute('part');
  return () => {
    if (active.isConnected) return;
    const scope = entry ? root.querySelector(`[data-id="${CSS.escape(entry)}"]`) : root;
    const selector = part ? `[part="${CSS.escape(part)}"]` : undefined;
    const again =
      selector && scope instanceof Element && !scope.matches(selector) ? scope.querySelector(selector) : scope;
    if (again instanceof HTMLElement) again.focus();
  };
}
