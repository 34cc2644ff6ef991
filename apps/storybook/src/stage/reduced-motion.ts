/**
 * The widgets ask `matchMedia('(prefers-reduced-motion: reduce)')` before
 * animating the count; the Motion toolbar answers that question for the
 * preview, as the reader's system setting would.
 */
let reduce = false;
const systemMatchMedia = globalThis.matchMedia.bind(globalThis);

class MotionPreference extends EventTarget implements MediaQueryList {
  onchange: ((this: MediaQueryList, event: MediaQueryListEvent) => unknown) | null = null;
  constructor(
    readonly media: string,
    readonly matches: boolean,
  ) {
    super();
  }
  addListener(listener: (this: MediaQueryList, event: MediaQueryListEvent) => unknown): void {
    this.addEventListener('change', listener as EventListener);
  }
  removeListener(listener: (this: MediaQueryList, event: MediaQueryListEvent) => unknown): void {
    this.removeEventListener('change', listener as EventListener);
  }
}

globalThis.matchMedia = (query: string): MediaQueryList => {
  const asked = /prefers-reduced-motion\s*:\s*(reduce|no-preference)/.exec(query)?.[1];
  if (!asked) return systemMatchMedia(query);
  return new MotionPreference(query, asked === 'reduce' ? reduce : !reduce);
};

export function setReducedMotion(value: boolean): void {
  reduce = value;
}
