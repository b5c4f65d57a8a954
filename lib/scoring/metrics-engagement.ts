// Figures built on likes and comments: Instagram's engagement rate by followers, its parts,
// and TikTok's lifetime proxy for profiles whose post pages were not opened.
import { engagementOf, followersProblem, known, postsReason, unknown, type MetricBase } from './metric';
import type { Sample } from './sample';
import { medianReading, ratio, scale, type Reading } from './stats';
import type { Metric } from './types';

/** (likes + comments) ÷ followers, per post, median over the recent posts that show both. */
export function engagementRate(sample: Sample): Metric {
  const followers = sample.snapshot.creator.followers;
  const engagements = sample.recent.flatMap((post) => {
    const engagement = engagementOf(post);
    return engagement === null ? [] : [engagement];
  });
  const base: MetricBase = {
    id: 'engagementRate',
    label: 'Engagement rate',
    unit: 'ratio',
    formula: '(likes + comments) ÷ followers, median over recent posts',
    sampleSize: engagements.length,
  };
  const problem = followersProblem(followers);
  if (problem !== null || followers === null) return unknown(base, problem ?? '');
  if (engagements.length === 0) {
    if (sample.snapshot.creator.privateAccount || sample.all.length === 0) return unknown(base, postsReason(sample, 'likes and comments'));
    return unknown(base, 'no post with both likes and comments has been seen yet: open a few recent posts and score them');
  }
  return known(base, medianReading(engagements.map((engagement) => ratio(engagement, followers)))!);
}

function medianOf(sample: Sample, field: 'likes' | 'comments', label: string): Metric {
  const readings: Reading[] = sample.recent.flatMap((post) => (post[field] === null ? [] : [post[field]]));
  const base: MetricBase = {
    id: field === 'likes' ? 'medianLikes' : 'medianComments',
    label,
    unit: 'count',
    formula: `median of the ${field} of the recent posts, pinned ones left out`,
    sampleSize: readings.length,
  };
  const reading = medianReading(readings);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, `a ${field === 'likes' ? 'like' : 'comment'} count: open a few recent posts`));
}

export const medianLikes = (sample: Sample) => medianOf(sample, 'likes', 'Median likes');
export const medianComments = (sample: Sample) => medianOf(sample, 'comments', 'Median comments');

/** Comments per 100 likes, per post, median: 2-5 is the healthy band the sources quote. */
export function commentsPerHundredLikes(sample: Sample): Metric {
  const readings = sample.recent.flatMap((post) =>
    post.likes === null || post.comments === null || post.likes.value === 0 ? [] : [scale(ratio(post.comments, post.likes), 100)],
  );
  const base: MetricBase = {
    id: 'commentsPerHundredLikes',
    label: 'Comments per 100 likes',
    unit: 'count',
    formula: 'comments ÷ likes × 100, median over recent posts',
    sampleSize: readings.length,
  };
  const reading = medianReading(readings);
  return reading ? known(base, reading) : unknown(base, postsReason(sample, 'both likes and comments: open a few recent posts'));
}

export function likesPerVideoPerFollower(sample: Sample): Metric {
  const { totalLikes, postCount, followers } = sample.snapshot.creator;
  const base: MetricBase = {
    id: 'likesPerVideoPerFollower',
    label: 'Likes per video per follower',
    unit: 'ratio',
    formula: 'lifetime likes ÷ videos ÷ followers',
    sampleSize: postCount?.value ?? 0,
  };
  const problem = followersProblem(followers);
  if (problem !== null || followers === null) return unknown(base, problem ?? '');
  if (totalLikes === null) return unknown(base, 'the total like count could not be read');
  if (postCount === null) return unknown(base, 'the video count could not be read');
  if (postCount.value === 0) return unknown(base, 'the creator has posted no videos');
  return known(base, ratio(ratio(totalLikes, postCount), followers));
}
