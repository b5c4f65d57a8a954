// How the per-post chart marks a post, shared by its legend (./PostChart) and its bars (./PostBars).
import type { MessageKey } from '../../lib/i18n';
import type { PostMark } from '../../lib/scoring';

export type Mark = 'normal' | 'pinned' | 'outlier' | 'suspect';

/** Each mark's colour variable in theme.css (the canvas reads the same through useChartColours). */
export const SWATCH: Record<Mark, string> = {
  normal: 'var(--chart-normal)',
  pinned: 'var(--chart-pinned)',
  outlier: 'var(--chart-outlier)',
  suspect: 'var(--chart-suspect)',
};

export function markOf(post: PostMark): Mark {
  if (post.boughtViewsSuspect) return 'suspect';
  if (post.outlier) return 'outlier';
  return post.pinned ? 'pinned' : 'normal';
}

export const LEGEND: Record<Mark, MessageKey> = {
  normal: 'pop_markNormal',
  pinned: 'pop_markPinned',
  outlier: 'pop_markOutlier',
  suspect: 'pop_markSuspect',
};
