// The shortlist CSV's columns: a stable snake_case key for each, and the header the user sees.
// This file is the one place the CSV's words live, so that a translation replaces CSV_LABELS
// (and VALUE_LABELS) and nothing else. Keys never change: files exported with `headers: 'keys'`
// stay readable by every later version.
import { STATUS_LABELS, type Status } from '../db';

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

/** Column headers in the UI language (English for now). */
export const CSV_LABELS: Record<CsvField, string> = {
  name: 'Name',
  handle: 'Handle',
  platform: 'Platform',
  profile_url: 'Profile URL',
  followers: 'Followers',
  followers_shown: 'Followers as shown',
  following: 'Following',
  total_likes: 'Total likes',
  posts: 'Videos',
  view_rate: 'View rate',
  engagement_rate: 'Engagement rate',
  median_views: 'Median views',
  likes_per_post_per_follower: 'Likes per video per follower',
  score: 'Score',
  grade: 'Grade',
  confidence: 'Confidence',
  grade_override: 'Grade override',
  grade_override_reason: 'Grade override reason',
  tier: 'Tier',
  class: 'Class',
  flags: 'Flags',
  status: 'Status',
  status_set: 'Status set',
  tags: 'Tags',
  price: 'Price',
  currency: 'Currency',
  email: 'E-mail',
  email_source: 'E-mail from',
  target_market: 'Target market',
  do_not_work: 'Do not work',
  do_not_work_reason: 'Do-not-work reason',
  latest_note: 'Latest note',
  notes: 'Notes',
  first_saved: 'First saved',
  last_seen: 'Last seen',
  updated: 'Last edited',
  snapshots: 'Snapshots',
};

/** Words used inside cells when the headers are labels; with keys the ids are written instead. */
export const VALUE_LABELS = {
  status: STATUS_LABELS satisfies Record<Status, string>,
  emailSource: { user: 'Entered by you', bio: 'From bio' },
  yes: 'Yes',
} as const;

export type HeaderStyle = 'labels' | 'keys';

export function csvHeader(field: CsvField, style: HeaderStyle): string {
  return style === 'keys' ? field : CSV_LABELS[field];
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

/** What the mapping select shows for each importable field. */
export function importFieldLabel(field: ImportField): string {
  return CSV_LABELS[field];
}

/** Other headers a hand-made list might use, lower case, matched after the labels and keys. */
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
};
