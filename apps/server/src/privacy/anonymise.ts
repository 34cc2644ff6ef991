/**
 * What anonymising a row means, written once for erasure and retention alike.
 *
 * Rows are anonymised in place rather than deleted wherever they count for
 * something: a counted signature stays in the count, milestones already
 * reached stay true, `counts reconcile` still finds one row per counted
 * signature, and a delivered letter still shows that a letter went to that
 * MP. What goes is everything that identifies the person: name, email,
 * postcode and country (and the constituency looked up from the postcode),
 * the referrer they came from, their address and the words of their letter.
 * So an anonymised signature still counts in the petition's total but in no
 * public count by area: its area came from the postcode that was erased. Their
 * wish to hear more goes too (nobody is left to email). The consent record
 * (notice version and time) stays: it names no one and shows the row was
 * lawfully held.
 *
 * `$1` is the time of anonymisation. A column added to either table that holds
 * personal data must be cleared here as well.
 */
export const ANONYMISE_SIGNATURE = `name = '', email = '', email_normalised = 'erased:' || id::text,
  postcode = NULL, country = NULL, constituency_code = NULL, constituency_name = NULL, area_checked_at = NULL,
  consent_updates = false, source = source - 'referrer', anonymised_at = $1::timestamptz`;

export const ANONYMISE_LETTER = `name = '', email = '', address = '', postcode = '', subject = '', body = '',
  consent_updates = false, anonymised_at = $1::timestamptz`;

/** Per kind, how many rows an erasure or a retention sweep changed or removed. */
export interface ErasedCounts {
  signatures: number;
  letters: number;
  mail: number;
}
