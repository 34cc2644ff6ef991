import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The only fields a log line carries besides pino's own (level, time, msg).
 * Logs are written by allow-list, not by redacting known-bad names: a field
 * nobody listed here (a signer passed in by mistake, a header, a body) is
 * dropped, and its name, never its value, shows under `unlisted` so whoever
 * added it sees why and can list it if it is safe. Add a field only if it can
 * never hold a supporter's name, email, postcode, address or letter.
 */
const LOGGED_FIELDS = new Set([
  'service',
  'component',
  'requestId',
  // Request lines: the route pattern, never the URL (which may hold a postcode or a token).
  'method',
  'route',
  'status',
  'ms',
  'err',
  'signal',
  'campaign',
  'campaignId',
  'messageId',
  'mpId',
  'testMode',
  // Rate limits: the limit's name and the wait, never the key (an address or an email).
  'limit',
  'retryAfter',
  'mailId',
  'kind',
  'attempts',
  // Why a mail was not delivered, with every address already taken out (mail/worker.ts).
  'reason',
  'migrations',
  'url',
  'database',
  'demo',
  'docs',
  // The console's address, and how many expired console sessions maintenance deleted.
  'console',
  'staffSessions',
  // The embed version a warning is about.
  'version',
  'devMailbox',
  'expiredSignatures',
  'unconfirmedLetters',
  'sentMail',
  'devMail',
  'idempotencyKeys',
  'liveEvents',
  'confirmTokens',
  // Maintenance and erasure: counts only, never who.
  'retention',
  'rateLimits',
  // Constituency look-ups: how many rows were matched, unknown or left for later, never which.
  'areas',
  'erased',
  // Webhooks: a delivery's id, and how many old deliveries maintenance deleted (never a URL's secret or a payload).
  'deliveryId',
  'webhookDeliveries',
]);

function allowListed(fields: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  const unlisted: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (LOGGED_FIELDS.has(key)) kept[key] = value;
    else unlisted.push(key);
  }
  if (unlisted.length) kept.unlisted = unlisted;
  return kept;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

// PostgreSQL error classes by the first two characters of the SQLSTATE.
const SQLSTATE_CLASSES: Record<string, string> = {
  '08': 'connection exception',
  '0A': 'feature not supported',
  '22': 'data exception',
  '23': 'integrity constraint violation',
  '25': 'invalid transaction state',
  '40': 'transaction rollback',
  '42': 'syntax error or access rule violation',
  '53': 'insufficient resources',
  '54': 'program limit exceeded',
  '55': 'object not in prerequisite state',
  '57': 'operator intervention',
  '58': 'system error',
  P0: 'raised by a PL/pgSQL function',
  XX: 'internal error',
};

// Classes whose messages PostgreSQL builds from names in our schema only ("new row for
// relation "signatures" violates check constraint "…"", "could not serialize access"). Others
// quote the value they failed on ("invalid input syntax for type uuid: "…"", anything a
// trigger raises): for those only the class is logged. Row contents sit in `detail`
// ("Failing row contains (…)") and the statement's values in `params`/`parameters`, which
// are never logged at all.
const MESSAGE_SAFE_CLASSES = new Set(['08', '23', '25', '40', '42', '53', '54', '55', '57', '58']);

// Identifiers from our schema, which say where it failed without saying what was in the row.
const DATABASE_FIELDS = ['severity', 'constraint', 'table', 'column', 'dataType', 'routine'] as const;

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  code?: unknown;
  syscall?: unknown;
  errno?: unknown;
  cause?: unknown;
  [key: string]: unknown;
}

/** The stack's frames only: its first line repeats the message. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return lines.length ? lines.join('\n') : undefined;
}

/**
 * A message from code other than the database, with what may be data taken
 * out: anything quoted (V8 and Node quote the values they reject, JSON.parse
 * quotes the text it could not read) and anything shaped like an email
 * address. System errors ("connect ECONNREFUSED 127.0.0.1:5432") name hosts,
 * not people, and are kept whole.
 */
function scrubbedMessage(error: ErrorLike): string | undefined {
  if (typeof error.message !== 'string') return undefined;
  if (typeof error.syscall === 'string') return error.message;
  return error.message
    .replace(/(["'`“‘])[\s\S]*?(["'`”’]|$)/g, '…')
    .replace(/\S+@\S+/g, '…')
    .replace(/\. Received [\s\S]*$/, '.')
    .slice(0, 300);
}

/**
 * Errors are logged by an allow-list of fields: what kind of error, where in
 * the code, and for database errors the SQLSTATE and the names of the
 * constraint, table and column. Never `detail`, `where`, `hint`, `query`,
 * `params` or any other property an error happens to carry.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  const e = error as ErrorLike;
  const out: Record<string, unknown> = {};
  if (typeof e.code === 'string' && SQLSTATE.test(e.code)) {
    const errorClass = e.code.slice(0, 2);
    out.type = 'DatabaseError';
    out.code = e.code;
    out.message = MESSAGE_SAFE_CLASSES.has(errorClass)
      ? String(e.message)
      : `database error: ${SQLSTATE_CLASSES[errorClass] ?? `class ${errorClass}`} (message not logged: it may quote data)`;
    for (const field of DATABASE_FIELDS) if (typeof e[field] === 'string') out[field] = e[field];
  } else {
    out.type = typeof e.name === 'string' ? e.name : 'Error';
    if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
    if (typeof e.syscall === 'string') out.syscall = e.syscall;
    const message = scrubbedMessage(e);
    if (message !== undefined) out.message = message;
  }
  const stack = frames(e.stack);
  if (stack) out.stack = stack;
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/**
 * JSON logs, one line per event. Personal data never reaches a log: every
 * line's fields pass the allow-list above, errors are reduced to safe fields,
 * requests are logged by route pattern, and bodies are never logged.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'placard-server' },
    serializers: { err: (error: unknown) => serializeError(error) },
    formatters: {
      // The base and child bindings (`requestId`, `component`) pass the same list; pid and hostname are dropped.
      bindings: allowListed,
      log: allowListed,
    },
  };
  // Without a destination: pino's default (synchronous stdout), so the last lines survive process.exit.
  return destination ? pino(options, destination) : pino(options);
}
