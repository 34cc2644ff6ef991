import { type Logger, pino } from 'pino';

export type { Logger };

// Database errors carry the row they failed on (`detail: Failing row contains (…, email, …)`)
// and the statement; logs keep what explains the bug and drop what may hold personal data.
const UNSAFE_ERROR_FIELDS = ['detail', 'where', 'query', 'internalQuery', 'parameters', 'hint', 'position'];

function errorSerializer(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  for (const field of UNSAFE_ERROR_FIELDS) delete serialized[field];
  return serialized;
}

/**
 * JSON logs, one line per event. Personal data never reaches a log: requests
 * are logged by route pattern, not URL, bodies are never logged, and the
 * redaction list is a second guard should a header or body slip into a call.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'placard-server' },
    serializers: { err: errorSerializer },
    redact: {
      paths: [
        'authorization',
        'headers.authorization',
        'req.headers.authorization',
        '*.email',
        '*.name',
        '*.postcode',
        'email',
        'name',
        'postcode',
      ],
      censor: '[redacted]',
    },
  };
  // Without a destination: pino's default (synchronous stdout), so the last lines survive process.exit.
  return destination ? pino(options, destination) : pino(options);
}
