import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Holds a submission that failed because the network was down and sends it
 * again when the browser reports it is back online (the `online` event), or
 * when the supporter asks. The resend reuses the same idempotency key, so it
 * cannot count twice.
 */
export class PendingSubmission implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #resend: (() => Promise<void>) | undefined;
  #listening = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get waiting(): boolean {
    return this.#resend !== undefined;
  }

  hold(resend: () => Promise<void>): void {
    this.#resend = resend;
    this.#listen(true);
    this.#host.requestUpdate();
  }

  /** Sends the held submission now; does nothing when none is held. */
  async resendNow(): Promise<void> {
    const resend = this.#resend;
    this.cancel();
    await resend?.();
  }

  cancel(): void {
    this.#resend = undefined;
    this.#listen(false);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (this.#resend) this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  readonly #online = (): void => {
    void this.resendNow();
  };

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) globalThis.addEventListener('online', this.#online);
    else globalThis.removeEventListener('online', this.#online);
  }
}
