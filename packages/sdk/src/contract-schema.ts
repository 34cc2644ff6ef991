import { fieldErrors } from '@placard/contract';
import { PlacardValidationError } from './errors.js';

type Issues = Parameters<typeof fieldErrors>[0];

/**
 * The part of a contract schema the SDK uses: the Standard Schema interface every
 * valibot schema carries, so the SDK runs the contract's schemas without importing
 * valibot itself.
 */
export interface ContractSchema<Output> {
  readonly '~standard': {
    validate(value: unknown): unknown;
    readonly types?: { readonly output: Output } | undefined;
  };
}

export type OutputOf<S> = S extends ContractSchema<infer Output> ? Output : never;

export type SchemaResult<Output> = { value: Output; issues?: undefined } | { issues: Issues };

/** Runs a (synchronous) contract schema. */
export function runSchema<Output>(schema: ContractSchema<Output>, value: unknown): SchemaResult<Output> {
  return schema['~standard'].validate(value) as SchemaResult<Output>;
}

/**
 * Validates caller input before any request. `field` names a bare value (a slug,
 * a token) so its message lands under that name rather than the root.
 */
export function parseInput<Output>(schema: ContractSchema<Output>, value: unknown, field?: string): Output {
  const result = runSchema(schema, value);
  if (!result.issues) return result.value;
  const fields = field ? { [field]: result.issues[0]?.message ?? 'Invalid value.' } : fieldErrors(result.issues);
  throw new PlacardValidationError('validation_failed', Object.values(fields)[0] ?? 'Invalid input.', {
    fields,
    cause: result.issues,
  });
}
