// How much of the feed is paid, and whether paid posts engage like the rest.
import { readDisclosure } from './disclosure';
import { engagementOf, known, postsReason, unknown, type MetricBase } from './metric';
import type { Sample } from './sample';
import { medianReading, ratio } from './stats';
import type { Metric } from './types';

function judged(sample: Sample) {
  return sample.recent.flatMap((post) => {
    const disclosure = readDisclosure(post);
    return disclosure.status === null ? [] : [{ post, disclosure }];
  });
}

export function sponsoredShare(sample: Sample): Metric {
  const posts = judged(sample);
  const base: MetricBase = {
    id: 'sponsoredShare',
    label: 'Sponsored share of posts',
    unit: 'ratio',
    formula: 'recent posts with a paid-partnership label or an ad tag (clear or not) ÷ recent posts whose label or caption is known',
    sampleSize: posts.length,
  };
  if (posts.length === 0) return unknown(base, postsReason(sample, 'a caption or a paid-partnership label'));
  const share = posts.filter(({ disclosure }) => disclosure.marked).length / posts.length;
  return known(base, { value: share, min: share, max: share });
}

/** Median engagement of marked posts ÷ that of organic ones (no ad mark, no code, no affiliate link). */
export function sponsoredVsOrganicEngagement(sample: Sample): Metric {
  const sponsored = [];
  const organic = [];
  for (const { post, disclosure } of judged(sample)) {
    const engagement = engagementOf(post);
    if (engagement === null) continue;
    if (disclosure.marked) sponsored.push(engagement);
    else if (disclosure.codes.length === 0 && disclosure.affiliateLinks.length === 0) organic.push(engagement);
  }
  const base: MetricBase = {
    id: 'sponsoredVsOrganicEngagement',
    label: 'Sponsored vs organic engagement',
    unit: 'multiple',
    formula: 'median (likes + comments) of sponsored posts ÷ median of organic posts',
    sampleSize: sponsored.length + organic.length,
  };
  const paid = medianReading(sponsored);
  const own = medianReading(organic);
  if (paid === null || own === null) {
    const missing = paid === null ? 'sponsored' : 'organic';
    return unknown(base, `no ${missing} post with likes and comments has been seen${sample.recent.length === 0 ? `: ${postsReason(sample, 'a caption')}` : ''}`);
  }
  if (own.max === 0) return unknown(base, 'the organic posts have no likes or comments to compare with');
  return known(base, ratio(paid, own));
}
