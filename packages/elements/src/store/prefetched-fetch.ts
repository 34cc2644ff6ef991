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
  return response;
}

export const fetchWithPrefetched: typeof fetch = (input, init) => {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  return takePrefetched(request) ?? fetch(request);
};
