// A delivered post attached to a deal (database version 7), and the dated figures read each time it
// is opened. A post is one deliverable per campaign: `postKey` is `${platform}:${post id}`.
import * as z from 'zod/mini';
import { CountNumberSchema, MomentSchema, onPlatform } from '../schema/bounds';
import { PLATFORMS, TEXT_LIMITS } from '../schema/limits';
import { DaySchema } from './campaign-record';

export const ATTACHED_BY = ['typed', 'offered'] as const;

export const DeliverableRecordSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    campaignId: z.string().check(z.minLength(1), z.maxLength(64)),
    creatorId: z.string().check(z.minLength(1), z.maxLength(200)),
    platform: z.enum(PLATFORMS),
    postKey: z.string().check(z.minLength(3), z.maxLength(100)),
    url: z.string().check(z.maxLength(TEXT_LIMITS.url)),
    /** The day it was due, from the deal's promises; null when none was set. */
    dueDate: z.nullable(DaySchema),
    /** When the post went up, as its page says; null until a reading gives it. */
    postedAt: z.nullable(MomentSchema),
    attachedAt: MomentSchema,
    /** Typed or pasted by the user, or offered by the popup on the post's page and accepted. */
    attachedBy: z.enum(ATTACHED_BY),
  })
  .check(
    z.superRefine((deliverable, ctx) => {
      if (!onPlatform(deliverable.platform, deliverable.url)) ctx.issues.push({ code: 'custom', message: 'bound_profileUrl', input: deliverable.url, path: ['url'] });
    }),
  );
export type DeliverableRecord = z.infer<typeof DeliverableRecordSchema>;

const figure = z.nullable(CountNumberSchema);

/** A deliverable's figures and checks as read on one visit to its page. */
export const DeliverablePointSchema = z.object({
  id: z.optional(z.int().check(z.minimum(1))),
  deliverableId: z.string().check(z.minLength(1), z.maxLength(64)),
  at: MomentSchema,
  views: figure,
  likes: figure,
  comments: figure,
  shares: figure,
  saves: figure,
  /** Ad disclosure as lib/scoring/disclosure reads it; null when neither label nor caption was readable. */
  disclosure: z.nullable(z.enum(['clear', 'unclear', 'none'])),
  /** False when the page said the post is gone (removed, private, not found). */
  available: z.boolean(),
});
export type DeliverablePoint = z.infer<typeof DeliverablePointSchema>;
