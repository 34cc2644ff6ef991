function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Insecure contexts (plain http on a LAN) have no randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One `Idempotency-Key` per submission: sending the same thing again (a retry,
 * a resend after going offline) reuses it so the server counts it once;
 * changing what is sent starts a new one.
 */
export class SubmissionKey {
  #key: string | undefined;
  #payload: string | undefined;

  for(payload: unknown): string {
    const json = JSON.stringify(payload);
    if (this.#key === undefined || json !== this.#payload) {
      this.#key = randomKey();
      this.#payload = json;
    }
    return this.#key;
  }

  reset(): void {
    this.#key = undefined;
    this.#payload = undefined;
  }
}
