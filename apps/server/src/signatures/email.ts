/**
 * The dedupe key for "one signature per person": trimmed and lower-cased.
 * Dots and `+tags` are kept on purpose: they only mean "same mailbox" at some
 * providers (Gmail ignores dots, most others do not), so stripping them
 * would merge different people at other domains and refuse their signatures.
 * Someone using aliases to sign twice is bounded by the per-IP rate limit
 * and moderation, which is a better trade than silently losing real signers.
 * The domain part is case-insensitive by standard; the local part is treated
 * so too because practically every provider does.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
