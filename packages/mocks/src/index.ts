export { EXPIRED_TOKEN } from './confirm-tokens.js';
export { createHandlers, type MockOptions } from './create-handlers.js';
export { addTimelineEntry, emitCount, simulateSignatures } from './live-controls.js';
export { type MockAreaCounts, seedAreaCounts } from './mock-areas.js';
export { MOCK_MP_EMAIL_POSTCODE, mockRepresentativeWithEmail } from './mock-representatives.js';
export {
  type ConfirmToken,
  createMockState,
  type IdempotentAnswer,
  type LiveEventRecord,
  type LiveListener,
  type MockCampaign,
  type MockMessage,
  type MockSignature,
  type MockState,
} from './mock-state.js';
export {
  DEFAULT_SLOW_MS,
  RETRY_AFTER_SECONDS,
  type Scenario,
  type ScenarioDescription,
  scenarios,
} from './scenarios.js';
