// What a campaign record is (database version 6): what the campaign is for, when it runs, where and in
// which languages, its niche, budget and KPI targets. Later records (creators booked in a campaign,
// deals, deliverables) point at a campaign by its id, so a campaign is archived, never deleted.
import * as z from 'zod/mini';
import { TIER_IDS } from '../schema/assessment';
import { CurrencySchema, MAX_PRICE, MomentSchema } from '../schema/bounds';
import { PLATFORMS } from '../schema/limits';

const str = (max: number) => z.string().check(z.maxLength(max));
const list = (max: number) => z.array(str(100)).check(z.maxLength(max));

/** What a campaign is mainly for; each calls for different KPIs (CPM for awareness, CPA and ROAS for conversion). */
export const GOALS = ['awareness', 'content', 'conversion'] as const;

/** The largest KPI target: a cost or a view count beyond it is a typing slip. */
const MAX_KPI = 1e12;
const kpi = z.nullable(z.number().check(z.refine((n) => Number.isFinite(n) && n > 0 && n <= MAX_KPI)));

/** A calendar day as the user picks it, 'YYYY-MM-DD', and a real one (no 31 February). */
export const DaySchema = z.string().check(
  z.refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)),
);

/** What the popup's campaign fit reads of a campaign: the settings the options page has always edited. */
export const CampaignFitSchema = z.object({
  id: str(64).check(z.minLength(1)),
  name: str(100).check(z.minLength(1)),
  /** Countries or regions the campaign sells in, as the user writes them (US, DE, 东南亚 …). */
  targetMarkets: list(50),
  /** ISO 639-1 codes of the languages the content should be in (en, de, zh …). */
  languages: list(20),
  /** Words and hashtags of the niche, matched in captions and hashtags without case. */
  keywords: list(100),
  /** Platforms the campaign books; empty means any. */
  platforms: z.array(z.enum(PLATFORMS)),
  budget: z.nullable(
    z.object({
      amount: z.number().check(z.positive(), z.maximum(MAX_PRICE)),
      currency: str(10).check(z.minLength(3)),
      /** Units of the budget currency per US dollar, for comparing with the USD rules of thumb. */
      perUsd: z.nullable(z.number().check(z.positive())),
    }),
  ),
  minTier: z.nullable(z.enum(TIER_IDS)),
});

export const CampaignRecordSchema = z
  .object({
    ...CampaignFitSchema.shape,
    goal: z.nullable(z.enum(GOALS)),
    startDate: z.nullable(DaySchema),
    endDate: z.nullable(DaySchema),
    /** The targets the results are measured against: costs in the budget currency, ROAS as a ratio, views a count. */
    kpiTargets: z.object({ cpm: kpi, cpe: kpi, cpa: kpi, roas: kpi, totalViews: kpi }),
    // Optional: campaigns stored before these existed still read. Without @ or #, as the user wrote them.
    /** The brand's own accounts: a creator's post naming one is offered as a deliverable. */
    /** The whole campaign's budget, in its own currency (the dialog offers the budget's). Absent on campaigns stored before it. */
    totalBudget: z.optional(z.nullable(z.object({ amount: z.number().check(z.positive(), z.maximum(MAX_PRICE)), currency: str(10).check(z.minLength(3)) }))),
    /** Units of the campaign's currency per unit of another currency, for costs paid in it (lib/campaign/costs). */
    costRates: z.optional(z.record(CurrencySchema, z.number().check(z.refine((n) => Number.isFinite(n) && n > 0 && n <= MAX_KPI)))),
    /** The share of a sale left after the product's cost, in percent: the profit ROI needs it. */
    grossMarginPercent: z.optional(z.nullable(z.number().check(z.refine((n) => Number.isFinite(n) && n > 0 && n <= 100)))),
    brandHandles: z.optional(list(20)),
    /** The campaign's own hashtags, offered the same way. */
    brandHashtags: z.optional(list(20)),
    archivedAt: z.nullable(MomentSchema),
    createdAt: MomentSchema,
    updatedAt: MomentSchema,
  })
  .check(
    z.superRefine((campaign, ctx) => {
      // 'YYYY-MM-DD' strings sort as the days do.
      if (campaign.startDate !== null && campaign.endDate !== null && campaign.endDate < campaign.startDate) {
        ctx.issues.push({ code: 'custom', message: 'end before start', input: campaign.endDate, path: ['endDate'] });
      }
    }),
  );
export type CampaignRecord = z.infer<typeof CampaignRecordSchema>;

export const NO_KPI_TARGETS: CampaignRecord['kpiTargets'] = { cpm: null, cpe: null, cpa: null, roas: null, totalViews: null };

/** A campaign as a record, from the fit settings an earlier version kept in the extension's storage. */
export function campaignRecordOf(fit: z.infer<typeof CampaignFitSchema>, now: number): CampaignRecord {
  return { ...fit, goal: null, startDate: null, endDate: null, kpiTargets: NO_KPI_TARGETS, archivedAt: null, createdAt: now, updatedAt: now };
}
