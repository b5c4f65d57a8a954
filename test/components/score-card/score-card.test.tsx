import { describe, expect, it, vi } from 'vitest';
import { ScoreCard } from '../../../components/score-card/ScoreCard';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { assess } from '../../../lib/scoring';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { captioned, exact, makePost, makePosts, makeSnapshot, roughlyDaysAgo, rounded, sameEngagement } from '../../helpers/snapshots';

// happy-dom has no canvas: the chart is checked in real Chromium (test/e2e); here it renders nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null }));

const mounted = useReactRoot();

async function render(snapshot: Snapshot) {
  await mounted.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot)} />);
  return (selector: string) => mounted.container.querySelector(selector)?.textContent ?? null;
}

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
    // 85,250..85,349 followers move a 13.0% view rate by less than 0.05 points: no range.
    const narrow = await render(makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K') }, posts: makePosts(Array(6).fill(11_085)) }));
    expect(narrow('[data-metric="viewRate"]')).not.toContain('given the rounding');
    // "1K" followers (500..1,499) leave the view rate anywhere from 20% to 60%.
    const wide = await render(makeSnapshot({ creator: { followers: rounded(1_000, 500, 1_499, '1K') }, posts: makePosts(Array(6).fill(300)) }));
    expect(wide('[data-metric="viewRate"]')).toContain('(20.0%–60.0% given the rounding)');
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
    expect(mounted.container.querySelector('[data-testid="grade"]')?.getAttribute('aria-label')).toMatch(/^等级 [SABCD]$/);
  });
});
