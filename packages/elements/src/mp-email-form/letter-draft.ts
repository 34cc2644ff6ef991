import type { Representative } from '@placard/contract';
import { SessionDraft } from '../drafts/session-draft.js';

/** The steps a supporter can be on while writing (the "sent" panel is not kept). */
export type LetterStep = 'postcode' | 'letter' | 'details';

/** Everything typed so far, kept in the session draft. */
export interface LetterDraft {
  step: LetterStep;
  postcode: string;
  representative: Representative | undefined;
  subject: string;
  body: string;
  /** The letter as filled in for the MP: while unchanged it is refilled if the MP changes. */
  filledSubject: string;
  filledBody: string;
  name: string;
  email: string;
  address: string;
  privacy: boolean;
  updates: boolean;
}

/**
 * Whether the supporter left this campaign's letter past the first step (and
 * reloaded): the first view then waits for the rest of the form instead of
 * showing a postcode step they have already done.
 */
export function resumesPastFirstStep(element: string, campaign: string): boolean {
  const saved = new SessionDraft<LetterDraft>(element, campaign).load();
  return saved?.representative !== undefined && (saved.step === 'letter' || saved.step === 'details');
}
