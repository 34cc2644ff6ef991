import { ContextRoot } from '@lit/context';

// Registered symbol: a second copy of the library sees the same flag and does
// not attach a second root (which would replay every request twice).
const ATTACHED = Symbol.for('placard.context-root@1');

/**
 * Lets a `<placard-campaign>` that upgrades after its children still provide
 * their store: the root keeps unanswered requests and replays them when a
 * provider appears.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement as HTMLElement & { [ATTACHED]?: true };
  if (root[ATTACHED]) return;
  root[ATTACHED] = true;
  new ContextRoot().attach(root);
}
