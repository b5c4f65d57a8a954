// A campaign as its dialog edits it (every field as typed) and the record it makes. Each field that
// cannot be taken (a budget or KPI target of -5 or "abc", an end before the start) gets its own
// message, and no record is made until every field reads: nothing is saved half.
import { CampaignRecordSchema, GOALS, NO_KPI_TARGETS, type CampaignRecord } from '../db/campaign-record';
import { text, type Text } from '../i18n';
import { readRate } from './money';
import { splitList } from './settings';

export const KPI_FIELDS = ['cpm', 'cpe', 'cpa', 'roas', 'totalViews'] as const;
type KpiField = (typeof KPI_FIELDS)[number];

export interface CampaignDraft {
  name: string;
  goal: CampaignRecord['goal'];
  startDate: string;
  endDate: string;
  targetMarkets: string[];
  languages: string[];
  keywords: string;
  platforms: CampaignRecord['platforms'];
  amount: string;
  /** The whole campaign's budget, in the same currency as the budget per post. */
  total: string;
  currency: string;
  perUsd: string;
  minTier: CampaignRecord['minTier'];
  kpis: Record<KpiField, string>;
  /** Comma-separated, as typed; @ and # are dropped when read. */
  brandHandles: string;
  brandHashtags: string;
  /** "EUR 1.08; GBP 1.27": units of the campaign's currency per unit of each other currency. */
  costRates: string;
  grossMarginPercent: string;
}

export type DraftField = 'name' | 'startDate' | 'endDate' | 'amount' | 'total' | 'perUsd' | 'costRates' | 'grossMarginPercent' | KpiField;
export type DraftErrors = Partial<Record<DraftField, Text>>;

export const isGoal = (value: string): value is NonNullable<CampaignRecord['goal']> => GOALS.some((goal) => goal === value);

export function emptyDraft(currency: string): CampaignDraft {
  return {
    name: '',
    goal: null,
    startDate: '',
    endDate: '',
    targetMarkets: [],
    languages: [],
    keywords: '',
    platforms: [],
    amount: '',
    total: '',
    currency,
    perUsd: '',
    minTier: null,
    kpis: { cpm: '', cpe: '', cpa: '', roas: '', totalViews: '' },
    brandHandles: '',
    brandHashtags: '',
    costRates: '',
    grossMarginPercent: '',
  };
}

const shown = (value: number | null) => (value === null ? '' : String(value));

export function draftOf(campaign: CampaignRecord): CampaignDraft {
  return {
    name: campaign.name,
    goal: campaign.goal,
    startDate: campaign.startDate ?? '',
    endDate: campaign.endDate ?? '',
    targetMarkets: campaign.targetMarkets,
    languages: campaign.languages,
    keywords: campaign.keywords.join(', '),
    platforms: campaign.platforms,
    amount: shown(campaign.budget?.amount ?? null),
    total: shown(campaign.totalBudget?.amount ?? null),
    currency: campaign.budget?.currency ?? campaign.totalBudget?.currency ?? 'USD',
    perUsd: shown(campaign.budget?.perUsd ?? null),
    minTier: campaign.minTier,
    kpis: { cpm: shown(campaign.kpiTargets.cpm), cpe: shown(campaign.kpiTargets.cpe), cpa: shown(campaign.kpiTargets.cpa), roas: shown(campaign.kpiTargets.roas), totalViews: shown(campaign.kpiTargets.totalViews) },
    brandHandles: (campaign.brandHandles ?? []).map((handle) => `@${handle}`).join(', '),
    brandHashtags: (campaign.brandHashtags ?? []).map((tag) => `#${tag}`).join(', '),
    costRates: Object.entries(campaign.costRates ?? {}).map(([currency, rate]) => `${currency} ${rate}`).join('; '),
    grossMarginPercent: shown(campaign.grossMarginPercent ?? null),
  };
}

/** A positive number as typed ("1,200", " 12.5 "), null when empty; undefined when it is no such number. */
function readPositive(input: string): number | null | undefined {
  const typed = input.replace(/[,\s]/g, '');
  if (typed === '') return null;
  const value = Number(typed);
  return Number.isFinite(value) && value > 0 && value <= 1e12 ? value : undefined;
}

/** "@acme, acme_us" -> ['acme', 'acme_us']: the marks without their sign, once each whatever the case. */
function marksIn(input: string, sign: '@' | '#'): string[] {
  const marks = splitList(input).map((mark) => mark.replace(sign === '@' ? /^@+/ : /^#+/, '')).filter(Boolean);
  return marks.filter((mark, index) => marks.findIndex((other) => other.toLowerCase() === mark.toLowerCase()) === index);
}

/** "EUR 1.08; gbp=1,27" -> { EUR: 1.08, GBP: 1.27 }; the first piece that reads as no such pair, to name at the field. */
function readCostRates(input: string): { rates: Record<string, number> } | { error: Text } {
  const rates: Record<string, number> = {};
  for (const piece of input.split(/[;\n]/).map((part) => part.trim()).filter(Boolean)) {
    const pair = /^([A-Za-z]{3})\s*[=:]?\s*(\d+(?:[.,]\d+)?)$/.exec(piece);
    const rate = pair ? Number(pair[2]!.replace(',', '.')) : NaN;
    if (!pair || !(rate > 0 && rate <= 1e12)) return { error: text('roi_errRates', { part: piece }) };
    rates[pair[1]!.toUpperCase()] = rate;
  }
  return { rates };
}

/** A percentage above 0 and at most 100, null when empty; undefined when it is no such number. */
function readMargin(input: string): number | null | undefined {
  const typed = input.trim().replace(/%$/, '').replace(',', '.').trim();
  if (typed === '') return null;
  const value = Number(typed);
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : undefined;
}

/** A date field's value: the browser hands 'YYYY-MM-DD' or '' (a date it cannot read). */
const readDay = (input: string): string | null | undefined => (input === '' ? null : /^\d{4}-\d{2}-\d{2}$/.test(input) ? input : undefined);

/**
 * The record a draft makes, over `before` when it edits one, or every field's problem. Whatever the
 * dialog lets through is checked by the record's schema once more before it is stored.
 */
export function campaignFromDraft(draft: CampaignDraft, before: CampaignRecord | null, id: string, now: number): { campaign: CampaignRecord } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = text('pop_errName');
  const startDate = readDay(draft.startDate);
  const endDate = readDay(draft.endDate);
  if (startDate === undefined) errors.startDate = text('campaigns_errDate');
  if (endDate === undefined) errors.endDate = text('campaigns_errDate');
  else if (startDate && endDate && endDate < startDate) errors.endDate = text('campaigns_errEndBeforeStart');
  const amount = readPositive(draft.amount);
  if (amount === undefined) errors.amount = text('pop_errBudget');
  const total = readPositive(draft.total);
  if (total === undefined || (total !== null && total > 1e9)) errors.total = text('campaigns_errNumber');
  const rate = draft.currency === 'USD' ? { perUsd: null } : readRate(draft.perUsd);
  if ('error' in rate && amount !== null) errors.perUsd = rate.error;
  const costRates = readCostRates(draft.costRates);
  if ('error' in costRates) errors.costRates = costRates.error;
  const grossMarginPercent = readMargin(draft.grossMarginPercent);
  if (grossMarginPercent === undefined) errors.grossMarginPercent = text('roi_errMargin');
  const kpiTargets = { ...NO_KPI_TARGETS };
  for (const field of KPI_FIELDS) {
    const value = readPositive(draft.kpis[field]);
    if (value === undefined) errors[field] = text('campaigns_errNumber');
    else kpiTargets[field] = value;
  }
  if (Object.keys(errors).length > 0 || amount === undefined || total === undefined || startDate === undefined || endDate === undefined || 'error' in costRates || grossMarginPercent === undefined) return { errors };
  const campaign: CampaignRecord = {
    id,
    name: name.slice(0, 100),
    goal: draft.goal,
    startDate,
    endDate,
    targetMarkets: draft.targetMarkets,
    languages: draft.languages.map((code) => code.toLowerCase()),
    keywords: splitList(draft.keywords),
    platforms: draft.platforms,
    budget: amount === null ? null : { amount, currency: draft.currency, perUsd: 'perUsd' in rate ? rate.perUsd : null },
    minTier: draft.minTier,
    kpiTargets,
    totalBudget: total === null ? null : { amount: total, currency: draft.currency },
    brandHandles: marksIn(draft.brandHandles, '@'),
    brandHashtags: marksIn(draft.brandHashtags, '#'),
    costRates: costRates.rates,
    grossMarginPercent,
    archivedAt: before?.archivedAt ?? null,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  const checked = CampaignRecordSchema.safeParse(campaign);
  // A value past a bound the fields above do not know of (a name of 200 characters cut, 101 markets):
  // told at the name, nothing stored.
  return checked.success ? { campaign: checked.data } : { errors: { name: text('campaigns_notSaved', { reason: checked.error.issues[0]?.path.join('.') ?? '' }) } };
}
