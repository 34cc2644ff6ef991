import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region inside the widget. `announce` speaks at once (a
 * milestone, a new timeline entry); `announceThrottled` is for values that
 * change often, like the count: at most once per interval, only the latest
 * value, and never the same words twice in a row.
 */
export class LiveAnnouncer implements ReactiveController {
  message = '';
  readonly #host: ReactiveControllerHost;
  readonly #intervalMs: () => number;
  #lastThrottled: string | undefined;
  #lastThrottledAt = Number.NEGATIVE_INFINITY;
  #pending: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, intervalMs: () => number) {
    this.#host = host;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  announce(text: string): void {
    // Screen readers ignore an unchanged region; a trailing space makes it new.
    this.message = text === this.message ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  /** Seeds the throttle with what the page already shows, so it is not announced. */
  baseline(text: string): void {
    this.#lastThrottled ??= text;
  }

  announceThrottled(text: string): void {
    this.#pending = text;
    const wait = this.#lastThrottledAt + this.#intervalMs() - Date.now();
    if (wait <= 0) {
      this.#flush();
    } else {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#flush();
      }, wait);
    }
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status">${this.message}</div>`;
  }

  #flush(): void {
    const text = this.#pending;
    this.#pending = undefined;
    if (text === undefined || text === this.#lastThrottled) return;
    this.#lastThrottled = text;
    this.#lastThrottledAt = Date.now();
    this.announce(text);
  }
}
