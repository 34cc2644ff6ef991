import type {
  Campaign,
  Confirmation,
  ConstituencyCounts,
  CountEvent,
  CountryCounts,
  LiveEventMap,
  LiveEventName,
  MessageInput,
  MessageResult,
  MilestoneEvent,
  PendingConfirmation,
  Petition,
  Representative,
  SignatureInput,
  SignatureResult,
  TimelineEvent,
  TimelinePage,
} from '@placard/contract';
import type { ContractSchema } from './contract-schema.js';

/**
 * The contract's schema for each kind of answer, keyed by what the answer holds. Built as
 * `responseSchemas` in `@placard/sdk/validate`; a type of its own so a client can be handed
 * the schemas without the entry that builds them.
 */
export interface ResponseSchemas {
  campaign: ContractSchema<Campaign>;
  timelinePage: ContractSchema<TimelinePage>;
  petition: ContractSchema<Petition>;
  constituencyCounts: ContractSchema<ConstituencyCounts>;
  countryCounts: ContractSchema<CountryCounts>;
  signatureResult: ContractSchema<SignatureResult>;
  representative: ContractSchema<Representative>;
  messageResult: ContractSchema<MessageResult>;
  pendingConfirmation: ContractSchema<PendingConfirmation>;
  confirmation: ContractSchema<Confirmation>;
  /** Each live event's data, by event name. */
  liveEvents: { [Name in LiveEventName]: ContractSchema<LiveEventMap[Name]> };
}

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Base of the exponential backoff, in milliseconds. Default 300. */
  backoffMs?: number;
  /** Longest single wait, in milliseconds; a longer `Retry-After` is not waited for. Default 10 000. */
  maxDelayMs?: number;
}

export interface ClientOptions {
  /** The API origin, e.g. `http://localhost:8787` (without `/v1`). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>` on writes only. */
  publishableKey?: string;
  /** Defaults to the global `fetch`, looked up at each call so mocks installed later are seen. */
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** A number sets `limit`. */
  retry?: number | RetryOptions;
  /** Defaults to the global `EventSource`; `null` forces polling. */
  EventSource?: typeof EventSource | null;
  /** Interval of the polling fallback, in milliseconds. Default 15 000. */
  pollIntervalMs?: number;
  /**
   * Checks every answer and live event against the contract: `responseSchemas` from
   * `@placard/sdk/validate` checks, `false` trusts the server (a body that is not JSON is
   * still an `invalid_response`). Default: checked in Node and other runtimes, trusted where
   * the package resolves with the `browser` condition, because there the schemas would add to
   * what every partner page downloads only to re-check answers from our own server, whose
   * tests hold it to the contract. The schemas are passed in, not switched on with `true`, so
   * a browser bundle carries them only when its author asks for them.
   */
  validateResponses?: ResponseSchemas | false;
  /**
   * @internal Base of the live reconnect backoff in milliseconds (default 1000, capped at 30 s);
   * tests shorten it.
   */
  liveReconnectMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
}

export interface WriteOptions extends RequestOptions {
  /** Generated (crypto.randomUUID) when omitted; `null` sends none and disables retries. */
  idempotencyKey?: string | null;
}

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'polling' | 'closed';

export interface LiveHandlers {
  count?(event: CountEvent): void;
  milestone?(event: MilestoneEvent): void;
  timeline?(event: TimelineEvent): void;
  /** Transport state changes, for UIs that show "live" or "reconnecting". */
  status?(status: LiveStatus): void;
}

export interface LiveSubscription {
  close(): void;
}

export interface PlacardClient {
  readonly baseUrl: string;
  /** The publishable key starts with `pk_test_`: letters never reach real MPs. */
  readonly testMode: boolean;
  campaigns: { get(slug: string, options?: RequestOptions): Promise<Campaign> };
  timeline: {
    list(slug: string, query?: { cursor?: string; limit?: number } & RequestOptions): Promise<TimelinePage>;
    /** Every page in turn, following nextCursor. */
    pages(slug: string, query?: { limit?: number } & RequestOptions): AsyncIterableIterator<TimelinePage>;
  };
  petition: {
    get(slug: string, options?: RequestOptions): Promise<Petition>;
    /**
     * Counted signatures by 2024 Westminster constituency, most first
     * (`GET /v1/campaigns/{slug}/petition/constituencies`). Areas and numbers only.
     */
    constituencies(slug: string, options?: RequestOptions): Promise<ConstituencyCounts>;
    /** Counted signatures by country, most first (`GET /v1/campaigns/{slug}/petition/countries`). */
    countries(slug: string, options?: RequestOptions): Promise<CountryCounts>;
    sign(slug: string, input: SignatureInput, options?: WriteOptions): Promise<SignatureResult>;
  };
  representatives: { lookup(query: { postcode: string }, options?: RequestOptions): Promise<Representative> };
  messages: { send(slug: string, input: MessageInput, options?: WriteOptions): Promise<MessageResult> };
  /**
   * What the emailed link's token would confirm and its state
   * (`GET /v1/confirm/{token}`). Changes nothing: show it, then call `confirm`
   * when the supporter presses your button.
   */
  getConfirmation(token: string, options?: RequestOptions): Promise<PendingConfirmation>;
  /**
   * Confirms the signature or letter (`POST /v1/confirm/{token}`). Safe to
   * repeat: a second call answers `already_confirmed` and does nothing, so it
   * is retried like a read. Sent without a key or body (a CORS simple request).
   */
  confirm(token: string, options?: RequestOptions): Promise<Confirmation>;
  live(slug: string, handlers: LiveHandlers): LiveSubscription;
}
