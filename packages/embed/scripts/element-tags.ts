/** The tags the loader knows, each defined by `@placard/elements/<tag>.js`. */
export const ELEMENT_TAGS = ['campaign-timeline', 'petition-counter', 'mp-email-form', 'placard-campaign'] as const;

/** The three widgets the size budgets are about (the wrapper has none of its own). */
export const WIDGET_TAGS = ['campaign-timeline', 'petition-counter', 'mp-email-form'] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
