// The shortlist CSV's columns: a stable snake_case key for each, and the header the user sees.
// This file is the one place the CSV's words are chosen (the words themselves are messages of
// lib/i18n/messages/data.ts, in every UI language). Headers and value words are written in the UI
// language and read back in any of them; keys never change: files exported with `headers: 'keys'`
// stay readable by every later version.
import { LOCALES, getLocale, say, t, text, type Locale, type MessageKey, type Text } from '../i18n';
import { STATUS_LABELS } from '../shortlist/status';
import type { Status } from '../db/records';
import type { Confidence, Severity } from '../schema/assessment';
import { SELLER_MARKS, type SellerMark } from '../schema/limits';
import { SELLER_MARK_WORDS } from '../i18n/format';

export const CSV_FIELDS = [
  'name',
  'handle',
  'platform',
  'profile_url',
  'followers',
  'followers_shown',
  'following',
  'total_likes',
  'posts',
  'view_rate',
  'engagement_rate',
  'engagement',
  'engagement_measure',
  'median_views',
  'likes_per_post_per_follower',
  'score',
  'grade',
  'confidence',
  'grade_override',
  'grade_override_reason',
  'tier',
  'class',
  'flags',
  'joined',
  'seller_marks',
  'category',
  'creator_country',
  'status',
  'status_set',
  'tags',
  'price',
  'currency',
  'email',
  'email_source',
  'target_market',
  'do_not_work',
  'do_not_work_reason',
  'latest_note',
  'notes',
  'first_saved',
  'last_seen',
  'updated',
  'snapshots',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** The message of each column's header. */
const HEADER_KEYS = {
  name: 'data_colName',
  handle: 'data_colHandle',
  platform: 'data_colPlatform',
  profile_url: 'data_colProfileUrl',
  followers: 'data_colFollowers',
  followers_shown: 'data_colFollowersShown',
  following: 'data_colFollowing',
  total_likes: 'data_colTotalLikes',
  posts: 'data_colPosts',
  view_rate: 'data_colViewRate',
  engagement_rate: 'data_colEngagementRate',
  engagement: 'data_colEngagement',
  engagement_measure: 'data_colEngagementMeasure',
  median_views: 'data_colMedianViews',
  likes_per_post_per_follower: 'data_colLikesPerPostPerFollower',
  score: 'data_colScore',
  grade: 'data_colGrade',
  confidence: 'data_colConfidence',
  grade_override: 'data_colGradeOverride',
  grade_override_reason: 'data_colGradeOverrideReason',
  tier: 'data_colTier',
  class: 'data_colClass',
  flags: 'data_colFlags',
  joined: 'fa_colJoined',
  seller_marks: 'fa_colSellerMarks',
  category: 'fa_colCategory',
  creator_country: 'fa_colCountry',
  status: 'data_colStatus',
  status_set: 'data_colStatusSet',
  tags: 'data_colTags',
  price: 'data_colPrice',
  currency: 'data_colCurrency',
  email: 'data_colEmail',
  email_source: 'data_colEmailSource',
  target_market: 'data_colTargetMarket',
  do_not_work: 'data_colDoNotWork',
  do_not_work_reason: 'data_colDoNotWorkReason',
  latest_note: 'data_colLatestNote',
  notes: 'data_colNotes',
  first_saved: 'data_colFirstSaved',
  last_seen: 'data_colLastSeen',
  updated: 'data_colUpdated',
  snapshots: 'data_colSnapshots',
} as const satisfies Record<CsvField, MessageKey>;

/** A column's header as a Text, for messages that name a column. */
export function csvLabelText(field: CsvField): Text {
  return text(HEADER_KEYS[field]);
}

/** A column's header in the UI language (or the one given). */
export function csvLabel(field: CsvField, locale: Locale = getLocale()): string {
  return t(HEADER_KEYS[field], undefined, locale);
}

/** Every column's header in one language. */
export function csvLabels(locale: Locale = getLocale()): Record<CsvField, string> {
  return Object.fromEntries(CSV_FIELDS.map((field) => [field, csvLabel(field, locale)])) as Record<CsvField, string>;
}

/** Words used inside cells when the headers are labels; with keys the ids are written instead. */
export const VALUE_LABELS = {
  status: STATUS_LABELS satisfies Record<Status, Text>,
  emailSource: { user: text('data_valueEmailUser'), bio: text('data_valueEmailBio') },
  yes: text('data_valueYes'),
  confidence: { low: text('data_valueConfidenceLow'), medium: text('data_valueConfidenceMedium'), high: text('data_valueConfidenceHigh') } satisfies Record<Confidence, Text>,
  severity: { info: text('data_valueSeverityInfo'), warn: text('data_valueSeverityWarn'), risk: text('data_valueSeverityRisk') } satisfies Record<Severity, Text>,
  sellerMark: Object.fromEntries(SELLER_MARKS.map((mark) => [mark, text(SELLER_MARK_WORDS[mark])])) as Record<SellerMark, Text>,
  noSellerMarks: text('fa_markNone'),
} as const;

/** A value word in every UI language, normalised for matching what an import reads. */
export function inEveryLanguage(value: Text): string[] {
  return LOCALES.map((locale) => normHeader(say(value, locale)));
}

export type HeaderStyle = 'labels' | 'keys';

export function csvHeader(field: CsvField, style: HeaderStyle, locale: Locale = getLocale()): string {
  return style === 'keys' ? field : csvLabel(field, locale);
}

/** Headers and words compared the way the import compares them: trimmed, lower case, single spaces. */
export function normHeader(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The fields an import can bring in; the rest (counts, scores) are computed from readings. */
export const IMPORT_FIELDS = [
  'profile_url',
  'handle',
  'platform',
  'name',
  'notes',
  'latest_note',
  'tags',
  'status',
  'status_set',
  'price',
  'currency',
  'email',
  'email_source',
  'target_market',
  'grade_override',
  'grade_override_reason',
  'do_not_work',
  'do_not_work_reason',
  'first_saved',
  'last_seen',
  'updated',
] as const satisfies readonly CsvField[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What the mapping select shows for each importable field, in the UI language. */
export function importFieldLabel(field: ImportField, locale: Locale = getLocale()): string {
  return csvLabel(field, locale);
}

/**
 * Other headers a hand-made list might use, lower case, matched after the labels and keys (of every
 * UI language). Headers an older version wrote go here too if a label ever changes.
 */
export const HEADER_SYNONYMS: Record<string, ImportField> = {
  url: 'profile_url',
  link: 'profile_url',
  links: 'profile_url',
  profile: 'profile_url',
  'profile link': 'profile_url',
  'channel url': 'profile_url',
  username: 'handle',
  'user name': 'handle',
  user: 'handle',
  account: 'handle',
  '@': 'handle',
  network: 'platform',
  site: 'platform',
  'display name': 'name',
  creator: 'name',
  note: 'notes',
  comment: 'notes',
  comments: 'notes',
  tag: 'tags',
  labels: 'tags',
  rate: 'price',
  fee: 'price',
  email: 'email',
  mail: 'email',
  'e-mail address': 'email',
  'email address': 'email',
  market: 'target_market',
  country: 'target_market',
  链接: 'profile_url',
  主页: 'profile_url',
  主页地址: 'profile_url',
  达人主页: 'profile_url',
  用户名: 'handle',
  账号名: 'handle',
  达人: 'name',
  达人名称: 'name',
  名称: 'name',
  名字: 'name',
  渠道: 'platform',
  价格: 'price',
  费用: 'price',
  电子邮箱: 'email',
  邮件: 'email',
  市场: 'target_market',
  国家: 'target_market',
  地区: 'target_market',
};
