/**
 * What a supporter typed, kept in sessionStorage per widget and campaign so a
 * reload loses nothing; cleared once the submission succeeds. Storage may be
 * blocked (privacy modes, sandboxed iframes): then drafts are simply not kept.
 */
export class SessionDraft<T extends object> {
  readonly storageKey: string;

  constructor(element: string, campaign: string) {
    this.storageKey = `placard:draft:${element}:${campaign}`;
  }

  load(): Partial<T> | undefined {
    try {
      const raw = globalThis.sessionStorage?.getItem(this.storageKey);
      const value: unknown = raw ? JSON.parse(raw) : undefined;
      return typeof value === 'object' && value !== null ? (value as Partial<T>) : undefined;
    } catch {
      return undefined;
    }
  }

  save(value: T): void {
    try {
      globalThis.sessionStorage?.setItem(this.storageKey, JSON.stringify(value));
    } catch {
      // Full or blocked storage: the form still works, only the draft is lost.
    }
  }

  clear(): void {
    try {
      globalThis.sessionStorage?.removeItem(this.storageKey);
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
}
