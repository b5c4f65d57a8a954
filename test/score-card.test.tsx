import { describe, expect, it, vi } from 'vitest';
import { ScoreCard } from '../components/ScoreCard';
import type { Snapshot } from '../lib/schema';
import { assess } from '../lib/scoring';
import { useReactRoot } from './helpers/render';
import { makePosts, makeSnapshot, rounded } from './helpers/snapshots';

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
