// Preloaded into the server by live-fanout.mjs only (node --expose-gc --import):
// SIGUSR2 runs a full garbage collection, so memory readings show what the
// subscribers keep alive rather than garbage not yet collected. The server's
// own code is untouched.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
});
