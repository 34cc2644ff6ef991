import type { BaseIssue } from 'valibot';
import { getDotPath } from 'valibot';
import type { Catalogue } from '../i18n/catalogue.js';
import type { Format } from '../i18n/format.js';

/** Field name → message; fields without a problem are absent. */
export type FieldErrors = Record<string, string>;

/**
 * The contract's schema decides which fields are wrong and why (its issue
 * type); the catalogue gives the words, so errors read in the widget's language.
 */
export function describeIssue(
  issue: BaseIssue<unknown>,
  t: Catalogue,
  format: Format,
): [field: string, message: string] {
  const field = getDotPath(issue) ?? '';
  const messages = t.fields;
  if (issue.type === 'max_length') return [field, messages.tooLong(Number(issue.requirement), format)];
  const missing = issue.type === 'non_empty' || issue.input === undefined;
  switch (field) {
    case 'name':
      return [field, messages.nameRequired];
    case 'email':
      return [field, missing ? messages.emailRequired : messages.emailInvalid];
    case 'postcode':
      return [field, missing ? messages.postcodeRequired : messages.postcodeInvalid];
    case 'country':
      return [field, messages.countryInvalid];
    case 'address':
      return [field, messages.addressRequired];
    case 'subject':
      return [field, messages.subjectRequired];
    case 'body':
      return [field, messages.bodyRequired];
    case 'consent.privacy':
      return [field, messages.consentRequired];
    default:
      return [field, messages.invalid];
  }
}

/** One message per field (the first), keeping only `fields` when given. */
export function fieldErrorsFrom(
  issues: readonly BaseIssue<unknown>[],
  t: Catalogue,
  format: Format,
  fields?: readonly string[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [field, message] = describeIssue(issue, t, format);
    if (fields && !fields.includes(field)) continue;
    errors[field] ??= message;
  }
  return errors;
}

export const hasErrors = (errors: FieldErrors): boolean => Object.keys(errors).length > 0;
