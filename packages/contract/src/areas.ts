import * as v from 'valibot';
import { TimestampSchema } from './primitives.js';

// A module of its own: these schemas are only ever read from answers, so a browser
// client that checks its inputs (and not the server's answers) never bundles them.

/** How many counted signatures an area has; an area with none is not listed. */
const AreaCountSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

export const ConstituencyCountSchema = v.object({
  /** ONS code of the 2024 constituency, e.g. `E14001172`. */
  code: v.string(),
  name: v.string(),
  count: AreaCountSchema,
});

/**
 * Counted signatures by 2024 Westminster constituency, most first (then by name). Only
 * signatures whose UK postcode has been matched to a constituency are here, so the
 * counts add up to less than the petition's: signatures without a postcode, from
 * abroad, not yet or not matched, gathered before Placard, or anonymised are not.
 * No personal data: areas and numbers only.
 */
export const ConstituencyCountsSchema = v.object({
  constituencies: v.array(ConstituencyCountSchema),
  /** When the petition's count last changed (as `Petition.updatedAt`). */
  updatedAt: TimestampSchema,
});

export const CountryCountSchema = v.object({
  /** ISO 3166-1 alpha-2, upper case; a UK postcode given without a country counts as `GB`. */
  code: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  count: AreaCountSchema,
});

/**
 * Counted signatures by country, most first (then by code). Signatures that give
 * neither a country nor a UK postcode, and anonymised ones, are not here.
 */
export const CountryCountsSchema = v.object({
  countries: v.array(CountryCountSchema),
  /** When the petition's count last changed (as `Petition.updatedAt`). */
  updatedAt: TimestampSchema,
});

export type ConstituencyCount = v.InferOutput<typeof ConstituencyCountSchema>;
export type ConstituencyCounts = v.InferOutput<typeof ConstituencyCountsSchema>;
export type CountryCount = v.InferOutput<typeof CountryCountSchema>;
export type CountryCounts = v.InferOutput<typeof CountryCountsSchema>;
