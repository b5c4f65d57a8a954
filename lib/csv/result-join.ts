// Importing a seller's result file: each row joined to what the campaign has. A video id finds the
// delivered post, a handle the creator (any case, with or without @), a discount code or a tracking
// link's utm_campaign (and utm_content) the deal. A row that finds nothing is listed with why, never
// dropped; rows with the same match (one video selling several products) are added together.
import type { DealRecord } from '../db/deal-record';
import type { DeliverableRecord } from '../db/deliverable-record';
import { resultId, type ResultRecord, type ResultSource } from '../db/result-record';
import { text, type Text } from '../i18n';
import type { ResultRow } from './result-rows';

export interface Unmatched {
  row: number;
  why: Text;
}

export interface JoinedResult {
  record: ResultRecord;
  /** The file's rows it adds up. */
  rows: number[];
}

interface Campaign {
  campaignId: string;
  deals: readonly DealRecord[];
  deliverables: readonly DeliverableRecord[];
}

interface FileFacts {
  source: Exclude<ResultSource, 'manual'>;
  fileName: string | null;
  /** The currency the file's amounts are in (files rarely say; the user picks it). */
  currency: string;
  now: number;
}

type Match = { ok: true; creatorId: string; deliverableId: string | null; matchedBy: string } | { ok: false; why: Text };

const handleOf = (creatorId: string) => creatorId.slice(creatorId.indexOf(':') + 1);
const bare = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

function utmOf(link: string | null): { campaign: string; content: string | null } | null {
  if (link === null) return null;
  try {
    const params = new URL(link).searchParams;
    const campaign = params.get('utm_campaign');
    return campaign ? { campaign: campaign.toLowerCase(), content: params.get('utm_content')?.toLowerCase() ?? null } : null;
  } catch {
    return null;
  }
}

function matchRow(row: ResultRow, { deals, deliverables }: Campaign): Match {
  if (row.videoId !== null) {
    const id = row.videoId.trim();
    // A long id a spreadsheet turned into 7.30123E+18 has lost its last digits.
    if (/^\d(\.\d+)?e\+\d+$/i.test(id)) return { ok: false, why: text('rimp_whyVideoRounded', { id }) };
    const post = deliverables.find((deliverable) => deliverable.postKey.slice(deliverable.postKey.indexOf(':') + 1) === id);
    return post ? { ok: true, creatorId: post.creatorId, deliverableId: post.id, matchedBy: `video:${id}` } : { ok: false, why: text('rimp_whyVideo', { id }) };
  }
  if (row.creator !== null) {
    const handle = bare(row.creator);
    const found = deals.filter((deal) => handleOf(deal.creatorId) === handle);
    if (found.length === 1) return { ok: true, creatorId: found[0]!.creatorId, deliverableId: null, matchedBy: `creator:@${handle}` };
    return { ok: false, why: text(found.length === 0 ? 'rimp_whyCreator' : 'rimp_whyCreatorTwice', { handle: `@${handle}` }) };
  }
  if (row.code !== null) {
    const code = row.code.trim();
    const found = deals.filter((deal) => deal.discountCode?.toLowerCase() === code.toLowerCase());
    if (found.length === 1) return { ok: true, creatorId: found[0]!.creatorId, deliverableId: null, matchedBy: `code:${code.toUpperCase()}` };
    return { ok: false, why: text(found.length === 0 ? 'rimp_whyCode' : 'rimp_whyCodeTwice', { code }) };
  }
  if (row.utmCampaign !== null) {
    const campaign = row.utmCampaign.trim().toLowerCase();
    const content = row.utmContent?.trim().toLowerCase() || null;
    const found = deals.filter((deal) => {
      const utm = utmOf(deal.trackingLink);
      return utm !== null && utm.campaign === campaign && (content === null || utm.content === content);
    });
    const link = content === null ? campaign : `${campaign}/${content}`;
    if (found.length === 1) return { ok: true, creatorId: found[0]!.creatorId, deliverableId: null, matchedBy: `link:${link}` };
    return { ok: false, why: text(found.length === 0 ? 'rimp_whyLink' : 'rimp_whyLinkShared', { link }) };
  }
  return { ok: false, why: text('rimp_whyNothing') };
}

const add = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);
const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The rows matched, as results to store (one per match), and the rows that matched nothing, with why. */
export function joinResults(rows: readonly ResultRow[], campaign: Campaign, file: FileFacts): { matched: JoinedResult[]; unmatched: Unmatched[] } {
  const byMatch = new Map<string, { match: Extract<Match, { ok: true }>; rows: ResultRow[] }>();
  const unmatched: Unmatched[] = [];
  for (const row of rows) {
    const match = matchRow(row, campaign);
    if (!match.ok) {
      unmatched.push({ row: row.row, why: match.why });
      continue;
    }
    const group = byMatch.get(match.matchedBy);
    if (group) group.rows.push(row);
    else byMatch.set(match.matchedBy, { match, rows: [row] });
  }
  const matched = [...byMatch.values()].map(({ match, rows: group }): JoinedResult => {
    // As stored, cut to the record's limit (a utm_campaign of hundreds of characters).
    const matchedBy = match.matchedBy.slice(0, 300);
    const sum = <K extends keyof ResultRow['counts']>(key: K) => group.reduce<number | null>((total, row) => add(total, row.counts[key]), null);
    const money = (pick: (row: ResultRow) => number | null) => {
      const total = group.reduce<number | null>((sofar, row) => add(sofar, pick(row)), null);
      return total === null ? null : { amount: cents(total), currency: file.currency };
    };
    return {
      rows: group.map((row) => row.row),
      record: {
        id: resultId(campaign.campaignId, file.source, matchedBy),
        campaignId: campaign.campaignId,
        creatorId: match.creatorId,
        deliverableId: match.deliverableId,
        source: file.source,
        matchedBy,
        clicks: sum('clicks'),
        orders: sum('orders'),
        itemsSold: sum('itemsSold'),
        newCustomers: sum('newCustomers'),
        // Net sales where the file has them, else gross sales (Shopify gives both).
        revenue: money((row) => row.money.revenue ?? row.money.grossSales),
        refunds: money((row) => row.money.refunds),
        commission: money((row) => row.money.commission),
        fileName: file.fileName === null ? null : file.fileName.slice(0, 260),
        at: file.now,
      },
    };
  });
  return { matched, unmatched };
}
