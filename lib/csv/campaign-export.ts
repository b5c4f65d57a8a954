// One campaign as CSV, for the team's spreadsheet: one row per delivered post, and one for each
// booked creator who has none yet; each creator's results (clicks, orders, revenue, refunds, ROAS,
// CPA, as the campaign page computes them) on each of their rows. Written by the shortlist export's rules (./export): UTF-8 with
// a byte order mark, CRLF, quoting, formula guard; column names in the file's language or as keys.
import type { CampaignRecord } from '../db/campaign-record';
import type { DealRecord } from '../db/deal-record';
import type { DeliverablePoint, DeliverableRecord } from '../db/deliverable-record';
import type { CreatorLensDatabase } from '../db';
import type { OutreachOutcome, OutreachRecord } from '../db/outreach-record';
import type { CreatorRecord } from '../db/records';
import { listDeals } from '../db/deals';
import { listDeliverables } from '../db/deliverables';
import { listOutreach } from '../db/outreach';
import type { ResultRecord } from '../db/result-record';
import { listResults } from '../db/results';
import { DeliverablePointSchema } from '../db/deliverable-record';
import { platformName } from '../i18n/format';
import { getLocale, say, t, type Locale, type MessageKey } from '../i18n';
import { PLATFORMS } from '../schema/limits';
import type { Platform } from '../schema/snapshot';
import { VALUE_LABELS, type HeaderStyle } from './columns';
import { formatCsvDate } from './dates';
import { plainDecimal, toCsv, type CsvCell, type CsvOptions } from './export';

const COLUMNS = {
  campaign: 'cdata_colCampaign',
  handle: 'cdata_colHandle',
  platform: 'cdata_colPlatform',
  profile_url: 'cdata_colProfileUrl',
  status: 'cdata_colStatus',
  fee: 'cdata_colFee',
  fee_currency: 'cdata_colFeeCurrency',
  commission_percent: 'cdata_colCommission',
  discount_code: 'cdata_colDiscountCode',
  tracking_link: 'cdata_colTrackingLink',
  promised: 'cdata_colPromised',
  samples: 'cdata_colSamples',
  usage_rights: 'cdata_colUsageRights',
  contract_notes: 'cdata_colContractNotes',
  first_contact: 'cdata_colFirstContact',
  first_answer: 'cdata_colFirstAnswer',
  outcome: 'cdata_colOutcome',
  response_time_hours: 'cdata_colResponseHours',
  post_url: 'cdata_colPostUrl',
  due_date: 'cdata_colDueDate',
  posted_at: 'cdata_colPostedAt',
  days_late: 'cdata_colOnTime',
  views: 'cdata_colViews',
  likes: 'cdata_colLikes',
  comments: 'cdata_colComments',
  shares: 'cdata_colShares',
  saves: 'cdata_colSaves',
  first_views: 'cdata_colFirstViews',
  disclosure: 'cdata_colDisclosure',
  available: 'cdata_colAvailable',
  readings: 'cdata_colPoints',
  clicks: 'res_csvClicks',
  orders: 'res_csvOrders',
  revenue: 'res_csvRevenue',
  refunds: 'res_csvRefunds',
  results_currency: 'res_csvCurrency',
  roas: 'res_csvRoas',
  cpa: 'res_csvCpa',
} as const satisfies Record<string, MessageKey>;
type Column = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as Column[];

const OUTCOME_WORDS: Record<OutreachOutcome, MessageKey> = {
  waiting: 'cdata_outcome_waiting',
  replied: 'cdata_outcome_replied',
  agreed: 'cdata_outcome_agreed',
  declined: 'cdata_outcome_declined',
  'no-answer': 'cdata_outcome_noAnswer',
};

/** Everything one campaign's file is made of, read in one go. */
export interface CampaignData {
  campaign: CampaignRecord;
  deals: readonly DealRecord[];
  /** The shortlist's records of the creators booked; one removed from the shortlist is absent. */
  creators: ReadonlyMap<string, CreatorRecord>;
  outreach: readonly OutreachRecord[];
  deliverables: readonly DeliverableRecord[];
  /** Each deliverable's readings, oldest first. */
  points: ReadonlyMap<string, readonly DeliverablePoint[]>;
  /** The results stored for the campaign, typed or imported. */
  results: readonly ResultRecord[];
}

/**
 * A creator's results for the whole campaign, in the campaign's currency: null where the figure is not
 * known (an empty cell, never 0). The caller computes them from the stored results and costs.
 */
export interface CreatorResultFigures {
  clicks: number | null;
  orders: number | null;
  revenue: number | null;
  refunds: number | null;
  currency: string;
  roas: number | null;
  cpa: number | null;
}

/** Reads a campaign's deals, contact attempts, posts and their readings in one read transaction. */
export async function readCampaignData(db: CreatorLensDatabase, campaign: CampaignRecord): Promise<CampaignData> {
  return db.transaction('r', [db.deals, db.creators, db.outreach, db.deliverables, db.deliverablePoints, db.results], async () => {
    const [deals, outreach, deliverables] = await Promise.all([listDeals(db, campaign.id), listOutreach(db, campaign.id), listDeliverables(db, campaign.id)]);
    const creatorIds = [...new Set([...deals, ...deliverables].map((item) => item.creatorId))];
    const creators = (await db.creators.bulkGet(creatorIds)).filter((creator): creator is CreatorRecord => creator !== undefined);
    const stored: unknown[] = await db.deliverablePoints.where('deliverableId').anyOf(deliverables.map((deliverable) => deliverable.id)).toArray();
    const points = new Map<string, DeliverablePoint[]>();
    for (const record of stored) {
      const checked = DeliverablePointSchema.safeParse(record);
      if (!checked.success) continue;
      const list = points.get(checked.data.deliverableId) ?? [];
      list.push(checked.data);
      points.set(checked.data.deliverableId, list);
    }
    for (const list of points.values()) list.sort((a, b) => a.at - b.at);
    const results = await listResults(db, campaign.id);
    return { campaign, deals, creators: new Map(creators.map((creator) => [creator.id, creator])), outreach, deliverables, points, results };
  });
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The platform and handle a creator id names (`${platform}:${handle}`), for a creator gone from the shortlist. */
function fromCreatorId(creatorId: string): { platform: Platform | null; handle: string } {
  const colon = creatorId.indexOf(':');
  const platform = PLATFORMS.find((name) => name === creatorId.slice(0, colon)) ?? null;
  return { platform, handle: platform ? creatorId.slice(colon + 1) : creatorId };
}

/** Whole days a post went up after its due day, by the local calendar; 0 when on the day or before. */
function daysLate(dueDate: string, postedAt: number): number {
  const posted = formatCsvDate(postedAt).slice(0, 10);
  return Math.max(0, Math.round((Date.parse(`${posted}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS));
}

/** The creator's part of the file: who, the deal, the outreach; the same on each of their rows. */
function creatorCells(data: CampaignData, creatorId: string, deal: DealRecord | undefined, keys: boolean, locale: Locale): Partial<Record<Column, CsvCell>> {
  const word = (key: MessageKey, params?: Record<string, string | number>) => t(key, params, locale);
  const creator = data.creators.get(creatorId);
  const named = fromCreatorId(creatorId);
  const platform = creator?.platform ?? named.platform;
  const attempts = data.outreach.filter((attempt) => attempt.creatorId === creatorId);
  const firstContact = attempts.length > 0 ? Math.min(...attempts.map((attempt) => attempt.sentAt)) : null;
  const answers = attempts.flatMap((attempt) => (attempt.answeredAt === null ? [] : [attempt.answeredAt]));
  const firstAnswer = answers.length > 0 ? Math.min(...answers) : null;
  const latest = attempts.at(-1);
  const cells: Partial<Record<Column, CsvCell>> = {
    campaign: data.campaign.name,
    handle: creator?.handle ?? named.handle,
    platform: platform === null ? '' : keys ? platform : platformName(platform),
    profile_url: creator?.profileUrl ?? '',
    status: creator ? (keys ? creator.status : say(VALUE_LABELS.status[creator.status], locale)) : '',
    first_contact: firstContact === null ? '' : formatCsvDate(firstContact),
    first_answer: firstAnswer === null ? '' : formatCsvDate(firstAnswer),
    outcome: latest ? (keys ? latest.outcome : word(OUTCOME_WORDS[latest.outcome])) : '',
    // From the first message to the first answer, to a tenth of an hour.
    response_time_hours: firstContact !== null && firstAnswer !== null ? Math.round((firstAnswer - firstContact) / (HOUR_MS / 10)) / 10 : '',
  };
  if (!deal) return cells;
  const format = (id: DealRecord['promised'][number]['format']) => (keys ? id : word(`cdata_format_${id}`));
  return {
    ...cells,
    fee: deal.fee?.amount ?? '',
    fee_currency: deal.fee?.currency ?? '',
    commission_percent: deal.commissionPercent ?? '',
    discount_code: deal.discountCode ?? '',
    tracking_link: deal.trackingLink ?? '',
    promised: deal.promised
      .map((line) => (line.dueDate ? word('cdata_promiseDue', { count: line.count, format: format(line.format), due: line.dueDate }) : word('cdata_promise', { count: line.count, format: format(line.format) })))
      .join('; '),
    samples: deal.samples
      .map((sample) =>
        [
          sample.cost ? word('cdata_sampleCost', { product: sample.product, cost: `${plainDecimal(sample.cost.amount)} ${sample.cost.currency}` }) : word('cdata_sample', { product: sample.product }),
          sample.sentOn ? word('cdata_sampleSent', { day: sample.sentOn }) : null,
          sample.receivedOn ? word('cdata_sampleReceived', { day: sample.receivedOn }) : null,
        ]
          .filter((part) => part !== null)
          .join(', '),
      )
      .join('; '),
    usage_rights: deal.usageRights
      ? [deal.usageRights.what, deal.usageRights.where, deal.usageRights.until ? word('cdata_rightsUntil', { day: deal.usageRights.until }) : ''].filter((part) => part !== '').join(', ')
      : '',
    contract_notes: deal.contractNotes,
  };
}

/** A delivered post's part of its row: when, and its figures as last read. */
function postCells(deliverable: DeliverableRecord, points: readonly DeliverablePoint[], keys: boolean, locale: Locale): Partial<Record<Column, CsvCell>> {
  const newest = points.at(-1);
  const late = deliverable.dueDate !== null && deliverable.postedAt !== null ? daysLate(deliverable.dueDate, deliverable.postedAt) : null;
  const yesNo = (value: boolean) => (keys ? (value ? 'yes' : 'no') : t(value ? 'cdata_yes' : 'cdata_no', undefined, locale));
  return {
    post_url: deliverable.url,
    due_date: deliverable.dueDate ?? '',
    posted_at: deliverable.postedAt === null ? '' : formatCsvDate(deliverable.postedAt),
    days_late: late === null ? '' : keys ? late : late === 0 ? t('cdata_onTime', undefined, locale) : t('cdata_daysLate', { days: late }, locale),
    views: newest?.views ?? '',
    likes: newest?.likes ?? '',
    comments: newest?.comments ?? '',
    shares: newest?.shares ?? '',
    saves: newest?.saves ?? '',
    first_views: points[0]?.views ?? '',
    disclosure: newest?.disclosure ? (keys ? newest.disclosure : t(`cdata_disclosure_${newest.disclosure}`, undefined, locale)) : '',
    available: newest ? yesNo(newest.available) : '',
    readings: points.length,
  };
}

// Ratios to the cent: a file of 3.8461538 says no more than one of 3.85.
const cents = (value: number | null): CsvCell => (value === null ? '' : plainDecimal(Math.round(value * 100) / 100));

/** A creator's results part of each of their rows; empty where a figure is not known. */
function resultCells(figures: CreatorResultFigures | undefined): Partial<Record<Column, CsvCell>> {
  if (!figures) return {};
  return {
    clicks: figures.clicks ?? '',
    orders: figures.orders ?? '',
    revenue: cents(figures.revenue),
    refunds: cents(figures.refunds),
    results_currency: figures.currency,
    roas: cents(figures.roas),
    cpa: cents(figures.cpa),
  };
}

/** The campaign's file, its text and how many rows it has; `results` holds each booked creator's results figures. */
export function campaignToCsv(data: CampaignData, options: CsvOptions = {}, results: ReadonlyMap<string, CreatorResultFigures> = new Map()): { text: string; rows: number } {
  const style: HeaderStyle = options.headers ?? 'labels';
  const locale = options.locale ?? getLocale();
  const keys = style === 'keys';
  const rows: Array<Partial<Record<Column, CsvCell>>> = [];
  const postsOf = (creatorId: string) => data.deliverables.filter((deliverable) => deliverable.creatorId === creatorId);
  const booked = new Set(data.deals.map((deal) => deal.creatorId));
  // Creators in the order they were booked, then posts of creators no longer booked, so none is lost.
  const creatorIds = [...booked, ...new Set(data.deliverables.map((deliverable) => deliverable.creatorId).filter((id) => !booked.has(id)))];
  for (const creatorId of creatorIds) {
    const creator = {
      ...creatorCells(
        data,
        creatorId,
        data.deals.find((deal) => deal.creatorId === creatorId),
        keys,
        locale,
      ),
      ...resultCells(results.get(creatorId)),
    };
    const posts = postsOf(creatorId);
    if (posts.length === 0) rows.push(creator);
    for (const post of posts) rows.push({ ...creator, ...postCells(post, data.points.get(post.id) ?? [], keys, locale) });
  }
  const header = FIELDS.map((field) => (keys ? field : t(COLUMNS[field], undefined, locale)));
  return { text: toCsv(header, rows.map((row) => FIELDS.map((field) => row[field] ?? ''))), rows: rows.length };
}

/** `creator-lens-<campaign-slug>-<date>.csv`: the name in lower case, letters of any script kept. */
export function campaignCsvFileName(campaign: CampaignRecord, now: number): string {
  const slug = campaign.name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `creator-lens-${slug || 'campaign'}-${formatCsvDate(now).slice(0, 10)}.csv`;
}
