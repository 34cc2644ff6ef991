/**
 * The elements' half of the embed loader's prefetch (packages/embed
 * `src/prefetch.ts`): the loader starts a widget's first GETs while the code
 * is still downloading and leaves each in-flight response on
 * `Placard.prefetched` under its URL. The stores' API clients fetch through
 * this, so a read the loader already made is taken — once — instead of sent
 * again. Anything else, and every retry, goes to the network.
 */
type Prefetched = Record<string, Promise<Response> | undefined>;

function prefetched(): Prefetched | undefined {
  const placard = (globalThis as { Placard?: { prefetched?: unknown } }).Placard;
  const table = placard?.prefetched;
  return typeof table === 'object' && table !== null ? (table as Prefetched) : undefined;
}

/** The loader's response to this request, if it made it: handed out once. */
function takePrefetched(request: Request): Promise<Response> | undefined {
  if (request.method !== 'GET') return undefined;
  const table = prefetched();
  const response = table?.[request.url];
  if (!table || !(response instanceof Promise)) return undefined;
  delete table[request.url];
  return followSignal(response, request.signal);
}

/**
 * The loader's request knows nothing of the SDK's timeout or the caller's abort, which
 * come as the request's signal: followed here, a prefetch that hangs times out like any
 * other attempt, and the SDK's retry then goes to the network.
 */
function followSignal(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

export const fetchWithPrefetched: typeof fetch = (input, init) => {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  return takePrefetched(request) ?? fetch(request);
};
