/**
 * The dedupe key for "one signature per person" (`signatures.email_normalised`),
 * and the key of per-address limits: the server is the only authority on it,
 * so it lives here and not in the contract, where a client could be tempted
 * to compute (and trust) its own. What the supporter typed is stored as typed
 * in `email`; mail goes there.
 *
 * - Lower-cased: domains are case-insensitive by standard, and practically
 *   every provider treats local parts so too.
 * - `+tag` dropped from the local part at every domain: sub-addressing is how
 *   one mailbox gets endless "new" addresses (`jane+1@…`, `jane+2@…`). A
 *   provider where `+` starts a different mailbox is rare enough that one
 *   refused signature there is a better trade than stuffing everywhere else.
 * - Gmail ignores dots in the local part and `googlemail.com` is the same
 *   mailbox as `gmail.com`, so both are folded there. Dots are kept at other
 *   domains, where `j.doe` and `jdoe` are usually different people.
 *
 * `migrations/0004_normalised_email.sql` applies the same rules once, in SQL,
 * to rows written before them; a test keeps the two in step.
 */
export function normaliseEmail(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf('+');
  // A `+` first is the whole name, not a tag.
  if (plus > 0) local = local.slice(0, plus);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** The domain of an address, lower-cased: what the disposable-domain blocklist is checked against. */
export function emailDomain(email: string): string {
  const address = email.trim().toLowerCase();
  return address.slice(address.lastIndexOf('@') + 1);
}
