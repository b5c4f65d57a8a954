import { describe, expect, it, vi } from 'vitest';
import { ScoreCard } from '../../../components/score-card/ScoreCard';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { assess } from '../../../lib/scoring';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { act } from 'react';
import type { Post } from '../../../lib/schema/snapshot';
import { CAPTURED_AT, captioned, daysAgo, exact, makePost, makePosts, makeSnapshot, roughlyDaysAgo, rounded, sameEngagement, sameViews } from '../../helpers/snapshots';

// happy-dom has no canvas: the chart is checked in real Chromium (test/e2e); here it renders nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null }));

const mounted = useReactRoot();

async function render(snapshot: Snapshot, seenPosts: Post[] = []) {
  await mounted.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot, { seenPosts })} />);
  return (selector: string) => mounted.container.querySelector(selector)?.textContent ?? null;
}

const all = (selector: string) => [...mounted.container.querySelectorAll(selector)];
const texts = (selector: string) => all(selector).map((element) => element.textContent);
/** True when `a` comes before `b` in the page (and so on the screen, which has one column). */
const before = (a: string, b: string) => {
  const first = mounted.container.querySelector(a);
  const second = mounted.container.querySelector(b);
  if (!first || !second) throw new Error(`missing ${first ? b : a}`);
  return Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
};

/** 30 recent posts with every figure read: an S when nothing holds it down. */
function strongPosts(count = 30, comments = 90): Post[] {
  return sameEngagement(count, 30_000, 2_400, comments).map((post, index) => ({ ...post, publishedAt: daysAgo(1 + index * 2), caption: 'Morning routine #skincare' }));
}

describe('ScoreCard: the first screen', () => {
  it('holds, in order, the name and platform, the grade with score and confidence, the verdict, key figures and top flags; the rest is folded', async () => {
    await render(makeSnapshot({ creator: { following: exact(2_000) } }));
    // The tier, class and confidence sit under the name, left of the grade.
    const order = ['[data-testid="creator-name"]', '[data-testid="audience"]', '[data-testid="confidence"]', '[data-testid="grade"]', '[data-testid="score"]', '[data-testid="verdict"]', '[data-testid="key-figures"]', '[data-testid="top-flags"]', 'details.fold'];
    order.slice(1).forEach((selector, index) => expect(before(order[index]!, selector), `${order[index]} before ${selector}`).toBe(true));
    expect(mounted.container.querySelector('[data-testid="audience"]')?.textContent).toBe(' · 50K followers');
    expect(mounted.container.querySelector('[data-testid="confidence"]')?.textContent).toBe('Confidence: medium');
    // Ten videos without likes or comments: S and A need high confidence, and the card says so under the verdict.
    expect(mounted.container.querySelector('[data-testid="verdict"]')?.textContent).toBe('B, held down by confidence below high.');
    expect(texts('ul.caps li')).toEqual(["Capped at B: S and A need high confidence, and this grade's is medium."]);
    expect(texts('[data-top-flag]')).toEqual(['Warning Follows 2,000 accounts: a sign of follow-for-follow growth.']);
    // Everything else under headings, folded: open with a click or the keyboard.
    expect(all('details.fold').map((fold) => [fold.querySelector('summary h3')?.textContent, (fold as HTMLDetailsElement).open])).toEqual([
      ['Flags and checks', false],
      ['How the score is made', false],
      ['All metrics, with formulas and sources', false],
      ['What was read', false],
    ]);
    // The metrics with formula and source, the parts and what was read are all still there.
    expect(mounted.container.querySelector('details[data-fold="metrics"] [data-metric="viewRate"]')?.textContent).toContain('median views of unpinned recent posts ÷ followers');
    expect(all('details[data-fold="parts"] tr[data-component]')).toHaveLength(5);
    expect(mounted.container.querySelector('details[data-fold="read"] [data-testid="sources"]')?.textContent).toMatch(/^From the page's embedded data/);
  });

  it('shows the key figures of the platform, each placed against the published figures for its tier', async () => {
    // A TikTok grid shows no likes: lifetime likes per video per follower stands in for engagement.
    await render(makeSnapshot());
    expect(all('[data-key-figure]').map((row) => row.getAttribute('data-key-figure'))).toEqual(['likesPerVideoPerFollower', 'viewRate', 'medianViews', 'postsPerWeek']);
    expect(texts('[data-key-figure="likesPerVideoPerFollower"] .kf-value')).toEqual(['6.00%']);
    expect(texts('[data-key-figure="likesPerVideoPerFollower"] .kf-note')[0]).toMatch(/^(Above|Below|Between|Around|Within) the .*Rival IQ 2022 median/);
    expect(texts('[data-key-figure="viewRate"] .kf-value')).toEqual(['20.00%']);
    // A count written short, with its full digits in the tooltip and for a screen reader.
    expect(texts('[data-key-figure="medianViews"] .kf-value [data-figure]')).toEqual(['10K']);
    expect(all('[data-key-figure="medianViews"] .kf-value [data-figure]')[0]?.getAttribute('title')).toBe('10,000');
    expect(texts('[data-key-figure="medianViews"] .kf-value')).toEqual(['10K (10,000)']);
    // Unknown stays unknown, with why.
    expect(texts('[data-key-figure="postsPerWeek"]')[0]).toBe('Posts per weekunknownno unpinned post shows a date');

    // With likes and comments on each post: engagement per view, TikTok's convention.
    await render(makeSnapshot({ posts: strongPosts(12) }));
    expect(all('[data-key-figure]')[0]?.getAttribute('data-key-figure')).toBe('engagementPerView');
    expect(texts('[data-key-figure="postsPerWeek"] .kf-value')).toEqual(['3.7 a week']);
    // The Instagram feed's convention is engagement by followers.
    await render(makeSnapshot({ platform: 'instagram', url: 'https://www.instagram.com/lena/', creator: { totalLikes: null }, posts: strongPosts(12) }));
    expect(all('[data-key-figure]')[0]?.getAttribute('data-key-figure')).toBe('engagementRate');
    expect(texts('[data-key-figure="engagementRate"] .kf-note')[0]).toMatch(/published/);
  });

  it('labels YouTube counts as subscribers and videos', async () => {
    await render(makeSnapshot({ platform: 'youtube', url: 'https://www.youtube.com/@lena/videos', creator: { followers: rounded(21_500_000, 21_450_000, 21_549_999, '21.5M'), following: null, totalLikes: null, postCount: exact(200) } }));
    expect(mounted.container.querySelector('[data-testid="audience"]')?.textContent).toBe(' · ≈21.5M subscribers');
    expect(all('.stat').map((stat) => [stat.querySelector('strong')?.getAttribute('data-stat'), stat.querySelector('span')?.textContent])).toEqual([
      ['followers', 'Subscribers'],
      ['videos', 'Videos'],
    ]);
    expect(texts('[data-count-note]')).toEqual([expect.stringMatching(/^Subscribers: Rounded/), expect.stringMatching(/^Videos: Exact/)]);
  });

  it('gives the KOL/KOC rule as a tooltip of the class, not a paragraph', async () => {
    await render(makeSnapshot());
    const chip = mounted.container.querySelector<HTMLButtonElement>('[data-testid="creator-class"]')!;
    expect(chip.tagName).toBe('BUTTON');
    expect(chip.textContent).toBe('KOC');
    const tip = mounted.container.querySelector(`#${CSS.escape(chip.getAttribute('aria-describedby')!)}`)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toMatch(/^Micro creator, 10K-100K followers\. Rule: KOL: macro or mega/);
    // Out of sight until the pointer or the keyboard asks; Escape closes it where it is.
    expect(tip.hasAttribute('hidden')).toBe(true);
    await act(async () => chip.focus());
    expect(tip.hasAttribute('hidden')).toBe(false);
    await act(async () => chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(tip.hasAttribute('hidden')).toBe(true);
    expect(document.activeElement).toBe(chip);
    // The rule is nowhere else on the card.
    expect(mounted.container.querySelector('.score-card')?.textContent?.split('Rule: KOL').length).toBe(2);
  });

  it('shows each cap that holds the grade down as a line under the verdict', async () => {
    await render(makeSnapshot({ creator: { following: exact(60_000) }, posts: strongPosts() }));
    expect(mounted.container.querySelector('[data-testid="grade"]')?.textContent).toBe('B');
    expect(mounted.container.querySelector('[data-testid="verdict"]')?.textContent).toBe('B, held down by two or more warnings.');
    expect(texts('ul.caps li')).toEqual(['Capped at B: 2 warnings (Mass following, Following more than followers).']);
    expect(before('[data-testid="verdict"]', 'ul.caps')).toBe(true);
    expect(before('ul.caps', '[data-testid="key-figures"]')).toBe(true);

    await render(makeSnapshot({ posts: strongPosts(30, 5) }));
    expect(all('ul.caps li').map((cap) => [cap.getAttribute('data-cap'), cap.textContent])).toEqual([['risk-flag', 'Capped at C: a risk flag (Comments per like).']]);
  });

  it('marks a provisional grade beside it, with the one thing that would firm it up, or that nothing can', async () => {
    await render(makeSnapshot({ posts: strongPosts(6) }));
    expect(mounted.container.querySelector('[data-testid="provisional"]')?.textContent).toBe('Provisional');
    expect(mounted.container.querySelector('[data-testid="confidence"]')).toBeNull();
    expect(mounted.container.querySelector('[data-testid="grade"]')?.getAttribute('aria-label')).toMatch(/^Grade [SABCD], provisional$/);
    expect(mounted.container.querySelector('[data-testid="firm-up"]')?.textContent).toBe(
      'Provisional. To firm it up: Open 3 recent posts to measure likes and comments, then score the profile again.',
    );
    expect(mounted.container.querySelector('[data-testid="verdict"]')?.textContent).not.toMatch(/open 3/i);
    expect(before('[data-testid="verdict"]', '[data-testid="firm-up"]') && before('[data-testid="firm-up"]', '[data-testid="key-figures"]')).toBe(true);

    // Six posts are all this creator has: nothing to open would firm it up, and nothing is asked.
    await render(makeSnapshot({ creator: { postCount: exact(6) }, posts: strongPosts(6) }));
    expect(mounted.container.querySelector('[data-testid="firm-up"]')?.textContent).toBe('Provisional: this creator’s pages show too little for a firm grade.');
    expect(texts('[data-testid="improve"]').filter((tip) => /open \d+ recent posts|scroll/i.test(tip ?? ''))).toEqual([]);
  });

  it('says "no warning signs" only when most checks ran', async () => {
    await render(makeSnapshot({ posts: strongPosts() }));
    expect(mounted.container.querySelector('[data-testid="top-flags"]')?.textContent).toBe('No warning signs on what this page shows.');
    await render(makeSnapshot({ posts: sameViews(10, 10_000) }));
    expect(mounted.container.querySelector('[data-testid="top-flags"]')?.textContent).toBe('No warning signs in the 5 of 13 checks that could run: too few to say there are none.');
    // Said once: the folded list adds how many checks ran.
    expect(all('[data-testid="no-flags"]')).toHaveLength(1);
    expect(mounted.container.querySelector('details[data-fold="flags"] [data-testid="checks-ran"]')?.textContent).toMatch(/^5 of 13 checks ran/);
  });

  it('puts the gravest flags first, three at most, their evidence under "Flags and checks"', async () => {
    // Mass following and following > followers (warnings), a dead audience (risk), few comments per like (risk).
    await render(makeSnapshot({ creator: { followers: exact(5_000_000), following: exact(6_000_000) }, posts: strongPosts(12, 5) }));
    const top = all('[data-top-flag]');
    expect(top).toHaveLength(3);
    const rank = { risk: 0, warn: 1, info: 2 } as Record<string, number>;
    const severities = top.map((flag) => rank[flag.className.match(/flag-(\w+)/)![1]!]!);
    expect(severities).toEqual([...severities].sort());
    expect(severities[0]).toBe(0);
    expect(mounted.container.querySelector('[data-testid="top-flags"] .evidence')).toBeNull();
    const more = all('[data-flag]').length - 3;
    expect(mounted.container.querySelector('.more-flags')?.textContent).toBe(`+${more} more under “Flags and checks”`);
    expect(mounted.container.querySelector('details[data-fold="flags"] [data-flag="comment-like-ratio"] .evidence')?.textContent).toContain('rule:');
  });

  it('on a post page sets the post’s engagement per view against the creator’s typical', async () => {
    const seen = [1, 2, 3, 4].map((index) => makePost(index, { views: exact(10_000), likes: exact(450), comments: exact(50), publishedAt: daysAgo(index + 1) }));
    const post = makeSnapshot({
      pageKind: 'post',
      url: 'https://www.tiktok.com/@lena/video/p0',
      posts: [makePost(0, { views: exact(15_000), likes: exact(350), comments: exact(25), publishedAt: daysAgo(1) })],
    });
    await render(post, seen);
    expect(mounted.container.querySelector('[data-key-figure="thisPost"] .kf-label')?.textContent).toBe('This post: engagement per view');
    expect(mounted.container.querySelector('[data-testid="post-per-view"]')?.textContent).toBe('2.50%');
    const typical = mounted.container.querySelector('[data-testid="post-against-typical"]')!;
    expect(typical.textContent).toBe('0.5× the creator’s typical (5.00%, the median of 4 other posts)');
    expect(typical.classList.contains('below-typical')).toBe(true);
    expect(mounted.container.querySelector('[data-testid="post-counts"]')?.textContent).toBe('Views 15K · Likes 350 · Comments 25');
    // Before the creator's other posts are known there is no typical, and it says what it needs.
    await render(post);
    expect(mounted.container.querySelector('[data-testid="post-against-typical"]')?.textContent).toBe(
      'the creator’s typical needs 3 of their other recent posts with views, likes and comments (0 seen so far)',
    );
    // The post's full figures are folded under "This post".
    expect(mounted.container.querySelector('details[data-fold="post"] summary')?.textContent).toBe('This post');
  });

  it('says why there is no grade once, where the verdict goes', async () => {
    await render(makeSnapshot({ creator: { followers: null, following: null, totalLikes: null, postCount: null }, posts: [], sources: [] }));
    const verdict = mounted.container.querySelector('[data-testid="verdict"]')!;
    expect(verdict.classList.contains('notice')).toBe(true);
    expect(mounted.container.querySelector('.score-card')?.textContent?.split(verdict.textContent!).length).toBe(2);
  });
});

describe('ScoreCard', async () => {
  it('marks rounded counts with ≈ and explains the range in the tooltip', async () => {
    const text = await render(makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K') } }));
    expect(text('[data-stat="followers"]')).toBe('≈85.3K');
    expect(mounted.container.querySelector('[data-stat="followers"]')?.parentElement?.getAttribute('title')).toBe(
      "Rounded on the page as “85.3K”: between 85,250 and 85,349 (from the visible text)",
    );
  });

  it('tells the keyboard and screen readers too whether each figure is exact or rounded', async () => {
    await render(makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K'), following: exact(120) } }));
    const notes = mounted.container.querySelector('details.count-notes')!;
    expect(notes.querySelector('summary')?.textContent).toBe('Exact or rounded?');
    expect(notes.querySelector('[data-count-note="followers"]')?.textContent).toBe(
      'Followers: Rounded on the page as “85.3K”: between 85,250 and 85,349 (from the visible text)',
    );
    expect(notes.querySelector('[data-count-note="following"]')?.textContent).toMatch(/^Following: Exact/);
  });

  it('shows the grade as an image named by its words (a name on a plain span is not allowed)', async () => {
    await render(makeSnapshot());
    const grade = mounted.container.querySelector('[data-testid="grade"]')!;
    expect(grade.getAttribute('role')).toBe('img');
    expect(grade.getAttribute('aria-label')).toMatch(/^Grade [SABCD]$/);
  });

  it('shows a metric range only when the rounding changes the figure shown', async () => {
    // 85,250..85,349 followers move a 2.00% view rate by less than 0.005 points: no range.
    const narrow = await render(makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K') }, posts: makePosts(Array(6).fill(1_709)) }));
    expect(narrow('[data-metric="viewRate"]')).not.toContain('given the rounding');
    // "1K" followers (500..1,499) leave the view rate anywhere from 20% to 60%.
    const wide = await render(makeSnapshot({ creator: { followers: rounded(1_000, 500, 1_499, '1K') }, posts: makePosts(Array(6).fill(300)) }));
    expect(wide('[data-metric="viewRate"]')).toContain('(20.01%–60.00% given the rounding)');
  });

  it('says "unknown" with the reason instead of a number it cannot compute', async () => {
    const text = await render(makeSnapshot({ creator: { postCount: null } }));
    expect(text('[data-stat="videos"]')).toBe('unknown');
    expect(text('[data-metric="likesPerVideoPerFollower"]')).toContain('Unknown: the video count could not be read');
    expect(mounted.container.textContent).not.toContain('NaN');
  });

  it('shows hostile text from the page as inert text', async () => {
    await render(makeSnapshot({ creator: { displayName: '<img src=x onerror=alert(1)><script>alert(2)</script>' } }));
    expect(mounted.container.querySelector('[data-testid="creator-name"]')?.textContent).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(mounted.container.querySelector('img, script')).toBeNull();
  });
});

// Names of sources shown as they are ("HypeAuditor (via eMarketer)", "InstaFake (Akyon & Kalfaoglu 2019)").
const SOURCE_NAMES = ['Modash', 'eMarketer', 'via', 'InstaFake', 'Akyon', 'Kalfaoglu', 'Untapper'];
// What the disclosure rules look for in captions, quoted as written there (#spon, "use my code", amzn.to, utm_ …).
const CAPTION_MARKERS = ['sponsored', 'spon', 'collab', 'partner', 'thanks', 'code', 'use', 'amzn', 'ref', 'utm', 'bit'];

describe('ScoreCard in Chinese', () => {
  useLocale('zh_CN');
  const cases: Array<[string, Snapshot]> = [
    ['a healthy creator', makeSnapshot()],
    ['mass following (a warning with evidence)', makeSnapshot({ creator: { following: exact(2_000) } })],
    ['fake-account signals and no posts (a risk, unscored metrics)', makeSnapshot({ creator: { handle: 'user84729301', displayName: null, bio: '', postCount: exact(0), followers: exact(10), following: exact(900) }, posts: [] })],
    ['few comments per like (a risk)', makeSnapshot({ posts: sameEngagement(5, 100_000, 3_000, 9) })],
    ['an outlier post carrying the average', makeSnapshot({ creator: { followers: exact(10_000) }, posts: makePosts([1_000, 1_000, 1_000, 1_000, 8_500]) })],
    ['rounded followers near a tier boundary', makeSnapshot({ creator: { followers: rounded(1_000, 500, 1_499, '1K') }, posts: makePosts(Array(6).fill(300)) })],
    // Evidence quotes the markers found in the captions ("#spon"), as they are.
    ['an undisclosed discount code and an unclear disclosure', makeSnapshot({ posts: captioned(['Get 10% off with code LENA10', 'Loving this #spon', 'walk', 'coffee']) })],
    ['nothing readable: unscored', makeSnapshot({ creator: { followers: null, following: null, totalLikes: null, postCount: null }, posts: [], sources: [] })],
    ['a verified private Instagram account', makeSnapshot({ platform: 'instagram', creator: { verified: true, privateAccount: true, totalLikes: null } })],
    ['a YouTube channel', makeSnapshot({ platform: 'youtube', creator: { following: null, totalLikes: null }, sources: ['json-ld:person', 'meta:description', 'dom'] })],
    ['a grade capped by two warnings', makeSnapshot({ creator: { following: exact(60_000) }, posts: strongPosts() })],
    ['a provisional grade with what would firm it up', makeSnapshot({ posts: strongPosts(6) })],
    ['a provisional grade nothing can firm up', makeSnapshot({ creator: { postCount: exact(6) }, posts: strongPosts(6) })],
    [
      'a post page',
      makeSnapshot({
        pageKind: 'post',
        posts: [makePost(0, { views: exact(12_000), likes: rounded(1_200, 1_150, 1_249, '1.2K'), comments: exact(40), shares: null, sponsored: true, hashtags: ['护肤'], publishedAt: { ...roughlyDaysAgo(3), shown: '3天前' } })],
      }),
    ],
  ];

  it.each(cases)('%s: no English words are left', async (_, snapshot) => {
    await mounted.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot)} />);
    const card = mounted.container.querySelector('.score-card')!;
    expect(card.textContent).toMatch(/[\u4e00-\u9fff]/);
    // Display names and handles are the creator's own.
    expect(englishLeft(card, ['Lena', ...SOURCE_NAMES, ...CAPTION_MARKERS])).toEqual([]);
    expect(card.textContent).not.toMatch(/pop_|sc_|\{|NaN|undefined|\[object/);
  });

  it('shows counts, units and labels the Chinese way', async () => {
    const snapshot = makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K') } });
    await mounted.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot)} />);
    expect(mounted.container.querySelector('[data-stat="followers"]')?.textContent).toBe('≈8.5万');
    expect(mounted.container.querySelector('[data-stat="followers"]')?.nextElementSibling?.textContent).toBe('粉丝');
    expect(mounted.container.querySelector('[data-stat="videos"]')?.nextElementSibling?.textContent).toBe('视频');
    expect(mounted.container.querySelector('[aria-label="评分卡"]')).not.toBeNull();
    expect(mounted.container.querySelector('[data-testid="audience"]')?.textContent).toBe(' · 粉丝 ≈8.5万');
    expect([...mounted.container.querySelectorAll('details.fold > summary')].map((summary) => summary.textContent)).toEqual(['风险提示与检查', '评分构成', '全部指标（含公式与来源）', '读取了哪些内容']);
    expect(mounted.container.querySelector('[data-testid="grade"]')?.getAttribute('aria-label')).toMatch(/^等级 [SABCD]$/);
  });

  it('labels YouTube counts 订阅者 and 视频, never 粉丝', async () => {
    const snapshot = makeSnapshot({ platform: 'youtube', url: 'https://www.youtube.com/@lena/videos', creator: { followers: rounded(21_500_000, 21_450_000, 21_549_999, '21.5M'), following: null, totalLikes: null } });
    await mounted.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot)} />);
    expect(mounted.container.querySelector('[data-testid="audience"]')?.textContent).toBe(' · 订阅者 ≈2150万');
    expect([...mounted.container.querySelectorAll('.stat span')].map((label) => label.textContent)).toEqual(['订阅者', '视频']);
    expect([...mounted.container.querySelectorAll('[data-count-note]')].map((note) => note.textContent?.split('：')[0])).toEqual(['订阅者', '视频']);
  });

  it('a post page against the creator’s typical, and a provisional mark, in Chinese', async () => {
    const seen = [1, 2, 3, 4].map((index) => makePost(index, { views: exact(10_000), likes: exact(450), comments: exact(50), publishedAt: daysAgo(index + 1) }));
    const snapshot = makeSnapshot({ pageKind: 'post', url: 'https://www.tiktok.com/@lena/video/p0', posts: [makePost(0, { views: exact(15_000), likes: exact(350), comments: exact(25), publishedAt: daysAgo(1) })] });
    await mounted.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot, { seenPosts: seen })} />);
    expect(mounted.container.querySelector('[data-testid="post-against-typical"]')?.textContent).toBe('为该达人常态的 0.5 倍（5.00%，另外 4 条作品的中位数）');
    expect(mounted.container.querySelector('[data-testid="post-counts"]')?.textContent).toBe('播放量 1.5万 · 点赞 350 · 评论 25');
    expect(mounted.container.querySelector('[data-testid="provisional"]')?.textContent).toBe('暂定');
    expect(englishLeft(mounted.container.querySelector('.score-card')!, ['Lena', ...SOURCE_NAMES])).toEqual([]);
  });
});

describe('ScoreCard: the account facts below the flags', () => {
  const facts = () => mounted.container.querySelector('[data-testid="account-facts"]')?.textContent ?? null;
  const JOINED = Date.UTC(2020, 0, 12, 23, 49, 23);

  it('says when the account was made and how long ago, what marks of selling it shows, its category and country', async () => {
    await render(
      makeSnapshot({
        creator: { joinedAt: { value: JOINED, source: 'embedded-json' }, sellerMarks: ['seller', 'commerce-account'], category: 'Shopping & Retail', country: 'ES' },
      }),
    );
    expect(facts()).toBe('Account since Jan 2020 (6 years) · Sells: TikTok Shop seller and commerce account · Category: Shopping & Retail · Country: Spain');
  });

  it('says "not shown on this page" for each fact the page does not show, and that the data says the account does not sell', async () => {
    await render(makeSnapshot({ creator: { joinedAt: null, sellerMarks: [], category: null, country: null } }));
    expect(facts()).toBe('Account age: not shown on this page · Sells: no seller marks in the page data · Country: not shown on this page');
    await render(makeSnapshot({ creator: { joinedAt: null, sellerMarks: null, category: null, country: null } }));
    expect(facts()).toBe('Account age: not shown on this page · Sells: not shown on this page · Country: not shown on this page');
  });

  it('tells a reading made before these facts were read from a page that does not show them', async () => {
    await render(makeSnapshot());
    expect(facts()).toBe('Account age: not read in this older reading · Sells: not read in this older reading · Country: not read in this older reading');
  });

  it('counts a young account\'s age in days', async () => {
    await render(makeSnapshot({ creator: { joinedAt: { value: CAPTURED_AT - 41 * 86_400_000, source: 'embedded-json' }, sellerMarks: [], country: null } }));
    expect(facts()).toMatch(/^Account since Dec 2025 \(41 days\) · /);
  });
});

describe('ScoreCard: the account facts in Chinese', () => {
  useLocale('zh_CN');

  it('reads them in Chinese, the country named in Chinese', async () => {
    await render(makeSnapshot({ creator: { joinedAt: { value: Date.UTC(2020, 0, 12, 23, 49, 23), source: 'embedded-json' }, sellerMarks: ['seller'], category: null, country: 'ES' } }));
    expect(mounted.container.querySelector('[data-testid="account-facts"]')?.textContent).toBe('账号注册于 2020年1月（6 年） · 带货：TikTok 小店卖家 · 国家/地区：西班牙');
  });
});
