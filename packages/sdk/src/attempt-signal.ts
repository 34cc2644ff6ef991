/**
 * One attempt's abort signal: the caller's signal combined with a timeout. Built by
 * hand because `AbortSignal.any` and `AbortSignal.timeout` are missing in some of the
 * browsers and runtimes the SDK supports.
 */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** True once the timeout, not the caller, aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer and the listener on the caller's signal. */
  dispose(): void;
}

export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort);
  return {
    signal: controller.signal,
    timedOut: () => timedOut && !caller?.aborted,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Waits `ms`, rejecting with the signal's reason as soon as it aborts. */
export function abortableDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
