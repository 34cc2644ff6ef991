import * as v from 'valibot';
import { HttpUrlSchema, PostcodeSchema } from './primitives.js';

export const ConstituencySchema = v.object({
  /** ONS code of the 2024 constituency, e.g. `E14001172`. */
  code: v.string(),
  name: v.string(),
});

export const MpSchema = v.object({
  /** UK Parliament Members API id. */
  id: v.pipe(v.number(), v.integer()),
  name: v.string(),
  party: v.string(),
  /** Null when the MP publishes no email address: offer `contactUrl` instead. */
  email: v.nullable(v.string()),
  contactUrl: v.nullable(HttpUrlSchema),
});

export const RepresentativeQuerySchema = v.object({ postcode: PostcodeSchema });

export const RepresentativeSchema = v.object({
  postcode: v.string(),
  constituency: ConstituencySchema,
  mp: MpSchema,
});

export type Constituency = v.InferOutput<typeof ConstituencySchema>;
export type Mp = v.InferOutput<typeof MpSchema>;
export type RepresentativeQuery = v.InferInput<typeof RepresentativeQuerySchema>;
export type Representative = v.InferOutput<typeof RepresentativeSchema>;
