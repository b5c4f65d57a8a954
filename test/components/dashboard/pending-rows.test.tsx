// While the scores of a large shortlist are computed, creators are listed at once and their
// figures show as being read, never as unknown.
import { describe, expect, it, vi } from 'vitest';
import { ShortlistTable } from '../../../components/dashboard/ShortlistTable';
import { newCreator } from '../../../lib/db/creators';
import { type ShortlistRow } from '../../../lib/shortlist/rows';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useLayoutHeight, useReactRoot } from '../../helpers/render';
import { exact, makeSnapshot, sameEngagement } from '../../helpers/snapshots';
import { toRows } from '../../helpers/shortlist';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));
useLayoutHeight();

const mounted = useReactRoot();

describe('pending rows', () => {
  it('list the creator with status and notes, and show followers, score, grade, tier and class as being read', async () => {
    const creator = { ...newCreator({ id: 'tiktok:ana', platform: 'tiktok', handle: 'ana', displayName: 'Ana', profileUrl: 'https://www.tiktok.com/@ana' }, 1), notes: [{ text: 'asked for rates', at: 1 }] };
    // As the list gives a creator whose summary is still being computed.
    const rows: ShortlistRow[] = [{ creator, summary: null, pending: true }];
    await mounted.render(
      <ShortlistTable rows={rows} sorting={[]} onSortingChange={() => {}} selected={new Set()} onSelect={() => {}} onOpen={() => {}} onDelete={async () => {}} brokenRow={() => null} />,
    );
    const cell = (column: string) => mounted.container.querySelector(`tr[data-creator="tiktok:ana"] td[data-column="${column}"]`)?.textContent;
    for (const column of ['followers', 'score', 'grade', 'tier', 'class']) expect(cell(column)).toBe('…');
    expect(cell('status')).toContain('To review');
    expect(cell('note')).toContain('asked for rates');
  });
});

describe('the table in Chinese', () => {
  useLocale('zh_CN');

  it('shows computed and pending rows, flags, tiers, statuses and overrides with no English left', async () => {
    const at = 1;
    const creator = (handle: string, displayName: string | null, platform: 'tiktok' | 'instagram' = 'tiktok') =>
      newCreator({ id: `${platform}:${handle}`, platform, handle, displayName, profileUrl: `https://www.tiktok.com/@${handle}` }, at);
    const flagged = makeSnapshot({ platform: 'instagram', creator: { handle: 'jie', followers: exact(20_000), totalLikes: null }, posts: sameEngagement(5, null, 40, 2) });
    const rows: ShortlistRow[] = [
      ...toRows([
        { creator: { ...creator('mei', '小美'), status: 'shortlisted', tags: ['美妆'], price: { amount: 3000, currency: 'CNY' } }, latest: makeSnapshot({ creator: { handle: 'mei' } }), snapshotCount: 2, sample: [], history: [] },
        { creator: { ...creator('jie', '阿杰', 'instagram'), status: 'contacted' }, latest: flagged, snapshotCount: 1, sample: [], history: [] },
        {
          creator: { ...creator('lili', '莉莉'), status: 'approved', gradeOverride: { grade: 'C', reason: '品牌调性不符', at } },
          latest: makeSnapshot({ creator: { handle: 'lili', followers: exact(2_000_000) } }),
          snapshotCount: 1,
          sample: [],
          history: [],
        },
        { creator: { ...creator('dee', '小迪'), status: 'rejected', doNotWork: { reason: '疑似刷量', at } }, latest: null, snapshotCount: 0, sample: [], history: [] },
      ]),
      { creator: { ...creator('ana', '安娜'), notes: [{ text: '已询价', at }, { text: '等待回复', at: 2 }] }, summary: null, pending: true },
    ];
    expect(rows[1]!.summary!.flags.length).toBeGreaterThan(0);
    await mounted.render(
      <ShortlistTable rows={rows} sorting={[]} onSortingChange={() => {}} selected={new Set(['tiktok:mei'])} onSelect={() => {}} onOpen={() => {}} onDelete={async () => {}} brokenRow={() => null} />,
    );
    const cell = (id: string, column: string) => mounted.container.querySelector(`tr[data-creator="${id}"] td[data-column="${column}"]`);
    expect(cell('tiktok:ana', 'score')?.textContent).toBe('…');
    expect(cell('tiktok:ana', 'score')?.querySelector('[title]')?.getAttribute('title')).toBe('正在读取已保存的快照…');
    expect(cell('tiktok:ana', 'status')?.textContent).toBe('待评估');
    expect(cell('tiktok:ana', 'note')?.textContent).toBe('等待回复另有 1 条较早的备注');
    expect(cell('tiktok:lili', 'grade')?.querySelector('[aria-label]')?.getAttribute('aria-label')).toBe('C，手动设定（计算结果：D）');
    // Named as an image: a name on a plain span is not allowed.
    expect(cell('tiktok:lili', 'grade')?.querySelector('[aria-label]')?.getAttribute('role')).toBe('img');
    expect(cell('tiktok:dee', 'status')?.textContent).toBe('已拒绝不合作');
    expect(mounted.container.querySelector('th button')?.textContent).toContain('达人');
    expect(englishLeft(mounted.container)).toEqual([]);
  });
});
