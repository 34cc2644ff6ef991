import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Events on the widget that say the supporter is about to use it. */
const INTENT_EVENTS = ['focusin', 'pointerover', 'pointerdown', 'keydown', 'touchstart'] as const;
/** How far outside the viewport "near view" begins. */
const NEAR_VIEW = '200px';

/**
 * Loads a widget's interactive code once the supporter shows intent — focus,
 * pointer, key or touch on the widget — or, after its first view is on
 * screen, when the widget comes near the viewport or the page falls idle.
 * The passive triggers wait for the first view so the code never competes
 * with what the visitor is waiting to see. `load` runs at most once; its
 * promise is shared with anyone who asks through `ready()` (a click on the
 * call to action that came before the code).
 */
export class IntentLoader<T> implements ReactiveController {
  readonly #host: Host;
  readonly #load: () => Promise<T>;
  readonly #wanted: () => boolean;
  #loading: Promise<T> | undefined;
  #observer: IntersectionObserver | undefined;
  #armed = false;

  /** `wanted`: whether the widget, as configured now, would use the code at all (not display-only). */
  constructor(host: Host, load: () => Promise<T>, wanted: () => boolean = () => true) {
    this.#host = host;
    this.#load = load;
    this.#wanted = wanted;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#loading) return;
    for (const type of INTENT_EVENTS) this.#host.addEventListener(type, this.#onIntent, { passive: true });
  }

  hostDisconnected(): void {
    this.#stopWatching();
    // Moved elsewhere in the page, the widget arms again once its first view is back.
    this.#armed = false;
  }

  /** Called once the first view is on screen: from now on, near view or idle time also load. */
  arm(): void {
    if (this.#armed || this.#loading) return;
    this.#armed = true;
    if (typeof IntersectionObserver === 'function') {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) this.#onIntent();
        },
        { rootMargin: NEAR_VIEW },
      );
      this.#observer.observe(this.#host);
    }
    const whenIdle = () => {
      const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
      idle(() => this.#onIntent());
    };
    if (document.readyState === 'complete') whenIdle();
    else globalThis.addEventListener('load', whenIdle, { once: true });
  }

  /** The code, loading it now if nothing has yet. */
  ready(): Promise<T> {
    if (!this.#loading) {
      this.#stopWatching();
      this.#loading = this.#load();
      // A failed chunk can be asked for again by the next intent.
      this.#loading.catch(() => {
        this.#loading = undefined;
        if (this.#host.isConnected) this.hostConnected();
      });
    }
    return this.#loading;
  }

  readonly #onIntent = (): void => {
    if (!this.#host.isConnected || !this.#wanted()) return;
    void this.ready().catch(() => {});
  };

  #stopWatching(): void {
    for (const type of INTENT_EVENTS) this.#host.removeEventListener(type, this.#onIntent);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
