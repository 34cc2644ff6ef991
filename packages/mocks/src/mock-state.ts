import type {
  Campaign,
  LiveEventMap,
  LiveEventName,
  MessageStatus,
  Representative,
  TimelineEntry,
} from '@placard/contract';
import { seedCampaign, seedTimeline } from '@placard/contract/fixtures';
import { type MockAreaCounts, seedAreaCounts } from './mock-areas.js';
import { mockRepresentatives } from './mock-representatives.js';

/** One campaign as the mock API serves it; `campaign.petition` is its live petition. */
export interface MockCampaign {
  campaign: Campaign;
  /** Newest first, as the API lists it. */
  timeline: TimelineEntry[];
  /**
   * Counts by area of signatures gathered before (no rows here); the counted
   * signatures in `signatures` are added to them. None when absent.
   */
  areas?: MockAreaCounts;
}

export interface MockSignature {
  id: string;
  slug: string;
  /** Trimmed and lower-cased: the dedupe key. */
  email: string;
  status: 'counted' | 'pending_confirmation';
  /** As signed (canonical when UK), for the counts by area. */
  postcode?: string;
  country?: string;
  /** Set while the signature waits for its email confirmation. */
  confirmToken: string | null;
  createdAt: string;
}

export interface MockMessage {
  id: string;
  slug: string;
  mpId: number;
  /** Named on the confirmation (`GET /v1/confirm/<token>`). */
  mpName: string;
  constituency: string;
  testMode: boolean;
  status: MessageStatus;
  confirmToken: string;
  createdAt: string;
}

/** A confirmation link's token; `GET /v1/confirm/<token>` describes it, `POST` confirms it. */
export interface ConfirmToken {
  kind: 'signature' | 'message';
  subjectId: string;
  /** Move into the past to make the token answer 410 token_expired. */
  expiresAt: string;
  confirmedAt: string | null;
}

/** A live event as sent on the stream; `id` is the SSE event id. */
export type LiveEventRecord = {
  [Name in LiveEventName]: { id: number; slug: string; name: Name; data: LiveEventMap[Name] };
}[LiveEventName];

export type LiveListener = (event: LiveEventRecord) => void;

/** A stored answer to a write that carried an `Idempotency-Key`. */
export interface IdempotentAnswer {
  /** The request body as sent: the same key with another body is a conflict. */
  body: string;
  status: number;
  answer: Record<string, unknown>;
}

/**
 * Everything the mock API remembers. Tests and stories may read and change it
 * directly (switch a campaign to double opt-in, find a confirm token, expire it).
 */
export interface MockState {
  campaigns: Map<string, MockCampaign>;
  /** Postcodes the representative lookup knows; any other valid postcode is not found. */
  representatives: Representative[];
  signatures: MockSignature[];
  messages: MockMessage[];
  tokens: Map<string, ConfirmToken>;
  idempotency: Map<string, IdempotentAnswer>;
  /** Recent durable events (`milestone`, `timeline`), oldest first, replayed after `Last-Event-ID`. */
  eventLog: LiveEventRecord[];
  /** The id of the newest event sent; ids only grow. */
  lastEventId: number;
  /** The highest id trimmed off `eventLog`: a resume from before it cannot be replayed. */
  droppedThroughId: number;
  /** Open event streams. */
  listeners: Set<LiveListener>;
  /** Source of ids for signatures, messages and tokens, so runs are reproducible. */
  sequence: number;
}

/** A fresh copy of the seed campaign and sample postcodes; nothing is shared between calls. */
export function createMockState(): MockState {
  const seed: MockCampaign = {
    campaign: structuredClone(seedCampaign),
    timeline: structuredClone(seedTimeline),
    areas: seedAreaCounts(),
  };
  return {
    campaigns: new Map([[seed.campaign.slug, seed]]),
    representatives: mockRepresentatives(),
    signatures: [],
    messages: [],
    tokens: new Map(),
    idempotency: new Map(),
    eventLog: [],
    lastEventId: 0,
    droppedThroughId: 0,
    listeners: new Set(),
    sequence: 0,
  };
}

/** The next reproducible id with a readable prefix, e.g. `sig_3`. */
export function nextId(state: MockState, prefix: string): string {
  state.sequence += 1;
  return `${prefix}_${state.sequence}`;
}
