/**
 * How the loader reports trouble without ever throwing into the host page: one
 * console warning per page (not one per tag), and a bubbling, composed
 * `placard-error` event the host can hook analytics to — the same event the
 * elements fire, with no personal data in it.
 */
let warned = false;

export function reportLoadFailure(message: string, error: unknown, targets: Iterable<Element>): void {
  if (!warned) {
    warned = true;
    console.warn(`[placard] ${message}`, error);
  }
  let dispatched = false;
  for (const target of targets) {
    dispatched = true;
    emitError(target, target.getAttribute('campaign') ?? '');
  }
  if (!dispatched) emitError(document, '');
}

function emitError(target: EventTarget, campaign: string): void {
  target.dispatchEvent(
    new CustomEvent('placard-error', { bubbles: true, composed: true, detail: { campaign, code: 'load_failed' } }),
  );
}
