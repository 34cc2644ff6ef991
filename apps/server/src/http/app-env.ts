import type { Logger } from 'pino';
import type { AppDeps } from '../app-deps.js';

/** The partner a publishable key belongs to, set by the key middleware on writes. */
export interface PartnerKey {
  keyId: string;
  partner: string;
  /** `pk_test_…` keys: letters go to the supporter, never to an MP. */
  testMode: boolean;
}

/** Hono's typed context variables, shared by every route module. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    partnerKey: PartnerKey;
    /** The app's dependencies, for middleware that is not built per app (keys, rate limits). */
    deps: AppDeps;
  };
}
