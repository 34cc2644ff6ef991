/** Channel events that end or break a story's render. */
export const STORY_EVENTS = [
  'storyFinished',
  'storyMissing',
  'storyErrored',
  'storyThrewException',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
] as const;

export interface StoryEvent {
  name: (typeof STORY_EVENTS)[number];
  payload: unknown;
  /** When the event came, in ms since the story page's navigation started (`performance.now()`). */
  at: number;
}

/**
 * Runs in the story iframe before Storybook boots and records the preview's
 * channel events (the story finished, with its a11y report; render or play
 * exceptions) into `window.__placardStoryEvents` as Storybook assigns its
 * channel to the global, each with the time it came since navigation started. Plain source text: a compiled function would carry
 * the test runner's helpers into the page.
 */
export const recordStoryEvents = `
(() => {
  const events = [];
  let channel;
  window.__placardStoryEvents = events;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      for (const name of ${JSON.stringify(STORY_EVENTS)}) next.on(name, (payload) => events.push({ name, payload, at: performance.now() }));
    },
  });
})();
`;
