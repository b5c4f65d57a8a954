import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScoreCard } from '../components/ScoreCard';
import type { Snapshot } from '../lib/schema';
import { assess } from '../lib/scoring';
import { makePosts, makeSnapshot, rounded } from './helpers/snapshots';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(snapshot: Snapshot) {
  act(() => root.render(<ScoreCard snapshot={snapshot} assessment={assess(snapshot)} />));
  return (selector: string) => container.querySelector(selector)?.textContent ?? null;
}

describe('ScoreCard', () => {
  it('marks rounded counts with ≈ and explains the range in the tooltip', () => {
    const text = render(makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K') } }));
    expect(text('[data-stat="followers"]')).toBe('≈85.3K');
    expect(container.querySelector('[data-stat="followers"]')?.parentElement?.getAttribute('title')).toBe(
      "Rounded on the page: between 85,250 and 85,349 (from the visible text)",
    );
  });

  it('shows a metric range only when the rounding changes the figure shown', () => {
    // 85,250..85,349 followers move a 13.0% view rate by less than 0.05 points: no range.
    const narrow = render(makeSnapshot({ creator: { followers: rounded(85_300, 85_250, 85_349, '85.3K') }, posts: makePosts(Array(6).fill(11_085)) }));
    expect(narrow('[data-metric="viewRate"]')).not.toContain('given the rounding');
    // "1K" followers (500..1,499) leave the view rate anywhere from 20% to 60%.
    const wide = render(makeSnapshot({ creator: { followers: rounded(1_000, 500, 1_499, '1K') }, posts: makePosts(Array(6).fill(300)) }));
    expect(wide('[data-metric="viewRate"]')).toContain('(20.0%–60.0% given the rounding)');
  });

  it('says "unknown" with the reason instead of a number it cannot compute', () => {
    const text = render(makeSnapshot({ creator: { postCount: null } }));
    expect(text('[data-stat="videos"]')).toBe('unknown');
    expect(text('[data-metric="likesPerVideoPerFollower"]')).toContain('Unknown: the video count could not be read');
    expect(container.textContent).not.toContain('NaN');
  });

  it('shows hostile text from the page as inert text', () => {
    render(makeSnapshot({ creator: { displayName: '<img src=x onerror=alert(1)><script>alert(2)</script>' } }));
    expect(container.querySelector('[data-testid="creator-name"]')?.textContent).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(container.querySelector('img, script')).toBeNull();
  });
});
