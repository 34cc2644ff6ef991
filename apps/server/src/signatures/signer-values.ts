import type { SignatureRequest } from '@placard/contract';
import type { PartnerKey } from '../http/app-env.js';
import { normaliseEmail } from './email.js';

/**
 * The signer's columns of a `signatures` row, in the order of
 * `signerValues`: both signing paths insert them from the same list, so a
 * column added to one cannot be forgotten in the other.
 */
export const SIGNER_COLUMNS =
  'name, email, email_normalised, postcode, country, consent_privacy, consent_updates, source, partner, key_id';

/** `SIGNER_COLUMNS`' values, ten query parameters; `source` is JSON text for a `::jsonb` cast. */
export function signerValues(input: SignatureRequest, partner: PartnerKey): unknown[] {
  return [
    input.name,
    input.email,
    normaliseEmail(input.email),
    input.postcode ?? null,
    input.country ?? null,
    input.consent.privacy,
    input.consent.updates,
    input.source ? JSON.stringify(input.source) : null,
    partner.partner,
    partner.keyId,
  ];
}
