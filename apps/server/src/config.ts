import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './paths.js';

export interface Config {
  /** `NODE_ENV=production`: SMTP is required and the dev mailbox is never served. */
  production: boolean;
  /**
   * `PLACARD_CHECK_ANSWERS=1`: every API answer is held to the contract's route table
   * (http/api-routes.ts). For tests and development; it parses each answer again.
   */
  checkAnswers: boolean;
  port: number;
  host: string;
  /** Where supporters reach this server; used in email links. */
  publicUrl: string;
  /** PGlite's data folder when no DATABASE_URL is set. */
  dataDir: string;
  databaseUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  mpProvider: 'bundled' | 'uk-parliament';
  postcodesApiUrl: string;
  membersApiUrl: string;
  mpHourlyCap: number;
  /** Days a double opt-in signature or a letter waits for its confirmation before it is deleted. */
  unconfirmedExpiryDays: number;
  /** false turns rate limits off; a number multiplies every limit. */
  rateLimits: boolean | number;
  logLevel: string;
  /** Refuse addresses at disposable-mail domains with `email_not_accepted` (BLOCK_DISPOSABLE_EMAIL; off by default). */
  blockDisposableEmail: boolean;
  /**
   * At most this many mails a day to one not-yet-confirmed address (by its
   * normalised form, across campaigns): confirmation links and immediate-mode
   * thank-yous. Past it the request is answered as usual and no mail is sent.
   */
  unconfirmedMailsPerAddressPerDay: number;
  /** How many proxies we run sit in front of the server: the client address is that many `X-Forwarded-For` hops from the right; 0 ignores the header. */
  trustProxy: number;
  /** SSE comment heartbeat; one timer for every subscriber. */
  sseHeartbeatMs: number;
  /** At most one `count` event per campaign per this many milliseconds. */
  countCoalesceMs: number;
  /** A built partner page served at `/` instead of the landing page, when it exists. */
  demoDir: string | null;
  /** Where `/embed.js` and `/embed/*` are served from, when built. */
  embedDir: string;
  /**
   * Every embed version served so far, kept for ever and served at `/embed/<version>/`
   * (pinned snippets): keep this folder across upgrades and deploys.
   */
  embedArchiveDir: string;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, not "${value}".`);
  return parsed;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  const parsed = int(value, fallback, name);
  if (parsed < 1) throw new Error(`${name} must be 1 or more, not "${value}".`);
  return parsed;
}

function onOff(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'off' || value === 'false' || value === '0') return false;
  if (value === 'on' || value === 'true' || value === '1') return true;
  throw new Error(`${name} must be "on" or "off", not "${value}".`);
}

function rateLimitSetting(value: string | undefined): boolean | number {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off' || value === 'false' || value === '0') return false;
  const factor = Number(value);
  if (!Number.isFinite(factor) || factor <= 0)
    throw new Error(`RATE_LIMITS must be "off" or a positive factor, not "${value}".`);
  return factor;
}

/**
 * `TRUST_PROXY` is a number of proxy hops. It was once read as on/off
 * ("1" or "true") without a documented value; "true" is refused rather than
 * guessed as 1, because trusting the wrong hop lets clients pick their own
 * rate-limit address, and an operator should count their proxies once.
 */
function trustProxySetting(value: string | undefined): number {
  if (value !== undefined && value !== '' && !/^\d+$/.test(value)) {
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of this server (0 for none, 1 for one), not "${value}".`,
    );
  }
  return int(value, 0, 'TRUST_PROXY');
}

function defaultDemoDir(): string | null {
  for (const folder of [join(repoRoot, 'apps', 'demo', 'dist'), join(repoRoot, 'apps', 'demo', 'public')]) {
    if (existsSync(join(folder, 'index.html'))) return folder;
  }
  return null;
}

/** Reads the server's settings from the environment; throws a clear message for a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 8787, 'PORT');
  const host = env.HOST || 'localhost';
  const mpProvider = env.MP_PROVIDER || 'bundled';
  if (mpProvider !== 'bundled' && mpProvider !== 'uk-parliament') {
    throw new Error(`MP_PROVIDER must be "bundled" or "uk-parliament", not "${mpProvider}".`);
  }
  const dataDir = resolve(env.PLACARD_DATA_DIR || join(repoRoot, '.placard-data'));
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  return {
    production: env.NODE_ENV === 'production',
    checkAnswers: onOff(env.PLACARD_CHECK_ANSWERS, 'PLACARD_CHECK_ANSWERS'),
    port,
    host,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    mailFrom: env.MAIL_FROM || 'Placard <no-reply@localhost>',
    mpProvider,
    postcodesApiUrl: (env.POSTCODES_API_URL || 'https://api.postcodes.io').replace(/\/+$/, ''),
    membersApiUrl: (env.MEMBERS_API_URL || 'https://members-api.parliament.uk').replace(/\/+$/, ''),
    mpHourlyCap: int(env.MP_HOURLY_CAP, 30, 'MP_HOURLY_CAP'),
    unconfirmedExpiryDays: positiveInt(env.UNCONFIRMED_EXPIRY_DAYS, 7, 'UNCONFIRMED_EXPIRY_DAYS'),
    rateLimits: rateLimitSetting(env.RATE_LIMITS),
    logLevel: env.LOG_LEVEL || 'info',
    blockDisposableEmail: onOff(env.BLOCK_DISPOSABLE_EMAIL, 'BLOCK_DISPOSABLE_EMAIL'),
    unconfirmedMailsPerAddressPerDay: int(env.UNCONFIRMED_MAILS_PER_ADDRESS, 5, 'UNCONFIRMED_MAILS_PER_ADDRESS'),
    trustProxy: trustProxySetting(env.TRUST_PROXY),
    sseHeartbeatMs: int(env.SSE_HEARTBEAT_MS, 15_000, 'SSE_HEARTBEAT_MS'),
    countCoalesceMs: int(env.COUNT_COALESCE_MS, 250, 'COUNT_COALESCE_MS'),
    demoDir: env.DEMO_DIR ? resolve(env.DEMO_DIR) : defaultDemoDir(),
    embedDir: resolve(env.EMBED_DIR || join(repoRoot, 'packages', 'embed', 'dist')),
    embedArchiveDir: resolve(env.EMBED_ARCHIVE_DIR || join(dataDir, 'embed-versions')),
  };
}

/**
 * What a server (not the CLI, which sends no mail) needs beyond valid
 * values: in production, real SMTP. Without it mail would pile up in the dev
 * mailbox, whose pages hold every confirmation link and letter, so the server
 * refuses to start rather than run without sending or serve those pages.
 */
export function checkServable(config: Pick<Config, 'production' | 'smtpUrl'>): void {
  if (config.production && !config.smtpUrl) {
    throw new Error('SMTP_URL must be set when NODE_ENV=production (the dev mailbox is for development only).');
  }
}
