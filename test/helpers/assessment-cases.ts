// Snapshots that together make an assessment say everything it can say: every flag, the
// unscored reasons, thin data, rounded counts, every platform. Words tests render their Texts.
import { isText, type Text } from '../../lib/i18n/text';
import type { ScoringContext } from '../../lib/scoring';
import type { Post, Snapshot } from '../../lib/schema/snapshot';
import {
  CAPTURED_AT,
  captioned,
  daysAgo,
  engagedPosts,
  exact,
  makePost,
  makePosts,
  makeSnapshot,
  rounded,
  sameEngagement,
  sameViews,
} from './snapshots';

/** Every Text in `value`, nested ones included, with where it was found. */
export function textsIn(value: unknown, path = '', into: Array<{ path: string; text: Text }> = []): Array<{ path: string; text: Text }> {
  if (isText(value)) {
    into.push({ path, text: value });
    for (const [name, param] of Object.entries(value.params ?? {})) textsIn(param, `${path}(${name})`, into);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => textsIn(item, `${path}[${index}]`, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) textsIn(item, path ? `${path}.${name}` : name, into);
  }
  return into;
}

const instagram = (posts: Post[], followers = exact(20_000)) => makeSnapshot({ platform: 'instagram', creator: { followers, totalLikes: null }, posts });
const dated = (posts: Post[]) => posts.map((post, index) => ({ ...post, publishedAt: daysAgo(index * 3 + 1) }));
const normal = () => sameEngagement(5, 10_000, 500, 20);
const good = ['Where is this dress from?', 'The colour suits you so well', 'Tried this recipe, worked great', 'How long did it take?'];

export const CASES: Array<[string, Snapshot, Partial<ScoringContext>?]> = [
  [
    'a healthy creator, every part measured',
    makeSnapshot({
      posts: dated(sameEngagement(10, 10_000, 1_000, 30)).map((post, index) => ({ ...post, caption: index === 0 ? '#ad My new favourite serum' : 'Morning walk' })),
    }),
  ],
  ['low engagement for the tier (Instagram micro)', instagram(sameEngagement(5, null, 20, 1))],
  ['engagement too high for the tier', instagram(sameEngagement(5, null, 390, 10))],
  ['the bought-views fingerprint', makeSnapshot({ posts: [...normal(), ...engagedPosts([[20_000, 500, 20], [25_000, 500, 20]]).map((post, index) => ({ ...post, id: `x${index}` }))] })],
  [
    'undisclosed and unclear sponsorships',
    makeSnapshot({
      posts: captioned([
        'Get 10% off with code LENA10',
        'Shop: amzn.to/3xYz and code GLOW20',
        'Loving this #spon',
        `${'Three things I changed in my morning routine this winter, and why the last one surprised me. '.repeat(2)}#ad`,
        'Dinner with @amy',
        'walk',
        'use my code for 10% off',
      ]).map((post, index) => (index === 5 ? { ...post, sponsored: true } : post)),
    }),
  ],
  ['only @mentions without disclosure', makeSnapshot({ posts: captioned(['Dinner with @amy', 'walk', 'coffee']) })],
  [
    'an unscored page: nothing readable',
    makeSnapshot({ creator: { displayName: null, bio: null, verified: null, privateAccount: null, followers: null, following: null, totalLikes: null, postCount: null }, posts: [] }),
  ],
  ['an unscored private account', makeSnapshot({ creator: { privateAccount: true, totalLikes: null }, posts: [] })],
  ['a generated account', makeSnapshot({ creator: { handle: 'user84729301', displayName: null, bio: '', postCount: exact(0), followers: exact(10), following: exact(900) }, posts: [] })],
  ['mass following', makeSnapshot({ creator: { followers: exact(1_000), following: exact(2_000) }, posts: sameEngagement(12, 800, 60, 3) })],
  ['a dead audience with a spike', makeSnapshot({ creator: { followers: exact(100_000) }, posts: makePosts([1_000, 1_000, 1_000, 1_000, 9_000]) })],
  ['very few comments per like', makeSnapshot({ posts: sameEngagement(5, 100_000, 3_000, 9) })],
  ['few comments per like', makeSnapshot({ posts: sameEngagement(5, 100_000, 1_000, 10) })],
  ['many comments per like', makeSnapshot({ posts: sameEngagement(5, 100_000, 1_000, 80) })],
  ['silent for 61 days', makeSnapshot({ posts: [makePost(0, { publishedAt: daysAgo(61) }), makePost(1, { publishedAt: daysAgo(200) })] })],
  [
    'a follower jump',
    makeSnapshot({ creator: { followers: exact(62_000) }, posts: sameViews(10, 10_000) }),
    { history: [makeSnapshot({ capturedAt: CAPTURED_AT - 24 * 3_600_000, creator: { followers: exact(50_000) }, posts: sameViews(10, 10_000) })] },
  ],
  [
    'low-quality comments on a post page',
    makeSnapshot({ pageKind: 'post', posts: [makePost(0, { visibleComments: [...good, '😍😍', '🔥🔥🔥', 'wow', 'nice', '❤️', '@amy @jo'] })] }),
  ],
  ['an Instagram profile with views unread', makeSnapshot({ platform: 'instagram', posts: makePosts([null, null, null]) })],
  ['a YouTube channel against Modash’s bands', makeSnapshot({ platform: 'youtube', creator: { followers: exact(3_000) }, posts: sameEngagement(5, 2_000, 40, 5) })],
  ['a mid-tier KOL with a badge and an e-mail', makeSnapshot({ creator: { followers: exact(200_000), verified: true, email: 'team@lena.com' } })],
  ['a mid-tier KOC, follower count rounded across a boundary', makeSnapshot({ creator: { followers: rounded(100_000, 99_500, 100_499, '100K') } })],
  ['a post page without views', makeSnapshot({ pageKind: 'post', creator: { postCount: null }, posts: [makePost(0, { likes: exact(10), comments: exact(1) })] })],
  ['posts older than the window', makeSnapshot({ posts: sameViews(5, 1_000).map((post, index) => ({ ...post, publishedAt: daysAgo(120 + index) })) })],
  ['sponsored vs organic, no organic post', makeSnapshot({ posts: captioned(['#ad serum', '#ad cream']).map((post) => ({ ...post, likes: exact(10), comments: exact(1) })) })],
  // Counts at their edges: a mega creator's rounded follower count with and without the page's
  // own text, one post with likes and comments, a silence of 557 days and a bit.
  ['a mega creator, the follower count rounded as "2.3M"', makeSnapshot({ creator: { followers: rounded(2_300_000, 2_250_000, 2_349_999, '2.3M') } })],
  ['a mega creator, the follower count rounded without its text', makeSnapshot({ creator: { followers: { value: 2_300_000, min: 2_250_000, max: 2_349_999, source: 'attribute' } } })],
  ['one post with likes and comments', makeSnapshot({ posts: [...sameViews(9, 10_000), makePost(9, { views: exact(10_000), likes: exact(500), comments: exact(20) })] })],
  ['silent for 557.6 days', makeSnapshot({ posts: sameViews(6, 1_000).map((post, index) => ({ ...post, publishedAt: daysAgo(557.6 + index * 7) })) })],
];
