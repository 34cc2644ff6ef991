import * as v from 'valibot';
import { CountSchema, TimestampSchema } from './primitives.js';
import { TimelineEntrySchema } from './timeline.js';

/** `event: count` — the petition's count changed. */
export const CountEventSchema = v.object({ count: CountSchema, goal: v.number() });

/** `event: milestone` — a milestone was reached; sent once per milestone. */
export const MilestoneEventSchema = v.object({ count: CountSchema, reachedAt: TimestampSchema });

/** `event: timeline` — campaign staff added, edited or removed an entry. */
export const TimelineEventSchema = v.variant('change', [
  v.object({ change: v.picklist(['added', 'updated']), entry: TimelineEntrySchema }),
  v.object({ change: v.literal('deleted'), id: v.string() }),
]);

export const LiveEventSchemas = {
  count: CountEventSchema,
  milestone: MilestoneEventSchema,
  timeline: TimelineEventSchema,
} as const;

export type LiveEventName = keyof typeof LiveEventSchemas;
export type CountEvent = v.InferOutput<typeof CountEventSchema>;
export type MilestoneEvent = v.InferOutput<typeof MilestoneEventSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type LiveEventMap = {
  count: CountEvent;
  milestone: MilestoneEvent;
  timeline: TimelineEvent;
};
