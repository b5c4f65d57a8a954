// On a post page: the post's own engagement per view against the creator's typical, the median of
// their other recent posts (the same two figures CreatorDB's bought-views fingerprint compares).
import { interactionsOf, MIN_POSTS_FOR_SCORE, withViews } from './metric';
import type { Sample } from './sample';
import { interactionsPerView } from './series';
import { medianReading, ratio } from './stats';
import type { ThisPost } from './types';

export function thisPostOf(sample: Sample): ThisPost | undefined {
  const shown = sample.snapshot.posts[0];
  if (sample.snapshot.pageKind !== 'post' || shown === undefined) return undefined;
  // The post as the sample holds it: its own page's figures, narrowed by an earlier reading of it.
  const post = sample.all.find((one) => one.id === shown.id) ?? shown;
  const [viewed] = withViews([post]);
  const interactions = viewed ? interactionsOf(viewed) : null;
  const others = interactionsPerView(sample).posts.filter((entry) => entry.post.id !== post.id);
  const typical = others.length >= MIN_POSTS_FOR_SCORE ? medianReading(others.map((entry) => entry.perView)) : null;
  return {
    postId: post.id,
    perView: viewed && interactions ? ratio(interactions, viewed.views).value : null,
    typical: typical?.value ?? null,
    typicalPosts: others.length,
    typicalNeeds: MIN_POSTS_FOR_SCORE,
  };
}
