// Figures built on likes and comments: Instagram's engagement rate by followers, its parts,
// and TikTok's lifetime proxy for profiles whose post pages were not opened.
import { text } from '../i18n/text';
import { metricLabel } from './labels';
import { engagementOf, followersProblem, known, postsReason, unknown, type MetricBase } from './metric';
import type { Sample } from './sample';
import { collect, medianReading, ratio, scale, type Reading } from './stats';
import type { Metric } from './types';

/** (likes + comments) ÷ followers, per post, median over the recent posts that show both. */
export function engagementRate(sample: Sample): Metric {
  const followers = sample.snapshot.creator.followers;
  const engagements = collect(sample.recent, engagementOf);
  const base: MetricBase = {
    id: 'engagementRate',
    label: metricLabel('engagementRate'),
    unit: 'ratio',
    formula: text('sc_formulaEngagementRate'),
    sampleSize: engagements.length,
  };
  const problem = followersProblem(followers);
  if (problem !== null || followers === null) return unknown(base, problem ?? text('sc_reasonFollowersUnreadable'));
  if (engagements.length === 0) {
    if (sample.snapshot.creator.privateAccount || sample.all.length === 0) return unknown(base, postsReason(sample, 'likesAndComments'));
    return unknown(base, text('sc_reasonNoEngagedPost'));
  }
  return known(base, medianReading(engagements.map((engagement) => ratio(engagement, followers)))!);
}

function medianOf(sample: Sample, field: 'likes' | 'comments'): Metric {
  const readings: Reading[] = collect(sample.recent, (post) => post[field]);
  const id = field === 'likes' ? 'medianLikes' : 'medianComments';
  const base: MetricBase = {
    id,
    label: metricLabel(id),
    unit: 'count',
    formula: text(field === 'likes' ? 'sc_formulaMedianLikes' : 'sc_formulaMedianComments'),
    sampleSize: readings.length,
  };
  const reading = medianReading(readings);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, field === 'likes' ? 'likeCount' : 'commentCount'));
}

export const medianLikes = (sample: Sample) => medianOf(sample, 'likes');
export const medianComments = (sample: Sample) => medianOf(sample, 'comments');

/** Comments per 100 likes, per post, median: 2-5 is the healthy band the sources quote. */
export function commentsPerHundredLikes(sample: Sample): Metric {
  const readings = collect(sample.recent, (post) =>
    post.likes === null || post.comments === null || post.likes.value === 0 ? null : scale(ratio(post.comments, post.likes), 100),
  );
  const base: MetricBase = {
    id: 'commentsPerHundredLikes',
    label: metricLabel('commentsPerHundredLikes'),
    unit: 'count',
    formula: text('sc_formulaCommentsPerHundredLikes'),
    sampleSize: readings.length,
  };
  const reading = medianReading(readings);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, 'bothLikesAndComments'));
}

export function likesPerVideoPerFollower(sample: Sample): Metric {
  const { totalLikes, postCount, followers } = sample.snapshot.creator;
  const base: MetricBase = {
    id: 'likesPerVideoPerFollower',
    label: metricLabel('likesPerVideoPerFollower'),
    unit: 'ratio',
    formula: text('sc_formulaLikesPerVideoPerFollower'),
    sampleSize: postCount?.value ?? 0,
  };
  const problem = followersProblem(followers);
  if (problem !== null || followers === null) return unknown(base, problem ?? text('sc_reasonFollowersUnreadable'));
  if (totalLikes === null) return unknown(base, text('sc_reasonTotalLikesUnreadable'));
  if (postCount === null) return unknown(base, text('sc_reasonVideoCountUnreadable'));
  if (postCount.value === 0) return unknown(base, text('sc_reasonNoVideosPosted'));
  return known(base, ratio(ratio(totalLikes, postCount), followers));
}
