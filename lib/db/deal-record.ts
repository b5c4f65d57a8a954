// What a creator booked in a campaign is (database version 7): one record per campaign and creator,
// holding the deal agreed with them. A creator can be in several campaigns, each with its own deal.
import * as z from 'zod/mini';
import { MomentSchema, PriceSchema } from '../schema/bounds';
import { TEXT_LIMITS } from '../schema/limits';
import { DaySchema } from './campaign-record';

const str = (max: number) => z.string().check(z.maxLength(max));

/** What a promised deliverable is. */
export const DELIVERABLE_FORMATS = ['video', 'short', 'reel', 'post', 'story', 'live', 'other'] as const;
/** At most this many sample shipments and promise lines on one deal. */
export const MAX_DEAL_LINES = 20;

/** A product sent to the creator, with what it cost and when it went and arrived. */
export const SampleSchema = z
  .object({
    product: str(200).check(z.minLength(1)),
    cost: z.nullable(PriceSchema),
    sentOn: z.nullable(DaySchema),
    receivedOn: z.nullable(DaySchema),
  })
  .check(
    z.superRefine((sample, ctx) => {
      if (sample.sentOn !== null && sample.receivedOn !== null && sample.receivedOn < sample.sentOn) {
        ctx.issues.push({ code: 'custom', message: 'received before sent', input: sample.receivedOn, path: ['receivedOn'] });
      }
    }),
  );

/** Posts the creator promised: how many, in which format, due by which day. */
export const PromiseSchema = z.object({
  count: z.int().check(z.minimum(1), z.maximum(100)),
  format: z.enum(DELIVERABLE_FORMATS),
  dueDate: z.nullable(DaySchema),
});

export const DealRecordSchema = z.object({
  /** `${campaignId}|${creatorId}` (dealId) */
  id: str(200).check(z.minLength(3)),
  campaignId: str(64).check(z.minLength(1)),
  /** The shortlist's creator id, `${platform}:${handle}`. */
  creatorId: str(200).check(z.minLength(1)),
  fee: z.nullable(PriceSchema),
  samples: z.array(SampleSchema).check(z.maxLength(MAX_DEAL_LINES)),
  commissionPercent: z.nullable(z.number().check(z.refine((n) => Number.isFinite(n) && n > 0 && n <= 100))),
  discountCode: z.nullable(str(64).check(z.minLength(1))),
  /** The link the creator shares, with its utm_ parameters (lib/campaign/utm). */
  trackingLink: z.nullable(str(TEXT_LIMITS.url).check(z.regex(/^https?:\/\/\S+$/))),
  promised: z.array(PromiseSchema).check(z.maxLength(MAX_DEAL_LINES)),
  /** What the brand may do with the content, where, until when. */
  usageRights: z.nullable(z.object({ what: str(200), where: str(200), until: z.nullable(DaySchema) })),
  contractNotes: str(TEXT_LIMITS.note),
  addedAt: MomentSchema,
  updatedAt: MomentSchema,
});
export type DealRecord = z.infer<typeof DealRecordSchema>;

export const dealId = (campaignId: string, creatorId: string): string => `${campaignId}|${creatorId}`;

/** A creator just added to a campaign: nothing agreed yet. */
export function newDeal(campaignId: string, creatorId: string, now: number): DealRecord {
  return {
    id: dealId(campaignId, creatorId),
    campaignId,
    creatorId,
    fee: null,
    samples: [],
    commissionPercent: null,
    discountCode: null,
    trackingLink: null,
    promised: [],
    usageRights: null,
    contractNotes: '',
    addedAt: now,
    updatedAt: now,
  };
}
