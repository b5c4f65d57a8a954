// One contact attempt with a creator for a campaign (database version 7): when it went, by which
// channel, and what came of it. Response times and rates are computed from these (lib/campaign).
import * as z from 'zod/mini';
import { MomentSchema } from '../schema/bounds';

export const OUTREACH_CHANNELS = ['email', 'instagram-dm', 'tiktok-message', 'tiktok-shop-invite', 'agency', 'other'] as const;

/** What came of an attempt: still waiting, an answer (replied, agreed, declined), or closed as unanswered. */
export const OUTREACH_OUTCOMES = ['waiting', 'replied', 'agreed', 'declined', 'no-answer'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];
export const ANSWERS: readonly OutreachOutcome[] = ['replied', 'agreed', 'declined'];

/** The longest note on an attempt. */
export const OUTREACH_NOTE_LIMIT = 500;

export const OutreachRecordSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    campaignId: z.string().check(z.minLength(1), z.maxLength(64)),
    creatorId: z.string().check(z.minLength(1), z.maxLength(200)),
    channel: z.enum(OUTREACH_CHANNELS),
    /** When the message went, an instant (the user types it in their own time zone). */
    sentAt: MomentSchema,
    outcome: z.enum(OUTREACH_OUTCOMES),
    /** When the answer came: set exactly when the outcome is an answer, never before sentAt. */
    answeredAt: z.nullable(MomentSchema),
    note: z.string().check(z.maxLength(OUTREACH_NOTE_LIMIT)),
    updatedAt: MomentSchema,
  })
  .check(
    z.superRefine((attempt, ctx) => {
      const answered = ANSWERS.includes(attempt.outcome);
      if (answered !== (attempt.answeredAt !== null)) {
        ctx.issues.push({ code: 'custom', message: answered ? 'answer without a time' : 'a time without an answer', input: attempt.answeredAt, path: ['answeredAt'] });
      } else if (attempt.answeredAt !== null && attempt.answeredAt < attempt.sentAt) {
        ctx.issues.push({ code: 'custom', message: 'answered before sent', input: attempt.answeredAt, path: ['answeredAt'] });
      }
    }),
  );
export type OutreachRecord = z.infer<typeof OutreachRecordSchema>;
