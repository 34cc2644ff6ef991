import { ApiError } from '@placard/contract';

/** A failure the CLI reports as one line on stderr, exiting 1. */
export class CliError extends Error {
  override name = 'CliError';
}

const kebab = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * One clear line for any failure: a field error names the flag it came from
 * (`--goal: …`), an API error gives its message, anything else its message.
 */
export function describeFailure(error: unknown, flagFor: Record<string, string> = {}): string {
  if (error instanceof ApiError) {
    const fields = Object.entries(error.fields ?? {});
    if (fields.length > 0) {
      return fields
        .map(([field, message]) => `invalid ${flagFor[field] ?? `--${kebab(field)}`}: ${message}`)
        .join('; ');
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
