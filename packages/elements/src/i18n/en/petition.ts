import type { Catalogue } from '../catalogue.js';

export const petition: Catalogue['petition'] = {
  unit: (count, f) => f.plural(count, { one: 'signature', other: 'signatures' }),
  signatures: (count, f) =>
    f.plural(count, { one: `${f.number(count)} signature`, other: `${f.number(count)} signatures` }),
  progressLabel: (count, target, f) => `${f.number(count)} of ${f.number(target)} signatures`,
  toGo: (remaining, target, f) => `${f.number(remaining)} more to reach ${f.number(target)}`,
  goal: (goal, f) => `Goal: ${f.number(goal)}`,
  goalReached: 'Goal reached — thank you!',
  milestonesHeading: 'Milestones reached',
  celebration: (count, f) => `We’ve reached ${f.number(count)} signatures! Thank you.`,
  signHeading: 'Sign the petition',
  closedBody: 'This petition is closed. Thank you to everyone who signed.',
};
