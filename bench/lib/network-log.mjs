// Requests and bytes a page fetches, from the Chrome DevTools Protocol: every
// request (cache hits included), where it was served from, and its encoded
// bytes on the wire (headers and body; 0 when served from a cache). The same
// session can add latency to every request, as a slower network would.

/** `latencyMs`: added to each request's round trip (Chrome's own throttling), bandwidth unlimited. */
export async function watchNetwork(context, page, { latencyMs = 0 } = {}) {
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!requests.has(e.requestId)) {
      requests.set(e.requestId, { url: e.request.url, type: e.type, status: null, cache: null, bytes: 0, done: false });
    }
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.cache = 'memory';
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    if (e.response.fromDiskCache) r.cache = 'disk';
    if (e.response.fromPrefetchCache) r.cache = 'prefetch';
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r && !r.done) r.bytes += e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.bytes = e.encodedDataLength;
    r.done = true;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (latencyMs > 0) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  return {
    /** Requests whose URL starts with `origin`, with a copy of what is known about each so far. */
    snapshot(origin) {
      return [...requests.values()].filter((r) => r.url.startsWith(origin)).map((r) => ({ ...r }));
    },
    clear: () => requests.clear(),
    detach: () => cdp.detach().catch(() => {}),
  };
}
