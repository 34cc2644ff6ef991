import type { StoryContext } from '@storybook/web-components-vite';
import { stageGlobals } from '../toolbar/globals.js';
import { type MockSession, type MockSessionOptions, openMockSession } from './mock-session.js';

/** Story parameters this Storybook understands, under `parameters.placard`. */
export interface PlacardParameters {
  mock?: MockSessionOptions;
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    placard?: PlacardParameters;
  }
  interface StoryContext {
    /** This render's mocked API (set before the story renders). */
    placard: MockSession;
  }
}

// Every story shown at once: one in story view, several on a docs page.
const open = new Set<MockSession>();

/** sessionStorage is shared with the manager; only the widgets' drafts are cleared. */
function clearWidgetDrafts(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.toLowerCase().startsWith('placard')) sessionStorage.removeItem(key);
  }
}

/**
 * A fresh mocked API per render (seed data, this story's changes, the toolbar
 * scenario) served by the msw worker; closed when the story is left.
 */
export async function withMockApi(context: StoryContext) {
  const session = openMockSession(stageGlobals(context.globals).scenario, context.parameters.placard?.mock);
  open.add(session);
  context.placard = session;
  // Each session answers only for its own API base, so all open ones can coexist.
  context.msw.resetHandlers();
  context.msw.use(...[...open].flatMap((each) => each.handlers));
  if (context.viewMode === 'story') clearWidgetDrafts();
  return () => {
    session.close();
    open.delete(session);
  };
}
