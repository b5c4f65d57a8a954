// How well a creator fits the active campaign: the language of the bio and captions against the
// campaign's languages, the share of recent posts on the niche, and the price the creator's views
// suggest against the budget. Fit is reported beside the quality score and never changes it.
// What a campaign is, and where campaigns are kept, is in ./settings.
import type { Platform, Post, Snapshot } from '../schema/snapshot';
import { platformName } from '../i18n/format';
import { text, type Text } from '../i18n/text';
import { tierRank, tierShortName, type Assessment } from '../scoring';
import type { Campaign } from './settings';

export type Verdict = 'fits' | 'does-not-fit' | 'unknown';

/** A language the browser's detector found in one text. */
export interface Detection {
  source: 'bio' | 'caption';
  /** ISO 639 code as the browser gives it ("en", "zh-Hant" …), or null when nothing reliable was found. */
  language: string | null;
}

export interface LanguageFit {
  verdict: Verdict;
  /** Languages found, by how many texts (bio and captions) are in each, most first. */
  found: Array<{ language: string; texts: number }>;
  reason: Text;
}

export interface NicheFit {
  verdict: Verdict;
  onNiche: number;
  /** Recent posts with a caption or hashtags to judge. */
  judged: number;
  share: number | null;
  reason: Text;
}

export interface PriceFit {
  verdict: Verdict;
  /** Expected price per post in USD from median views and the platform's CPM range. */
  bandUsd: { low: number; high: number } | null;
  reason: Text;
}

export interface CampaignFit {
  campaign: Campaign;
  platform: { verdict: Verdict; reason: Text };
  tier: { verdict: Verdict; reason: Text };
  language: LanguageFit;
  niche: NicheFit;
  price: PriceFit;
}

/** The trade's bar for a creator's niche share (DOMAIN: trade press asks for more than 70%). */
export const NICHE_SHARE_BAR = 0.7;

/** CPM rules of thumb on expected views, USD per 1,000 views. */
export const CPM_USD: Record<Platform, { low: number; high: number }> = {
  instagram: { low: 5, high: 15 },
  tiktok: { low: 5, high: 15 },
  youtube: { low: 15, high: 30 },
};

const primary = (code: string) => code.toLowerCase().split(/[-_]/)[0]!;

export function languageFit(detections: readonly Detection[], campaign: Campaign): LanguageFit {
  const counts = new Map<string, number>();
  for (const detection of detections) {
    if (detection.language) counts.set(primary(detection.language), (counts.get(primary(detection.language)) ?? 0) + 1);
  }
  const found = [...counts.entries()].map(([language, texts]) => ({ language, texts })).sort((a, b) => b.texts - a.texts);
  const wanted = new Set(campaign.languages.map(primary));
  if (wanted.size === 0) return { verdict: 'unknown', found, reason: text('pop_langNone') };
  if (found.length === 0) return { verdict: 'unknown', found, reason: text('pop_langNothing') };
  const total = found.reduce((sum, item) => sum + item.texts, 0);
  const matching = found.filter((item) => wanted.has(item.language)).reduce((sum, item) => sum + item.texts, 0);
  const names = [...wanted].join(', ');
  if (matching * 2 > total) return { verdict: 'fits', found, reason: text('pop_langFits', { matching, total, names }) };
  return { verdict: 'does-not-fit', found, reason: text('pop_langNotFits', { matching, total, names, top: found[0]!.language }) };
}

const normalise = (word: string) => word.trim().replace(/^#/, '').toLocaleLowerCase();

export function isOnNiche(post: Pick<Post, 'caption' | 'hashtags'>, keywords: readonly string[]): boolean {
  const caption = (post.caption ?? '').toLocaleLowerCase();
  const tags = new Set(post.hashtags.map(normalise));
  return keywords.map(normalise).some((word) => word.length > 0 && (tags.has(word) || caption.includes(word)));
}

/** Over the posts the assessment used (recent, unpinned), by id; posts without any text are not judged. */
export function nicheFit(posts: readonly Post[], campaign: Campaign): NicheFit {
  if (campaign.keywords.length === 0) return { verdict: 'unknown', onNiche: 0, judged: 0, share: null, reason: text('pop_nicheNone') };
  const judged = posts.filter((post) => (post.caption ?? '').trim() !== '' || post.hashtags.length > 0);
  if (judged.length === 0) {
    return { verdict: 'unknown', onNiche: 0, judged: 0, share: null, reason: text('pop_nicheNoText') };
  }
  const onNiche = judged.filter((post) => isOnNiche(post, campaign.keywords)).length;
  const share = onNiche / judged.length;
  return {
    verdict: share > NICHE_SHARE_BAR ? 'fits' : 'does-not-fit',
    onNiche,
    judged: judged.length,
    share,
    reason: text('pop_nicheShare', { onNiche, judged: judged.length, percent: Math.round(share * 100) }),
  };
}

export function priceFit(platform: Platform, medianViews: number | null, campaign: Campaign): PriceFit {
  const cpm = CPM_USD[platform];
  const bandUsd = medianViews !== null && medianViews > 0 ? { low: (medianViews / 1000) * cpm.low, high: (medianViews / 1000) * cpm.high } : null;
  const rule = text('pop_priceRule', { low: cpm.low, high: cpm.high, platform: platformName(platform) });
  if (!bandUsd) return { verdict: 'unknown', bandUsd, reason: text('pop_priceNoViews') };
  const { budget } = campaign;
  if (!budget) return { verdict: 'unknown', bandUsd, reason: text('pop_priceNoBudget', { rule }) };
  const budgetUsd = budget.currency.toUpperCase() === 'USD' ? budget.amount : budget.perUsd ? budget.amount / budget.perUsd : null;
  if (budgetUsd === null) {
    return { verdict: 'unknown', bandUsd, reason: text('pop_priceNoRate', { currency: budget.currency }) };
  }
  if (budgetUsd < bandUsd.low) return { verdict: 'does-not-fit', bandUsd, reason: text('pop_priceBelow', { rule }) };
  if (budgetUsd > bandUsd.high) return { verdict: 'fits', bandUsd, reason: text('pop_priceRoom', { rule }) };
  return { verdict: 'fits', bandUsd, reason: text('pop_priceWithin', { rule }) };
}

export function campaignFit(snapshot: Snapshot, assessment: Assessment, campaign: Campaign, detections: readonly Detection[], posts: readonly Post[]): CampaignFit {
  const platformOk = campaign.platforms.length === 0 || campaign.platforms.includes(snapshot.platform);
  const tier = assessment.tier;
  const medianViews = assessment.metrics.find((metric) => metric.id === 'medianViews')?.value ?? null;
  return {
    campaign,
    platform: platformOk
      ? { verdict: 'fits', reason: campaign.platforms.length === 0 ? text('pop_platformAny') : text('pop_platformFits', { platform: platformName(snapshot.platform) }) }
      : { verdict: 'does-not-fit', reason: text('pop_platformOnly', { platforms: campaign.platforms.map(platformName).join(', ') }) },
    tier: !campaign.minTier
      ? { verdict: 'fits', reason: text('pop_tierNoMinimum') }
      : !tier
        ? { verdict: 'unknown', reason: text('pop_tierNotShown') }
        : tierRank(tier.id) >= tierRank(campaign.minTier)
          ? { verdict: 'fits', reason: text('pop_tierMeets', { tier: tier.label, minimum: tierShortName(campaign.minTier) }) }
          : { verdict: 'does-not-fit', reason: text('pop_tierBelow', { tier: tier.label, minimum: tierShortName(campaign.minTier) }) },
    language: languageFit(detections, campaign),
    niche: nicheFit(posts, campaign),
    price: priceFit(snapshot.platform, medianViews !== null && Number.isFinite(medianViews) ? medianViews : null, campaign),
  };
}

/** The recent posts the assessment judged (unpinned ones, by id), with their captions and hashtags. */
export function recentPosts(snapshot: Snapshot, seenPosts: readonly Post[], assessment: Assessment): Post[] {
  const byId = new Map([...seenPosts, ...snapshot.posts].map((post) => [post.id, post]));
  return assessment.posts.filter((mark) => !mark.pinned).flatMap((mark) => (byId.has(mark.id) ? [byId.get(mark.id)!] : []));
}
