// Per-post series that several metrics, rules and the per-post chart read (the recent view counts,
// interactions per view, the posts whose disclosure is known): each is worked out once per
// assessment, kept in the sample's memo and shared; callers must not change what they get.
import type { Post } from '../schema/snapshot';
import { readDisclosure, type Disclosure, type PostDisclosure } from './disclosure';
import { interactionsOf, withViews, type PostWithViews } from './metric';
import type { Sample } from './sample';
import { collect, medianReading, ratio, type Reading } from './stats';

/** `compute`, run once per sample: later calls with the same sample get the same answer. */
function perSample<T>(compute: (sample: Sample) => T): (sample: Sample) => T {
  return (sample) => {
    let value = sample.memo.get(compute) as T | undefined;
    if (value === undefined && !sample.memo.has(compute)) {
      value = compute(sample);
      sample.memo.set(compute, value);
    }
    return value as T;
  };
}

/** View counts of the recent posts that show one (a 0 included). */
export const recentViews = perSample((sample): readonly Reading[] => collect(sample.recent, (post) => post.views));

/** Their median: the median-views metric and the view rate both report it. */
export const recentMedianViews = perSample((sample) => medianReading(recentViews(sample)));

export interface PerView {
  post: PostWithViews;
  /** The part of the post (interactions, shares …) ÷ its views. */
  perView: Reading;
}

export interface PerViewSeries {
  /** Recent posts with a non-zero view count that show the part, in page order. */
  posts: readonly PerView[];
  /** The median of their `perView`; null without any. */
  median: Reading | null;
}

/** Recent posts with a non-zero view count: each per-view figure divides by theirs. */
const recentWithViews = perSample((sample): readonly PostWithViews[] => withViews(sample.recent));

/** (part of the post) ÷ views for each recent post with views that shows the part, and the median. */
export function perViewSeries(sample: Sample, part: (post: PostWithViews) => Reading | null): PerViewSeries {
  const posts = collect(recentWithViews(sample), (post): PerView | null => {
    const numerator = part(post);
    return numerator === null ? null : { post, perView: ratio(numerator, post.views) };
  });
  return { posts, median: medianReading(posts.map((entry) => entry.perView)) };
}

/** Interactions per view: engagement per view and the bought-views fingerprint (rule and chart) read it. */
export const interactionsPerView = perSample((sample) => perViewSeries(sample, interactionsOf));

export interface JudgedPost {
  post: Post;
  disclosure: PostDisclosure & { status: Disclosure };
}

/** The pinned then the recent posts, and what each discloses: the metrics, the rules and the chart all ask. */
const shown = perSample((sample) => {
  const posts = [...sample.pinned, ...sample.recent];
  return { posts, disclosures: posts.map((post) => readDisclosure(post)) };
});

/** What `post` discloses, read once per assessment when it is pinned or recent. */
export function disclosureOf(sample: Sample, post: Post): PostDisclosure {
  const { posts, disclosures } = shown(sample);
  // Found by a linear search: a window's worth of posts takes less than hashing them.
  const at = posts.indexOf(post);
  return at >= 0 ? disclosures[at]! : readDisclosure(post);
}

const isJudged = (disclosure: PostDisclosure): disclosure is JudgedPost['disclosure'] => disclosure.status !== null;

/** Pinned and recent posts whose label or caption is known: the disclosure rule and the compliance part. */
export const judgedPosts = perSample((sample): readonly JudgedPost[] => {
  const { posts, disclosures } = shown(sample);
  const judged: JudgedPost[] = [];
  posts.forEach((post, at) => {
    const disclosure = disclosures[at]!;
    if (isJudged(disclosure)) judged.push({ post, disclosure });
  });
  return judged;
});

/** Recent posts whose label or caption is known (the unpinned ones): the sponsored-share metrics. */
export const judgedRecent = perSample((sample): readonly JudgedPost[] => judgedPosts(sample).filter(({ post }) => !post.pinned));
