import { ApiError } from '@placard/contract';

export interface PublishableKey {
  key: string;
  /** `pk_test_…`: letters are never delivered to MPs. */
  testMode: boolean;
}

const PUBLISHABLE_KEY = /^pk_(test|live)_[A-Za-z0-9_]+$/;

/**
 * Writes need `Authorization: Bearer pk_…`. The mock accepts any well-formed
 * test or live key; the real server also checks the key exists and the origin.
 */
export function requirePublishableKey(request: Request): PublishableKey {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const key = match?.[1];
  const kind = key ? PUBLISHABLE_KEY.exec(key)?.[1] : undefined;
  if (!key || !kind) {
    throw new ApiError('unauthorized', 'Send a publishable key as Authorization: Bearer pk_test_… or pk_live_….');
  }
  return { key, testMode: kind === 'test' };
}
