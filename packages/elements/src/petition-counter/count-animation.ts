import type { ReactiveController, ReactiveControllerHost } from 'lit';

const reducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The number on screen, eased towards the real count one animation frame at a
 * time; it jumps straight there for the first value and for readers who ask
 * for reduced motion.
 */
export class CountAnimation implements ReactiveController {
  value: number | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #durationMs: number;
  #frame: number | undefined;
  #target: number | undefined;

  constructor(host: ReactiveControllerHost, durationMs = 800) {
    this.#host = host;
    this.#durationMs = durationMs;
    host.addController(this);
  }

  get animating(): boolean {
    return this.#frame !== undefined;
  }

  to(target: number): void {
    if (target === this.#target) return;
    this.#target = target;
    this.#stop();
    const from = this.value;
    if (from === undefined || reducedMotion()) {
      this.value = target;
      this.#host.requestUpdate();
      return;
    }
    const started = performance.now();
    const step = (now: number) => {
      const progress = Math.min(1, (now - started) / this.#durationMs);
      const eased = 1 - (1 - progress) ** 3;
      this.value = Math.round(from + (target - from) * eased);
      this.#frame = progress < 1 ? requestAnimationFrame(step) : undefined;
      this.#host.requestUpdate();
    };
    this.#frame = requestAnimationFrame(step);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#stop();
    if (this.#target !== undefined) this.value = this.#target;
  }

  #stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
