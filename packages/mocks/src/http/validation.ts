import { ApiError, fieldErrors } from '@placard/contract';
import * as v from 'valibot';

/** Parses input with a contract schema, or throws 422 validation_failed naming each bad field. */
export function validate<Schema extends v.GenericSchema>(schema: Schema, input: unknown): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new ApiError('validation_failed', 'Some fields need attention.', fieldErrors(result.issues));
}
