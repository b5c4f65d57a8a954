// While the scores of a large shortlist are computed, creators are listed at once and their
// figures show as being read, never as unknown.
import { describe, expect, it, vi } from 'vitest';
import { ShortlistTable } from '../components/ShortlistTable';
import { newCreator } from '../lib/db/creators';
import type { ShortlistRow } from '../lib/shortlist';
import { useLayoutHeight, useReactRoot } from './helpers/render';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));
useLayoutHeight();

const mounted = useReactRoot();

describe('pending rows', () => {
  it('list the creator with status and notes, and show followers, score, grade, tier and class as being read', async () => {
    const creator = { ...newCreator({ id: 'tiktok:ana', platform: 'tiktok', handle: 'ana', displayName: 'Ana', profileUrl: 'https://www.tiktok.com/@ana' }, 1), notes: [{ text: 'asked for rates', at: 1 }] };
    // As the list gives a creator whose summary is still being computed.
    const rows: ShortlistRow[] = [{ creator, summary: null, pending: true }];
    await mounted.render(
      <ShortlistTable rows={rows} sorting={[]} onSortingChange={() => {}} selected={new Set()} onSelect={() => {}} onOpen={() => {}} onDelete={async () => {}} />,
    );
    const cell = (column: string) => mounted.container.querySelector(`tr[data-creator="tiktok:ana"] td[data-column="${column}"]`)?.textContent;
    for (const column of ['followers', 'score', 'grade', 'tier', 'class']) expect(cell(column)).toBe('…');
    expect(cell('status')).toContain('To review');
    expect(cell('note')).toContain('asked for rates');
  });
});
