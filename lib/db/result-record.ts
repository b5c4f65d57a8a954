// What a creator's work brought a campaign (database version 8): clicks, orders, revenue and refunds
// as the seller's own files or the user's hand give them, for one delivered post or for the creator
// as a whole. The id names the campaign, the source and what the row was matched by, so importing the
// same file again replaces its rows instead of counting them twice.
import * as z from 'zod/mini';
import { CountNumberSchema, CurrencySchema, MAX_PRICE, MomentSchema } from '../schema/bounds';

/** Where a result came from: typed by hand, or a file of one of the known layouts, or one mapped by hand. */
export const RESULT_SOURCES = ['manual', 'tiktok-shop', 'discount-code', 'analytics', 'mapped'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

/** Money that may be 0 (a day without sales), in whole cents. */
const MoneySchema = z.object({
  amount: z.number().check(z.refine((amount) => Number.isFinite(amount) && amount >= 0 && amount <= MAX_PRICE && Math.round(amount * 100) / 100 === amount, 'bound_price')),
  currency: CurrencySchema,
});

const count = z.nullable(CountNumberSchema);
const money = z.nullable(MoneySchema);

export const ResultRecordSchema = z.object({
  /** `${campaignId}|${source}|${matchedBy}` (resultId) */
  id: z.string().check(z.minLength(5), z.maxLength(400)),
  campaignId: z.string().check(z.minLength(1), z.maxLength(64)),
  creatorId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The delivered post the result is for; null when it is for the creator as a whole. */
  deliverableId: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
  source: z.enum(RESULT_SOURCES),
  /** What the row was matched by, as the user can read it: "video:7301…", "creator:@lena", "code:LENA10", "link:spring/lena". */
  matchedBy: z.string().check(z.minLength(1), z.maxLength(300)),
  clicks: count,
  orders: count,
  itemsSold: count,
  newCustomers: count,
  revenue: money,
  refunds: money,
  /** Commission the platform reports as paid (TikTok Shop's affiliate exports carry it). */
  commission: money,
  /** The file it came from; null when typed. */
  fileName: z.nullable(z.string().check(z.maxLength(260))),
  at: MomentSchema,
});
export type ResultRecord = z.infer<typeof ResultRecordSchema>;

export const resultId = (campaignId: string, source: ResultSource, matchedBy: string): string => `${campaignId}|${source}|${matchedBy}`;
