// The posts the per-post chart draws: the recent window plus pinned ones, in page order.
import { readDisclosure } from './disclosure';
import { boughtViewsIds, outlierIds } from './flags-views';
import { engagementOf, type MetricSet } from './metric';
import type { Sample } from './sample';
import type { PostMark } from './types';

export function postMarks(sample: Sample, metrics: MetricSet): PostMark[] {
  const shown = new Set([...sample.recent, ...sample.pinned].map((post) => post.id));
  const outliers = new Set(outlierIds(sample, metrics));
  const suspects = new Set(boughtViewsIds(sample, metrics));
  return sample.all
    .filter((post) => shown.has(post.id))
    .map((post) => ({
      id: post.id,
      url: post.url,
      views: post.views?.value ?? null,
      engagement: engagementOf(post)?.value ?? null,
      publishedAt: post.publishedAt?.value ?? null,
      pinned: post.pinned,
      outlier: outliers.has(post.id),
      boughtViewsSuspect: suspects.has(post.id),
      sponsored: post.sponsored,
      disclosure: readDisclosure(post).status,
    }));
}
