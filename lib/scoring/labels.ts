// Words for the identifiers an assessment carries (metric, component, tier, check and evidence
// names, statistics, severities), for the pages to show next to the figures.
import type { MessageKey } from '../i18n/dictionary';
import { text, type Text } from '../i18n/text';
import type { ComponentId, Confidence, Severity, TierId } from '../schema/assessment';
import type { MetricId } from './types';

const METRIC_KEYS: Readonly<Record<MetricId, MessageKey>> = {
  engagementRate: 'sc_metricEngagementRate',
  engagementPerView: 'sc_metricEngagementPerView',
  viewRate: 'sc_metricViewRate',
  medianViews: 'sc_metricMedianViews',
  meanViews: 'sc_metricMeanViews',
  medianLikes: 'sc_metricMedianLikes',
  medianComments: 'sc_metricMedianComments',
  commentsPerHundredLikes: 'sc_metricCommentsPerHundredLikes',
  sharesPerView: 'sc_metricSharesPerView',
  savesPerView: 'sc_metricSavesPerView',
  postsPerWeek: 'sc_metricPostsPerWeek',
  daysSinceLastPost: 'sc_metricDaysSinceLastPost',
  likesPerVideoPerFollower: 'sc_metricLikesPerVideoPerFollower',
  sponsoredShare: 'sc_metricSponsoredShare',
  sponsoredVsOrganicEngagement: 'sc_metricSponsoredVsOrganic',
};

/** "Engagement rate", "View rate" ... */
export function metricLabel(id: MetricId): Text {
  return text(METRIC_KEYS[id]);
}

const COMPONENT_KEYS: Readonly<Record<ComponentId, MessageKey>> = {
  reach: 'sc_componentReach',
  engagement: 'sc_componentEngagement',
  authenticity: 'sc_componentAuthenticity',
  activity: 'sc_componentActivity',
  compliance: 'sc_componentCompliance',
};

/** "Reach quality", "Authenticity" ... */
export function componentLabel(id: ComponentId): Text {
  return text(COMPONENT_KEYS[id]);
}

/** The component's name inside a sentence ("reach quality"). */
export function componentName(id: ComponentId): Text {
  return text('sc_componentInSentence', { id });
}

const TIER_KEYS: Readonly<Record<TierId, { label: MessageKey; range: MessageKey }>> = {
  nano: { label: 'sc_tierNano', range: 'sc_tierNanoRange' },
  micro: { label: 'sc_tierMicro', range: 'sc_tierMicroRange' },
  mid: { label: 'sc_tierMid', range: 'sc_tierMidRange' },
  macro: { label: 'sc_tierMacro', range: 'sc_tierMacroRange' },
  mega: { label: 'sc_tierMega', range: 'sc_tierMegaRange' },
};

/** "Nano", "Mid-tier" ... */
export function tierLabel(id: TierId): Text {
  return text(TIER_KEYS[id].label);
}

/** "under 10K followers", "10K-100K followers" ... */
export function tierRange(id: TierId): Text {
  return text(TIER_KEYS[id].range);
}

const TIER_SHORT_KEYS: Readonly<Record<TierId, MessageKey>> = { nano: 'pop_tier_nano', micro: 'pop_tier_micro', mid: 'pop_tier_mid', macro: 'pop_tier_macro', mega: 'pop_tier_mega' };

/** A tier's short name ("micro"), in a list of tiers or as a campaign's minimum. */
export function tierShortName(id: TierId): Text {
  return text(TIER_SHORT_KEYS[id]);
}

/** The tier's name inside a sentence ("mid-tier"). */
export function tierName(id: TierId): Text {
  return text('sc_tierInSentence', { tier: id });
}

/** "low" / "medium" / "high", as the confidence chip shows it. */
export function confidenceLabel(confidence: Confidence): Text {
  return text('sc_confidence', { confidence });
}

const SEVERITY_KEYS: Readonly<Record<Severity, MessageKey>> = { info: 'sc_severityInfo', warn: 'sc_severityWarn', risk: 'sc_severityRisk' };

/** "Note" / "Warning" / "Risk", the label in front of a flag. */
export function severityLabel(severity: Severity): Text {
  return text(SEVERITY_KEYS[severity]);
}

const STATISTIC_KEYS: Readonly<Record<string, MessageKey>> = { median: 'sc_statMedian', average: 'sc_statAverage', band: 'sc_statBand' };

/** A benchmark's statistic ("median", "average", "band"); another one as it is. */
export function statisticLabel(statistic: string): Text {
  const key = Object.hasOwn(STATISTIC_KEYS, statistic) ? STATISTIC_KEYS[statistic]! : null;
  return key ? text(key) : text('sc_names', { names: statistic });
}

/** A benchmark's year ("2024-25"); "undated" when the source states none. */
export function yearLabel(year: string): Text {
  return year === 'undated' ? text('sc_yearUndated') : text('sc_names', { names: year });
}

// Rules and flags by id, named in words in every language (the ids stay in the data).
const CHECK_KEYS: Readonly<Record<string, MessageKey>> = {
  'private-account': 'sc_checkPrivateAccount',
  'no-videos': 'sc_checkNoVideos',
  'mass-following': 'sc_checkMassFollowing',
  'following-exceeds-followers': 'sc_checkFollowingExceedsFollowers',
  'fake-account-signals': 'sc_checkFakeAccountSignals',
  'low-view-rate': 'sc_checkLowViewRate',
  'spiky-views': 'sc_checkSpikyViews',
  'bought-views': 'sc_checkBoughtViews',
  'engagement-for-tier': 'sc_checkEngagementForTier',
  'engagement-low': 'sc_checkEngagementLow',
  'engagement-high': 'sc_checkEngagementHigh',
  'comment-like-ratio': 'sc_checkCommentLikeRatio',
  'low-quality-comments': 'sc_checkLowQualityComments',
  'follower-jump': 'sc_checkFollowerJump',
  'young-account': 'fa_checkYoungAccount',
  inactive: 'sc_checkInactive',
  disclosure: 'sc_checkDisclosure',
  'unclear-disclosure': 'sc_checkUnclearDisclosure',
  'undisclosed-brand-signals': 'sc_checkUndisclosedBrandSignals',
};

/** The name of a rule or flag ("Low view rate" for low-view-rate); an unknown id as it is. */
export function checkName(id: string): Text {
  return Object.hasOwn(CHECK_KEYS, id) ? text(CHECK_KEYS[id]!) : text('sc_names', { names: id });
}

const EVIDENCE_KEYS: Readonly<Record<string, MessageKey>> = {
  // Counts and figures
  followers: 'sc_evFollowers',
  following: 'sc_evFollowing',
  videos: 'sc_evVideos',
  posts: 'sc_evPosts',
  postsRead: 'sc_evPostsRead',
  judged: 'sc_evJudged',
  comments: 'sc_evComments',
  private: 'sc_evPrivate',
  threshold: 'sc_evThreshold',
  benchmark: 'sc_evBenchmark',
  risk: 'sc_evRisk',
  engagementRate: 'sc_evEngagementRate',
  viewRate: 'sc_evViewRate',
  medianViews: 'sc_evMedianViews',
  meanViews: 'sc_evMeanViews',
  outliers: 'sc_evOutliers',
  firstPostViews: 'sc_evFirstPostViews',
  firstPostEngagementPerView: 'sc_evFirstPostEngagementPerView',
  typicalEngagementPerView: 'sc_evTypicalEngagementPerView',
  commentsPer100Likes: 'sc_evCommentsPer100Likes',
  daysSinceLastPost: 'sc_evDaysSinceLastPost',
  gain: 'sc_evGain',
  share: 'sc_evShare',
  hours: 'sc_evHours',
  before: 'sc_evBefore',
  after: 'sc_evAfter',
  viewsNeeded: 'sc_evViewsNeeded',
  accountAgeDays: 'fa_evAccountAgeDays',
  // Comment quality
  worstShare: 'sc_evWorstShare',
  emojiOnly: 'sc_evEmojiOnly',
  generic: 'sc_evGeneric',
  mentionOnly: 'sc_evMentionOnly',
  duplicates: 'sc_evDuplicates',
  // Disclosure
  markers: 'sc_evMarkers',
  codes: 'sc_evCodes',
  affiliateLinks: 'sc_evAffiliateLinks',
  mentions: 'sc_evMentions',
  // Account signals (their weights)
  'no-posts': 'sc_evSignalNoPosts',
  'few-posts': 'sc_evSignalFewPosts',
  'empty-bio': 'sc_evSignalEmptyBio',
  'handle-digits': 'sc_evSignalHandleDigits',
  'following-ratio': 'sc_evSignalFollowingRatio',
  'mass-following': 'sc_evSignalMassFollowing',
  'no-profile-picture': 'sc_evSignalNoPicture',
  'name-is-handle': 'sc_evSignalNameIsHandle',
  'external-link': 'sc_evSignalExternalLink',
};

/** The words for a name in Flag.evidence; an unknown name as it is. */
export function evidenceLabel(name: string): Text {
  const key = Object.hasOwn(EVIDENCE_KEYS, name) ? EVIDENCE_KEYS[name]! : null;
  return key ? text(key) : text('sc_evidenceOther', { name });
}
