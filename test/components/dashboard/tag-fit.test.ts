import { describe, expect, it } from 'vitest';
import { chipWidth, tagsThatFit } from '../../../components/dashboard/tag-fit';

// The Tags column leaves 108 px for its chips (120 px less the cell's padding).
const CELL = 108;

describe('tags on one line of the Tags column', () => {
  it.each([
    { tags: ['gaming'], shown: 1 },
    { tags: ['gaming', 'fps'], shown: 2 },
    { tags: ['gaming', 'long-form-video'], shown: 1 },
    { tags: ['春季新品', '达人种草'], shown: 1 },
    { tags: ['护肤', '美妆', '新品'], shown: 1 },
    { tags: ['护肤', '美妆'], shown: 2 },
    // A first tag longer than the cell is still shown, cut short, with "+N" after it.
    { tags: ['spring-launch-campaign-2026', 'summer'], shown: 1 },
    { tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], shown: 3 },
  ])('$tags: $shown shown', ({ tags, shown }) => {
    expect(tagsThatFit(tags, CELL)).toBe(shown);
  });

  it('counts a Chinese character about twice as wide as a Latin one', () => {
    expect(chipWidth('达人') - chipWidth('')).toBeGreaterThan(chipWidth('ab') - chipWidth('') + 8);
  });

  it('gives none for no tags', () => {
    expect(tagsThatFit([], CELL)).toBe(0);
  });
});
