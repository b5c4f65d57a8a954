// The posts the per-post chart draws: the recent window plus pinned ones, in page order.
import { boughtViewsIds, outlierIds } from './flags-views';
import { engagementValue, type MetricSet } from './metric';
import type { Sample } from './sample';
import { disclosureOf } from './series';
import type { PostMark } from './types';

export function postMarks(sample: Sample, metrics: MetricSet): PostMark[] {
  const shown = new Set([...sample.recent, ...sample.pinned].map((post) => post.id));
  // A few posts at most: looked up in their lists rather than copied into sets.
  const outliers = outlierIds(sample, metrics);
  const suspects = boughtViewsIds(sample, metrics);
  const marks: PostMark[] = [];
  for (const post of sample.all) {
    if (!shown.has(post.id)) continue;
    marks.push({
      id: post.id,
      url: post.url,
      views: post.views?.value ?? null,
      engagement: engagementValue(post),
      publishedAt: post.publishedAt?.value ?? null,
      pinned: post.pinned,
      outlier: outliers.includes(post.id),
      boughtViewsSuspect: suspects.includes(post.id),
      sponsored: post.sponsored,
      disclosure: disclosureOf(sample, post).status,
    });
  }
  return marks;
}
