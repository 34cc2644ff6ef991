import * as v from 'valibot';
import { HttpUrlSchema, IsoDateSchema } from './primitives.js';

export const TimelineKindSchema = v.picklist(['milestone', 'news', 'action']);

export const TimelineEntrySchema = v.object({
  id: v.string(),
  date: IsoDateSchema,
  kind: TimelineKindSchema,
  /** Plain text, never HTML. */
  title: v.string(),
  /** Plain text, never HTML; may be empty. */
  body: v.string(),
  url: v.nullable(HttpUrlSchema),
});

export const TimelinePageSchema = v.object({
  entries: v.array(TimelineEntrySchema),
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: v.nullable(v.string()),
});

export const TIMELINE_MAX_LIMIT = 100;
export const TIMELINE_DEFAULT_LIMIT = 20;

/** Query strings arrive as text, so `limit` is parsed from a string. */
export const TimelineQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))),
  limit: v.optional(
    v.pipe(
      v.union([v.string(), v.number()]),
      v.transform(Number),
      v.integer('Use a whole number.'),
      v.minValue(1, 'Use at least 1.'),
      v.maxValue(TIMELINE_MAX_LIMIT, `Use at most ${TIMELINE_MAX_LIMIT}.`),
    ),
    TIMELINE_DEFAULT_LIMIT,
  ),
});

export type TimelineKind = v.InferOutput<typeof TimelineKindSchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export type TimelinePage = v.InferOutput<typeof TimelinePageSchema>;
export type TimelineQuery = v.InferInput<typeof TimelineQuerySchema>;
