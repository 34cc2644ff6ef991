/**
 * The one list of the package's tags. Each is defined by `@placard/elements/<tag>.js`,
 * built from `src/<tag>/<tag>.ts`; the elements' build, the embed's chunked build and its
 * single-file bundle, and the size limits all read it from here (`@placard/elements/tags.js`),
 * so a new element is added in one place. The wrapper comes first: the single-file bundle
 * defines in this order, and the wrapper is defined before the widgets inside it.
 */
export const ELEMENT_TAGS = ['placard-campaign', 'campaign-timeline', 'petition-counter', 'mp-email-form'] as const;

/** The widgets a partner places on a page; the wrapper shows nothing of its own. */
export const WIDGET_TAGS = ['campaign-timeline', 'petition-counter', 'mp-email-form'] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
export type WidgetTag = (typeof WIDGET_TAGS)[number];
