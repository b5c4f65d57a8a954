// How much of the feed is paid, and whether paid posts engage like the rest.
import { text } from '../i18n/text';
import { metricLabel } from './labels';
import { engagementOf, known, postsReason, unknown, type MetricBase } from './metric';
import type { Sample } from './sample';
import { judgedRecent } from './series';
import { medianReading, ratio } from './stats';
import type { Metric } from './types';

export function sponsoredShare(sample: Sample): Metric {
  const posts = judgedRecent(sample);
  const base: MetricBase = {
    id: 'sponsoredShare',
    label: metricLabel('sponsoredShare'),
    unit: 'ratio',
    formula: text('sc_formulaSponsoredShare'),
    sampleSize: posts.length,
  };
  if (posts.length === 0) return unknown(base, postsReason(sample, 'captionOrLabel'));
  const share = posts.filter(({ disclosure }) => disclosure.marked).length / posts.length;
  return known(base, { value: share, min: share, max: share });
}

/** Median engagement of marked posts ÷ that of organic ones (no ad mark, no code, no affiliate link). */
export function sponsoredVsOrganicEngagement(sample: Sample): Metric {
  const sponsored = [];
  const organic = [];
  for (const { post, disclosure } of judgedRecent(sample)) {
    const engagement = engagementOf(post);
    if (engagement === null) continue;
    if (disclosure.marked) sponsored.push(engagement);
    else if (disclosure.codes.length === 0 && disclosure.affiliateLinks.length === 0) organic.push(engagement);
  }
  const base: MetricBase = {
    id: 'sponsoredVsOrganicEngagement',
    label: metricLabel('sponsoredVsOrganicEngagement'),
    unit: 'multiple',
    formula: text('sc_formulaSponsoredVsOrganic'),
    sampleSize: sponsored.length + organic.length,
  };
  const paid = medianReading(sponsored);
  const own = medianReading(organic);
  if (paid === null || own === null) {
    const kind = paid === null ? 'sponsored' : 'organic';
    return unknown(
      base,
      sample.recent.length === 0 ? text('sc_reasonNoKindPostBecause', { kind, reason: postsReason(sample, 'caption') }) : text('sc_reasonNoKindPost', { kind }),
    );
  }
  if (own.max === 0) return unknown(base, text('sc_reasonOrganicNoEngagement'));
  return known(base, ratio(paid, own));
}
