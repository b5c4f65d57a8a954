import { describe, expect, it } from 'vitest';
import { comparisonLines } from '../../../lib/shortlist/compare';
import { newCreator } from '../../../lib/db/creators';
import type { CreatorRecord } from '../../../lib/db/records';
import { english } from '../../../lib/i18n';
import { historyPoints } from '../../../lib/shortlist/history';
import { cpe, cpm, medianEngagementsOf } from '../../../lib/shortlist/pricing';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { assess, metricValue } from '../../../lib/scoring';
import { type ShortlistRow } from '../../../lib/shortlist/rows';
import { allTags, cpeOf, cpmOf, EMPTY_FILTER, filterRows, shownGrade, sortRows } from '../../../lib/shortlist/filter';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { CAPTURED_AT, DAY, engagedPosts, exact, makeSnapshot } from '../../helpers/snapshots';
import { toRows } from '../../helpers/shortlist';

function row(handle: string, fields: Partial<CreatorRecord> = {}, snapshot: Snapshot | null = makeSnapshot({ creator: { handle } })): ShortlistRow {
  const creator: CreatorRecord = {
    ...newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName: handle.toUpperCase(), profileUrl: `https://www.tiktok.com/@${handle}` }, 1),
    ...fields,
  };
  return toRows([{ creator, latest: snapshot, snapshotCount: snapshot ? 1 : 0, sample: [], history: [] }])[0]!;
}

const big = makeSnapshot({ creator: { handle: 'big', followers: exact(2_000_000) } });
const rows = [
  row('ana', { status: 'contacted', tags: ['beauty', 'spring'], notes: [{ text: 'Asked for RATES', at: 5 }], lastSeenAt: 30 }),
  row('ben', { tags: ['tech'], lastSeenAt: 10, price: { amount: 500, currency: 'USD' } }, big),
  row('cai', { platform: 'instagram', lastSeenAt: 20, gradeOverride: { grade: 'C', reason: 'brand safety', at: 3 } }),
  row('dee', { lastSeenAt: 40 }, null),
];
const handles = (list: ShortlistRow[]) => list.map((r) => r.creator.handle);

describe('filterRows', () => {
  it('keeps everything with the empty filter', () => {
    expect(handles(filterRows(rows, EMPTY_FILTER))).toEqual(['ana', 'ben', 'cai', 'dee']);
  });
  it('filters by platform, status and tag', () => {
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, platform: 'instagram' }))).toEqual(['cai']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, status: 'contacted' }))).toEqual(['ana']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, tag: 'tech' }))).toEqual(['ben']);
  });
  it('searches name, handle and notes without case', () => {
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, text: 'rates' }))).toEqual(['ana']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, text: '@BE' }))).toEqual(['ben']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, text: 'CAI' }))).toEqual(['cai']);
  });
  it('filters by the grade shown (the override wins), by tier and by score range', () => {
    // ben's 10K views on 2M followers grade D; cai's computed B is overridden to C; ana's 73 is an A held at B (medium confidence).
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, grade: 'C' }))).toEqual(['cai']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, grade: 'B' }))).toEqual(['ana']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, grade: 'S' }))).toEqual([]);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, grade: 'none' }))).toEqual(['dee']);
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, tier: 'mega' }))).toEqual(['ben']);
    const score = rows[0]!.summary!.score!;
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, scoreMin: score, scoreMax: score }))).toContain('ana');
    // A creator without a score never falls in a range.
    expect(handles(filterRows(rows, { ...EMPTY_FILTER, scoreMin: 0 }))).not.toContain('dee');
    expect(filterRows(rows, { ...EMPTY_FILTER, scoreMin: 101 })).toEqual([]);
  });
  it('lists the tags in use once, sorted', () => {
    expect(allTags(rows)).toEqual(['beauty', 'spring', 'tech']);
  });
});

describe('sortRows', () => {
  it('sorts by any column both ways, unknown values last', () => {
    expect(handles(sortRows(rows, { id: 'lastSeen', desc: true }))).toEqual(['dee', 'ana', 'cai', 'ben']);
    expect(handles(sortRows(rows, { id: 'name', desc: false }))).toEqual(['ana', 'ben', 'cai', 'dee']);
    expect(handles(sortRows(rows, { id: 'followers', desc: true }))).toEqual(['ben', 'ana', 'cai', 'dee']);
    expect(handles(sortRows(rows, { id: 'followers', desc: false })).at(-1)).toBe('dee');
    expect(handles(sortRows(rows, { id: 'price', desc: false }))).toEqual(['ben', 'ana', 'cai', 'dee']);
    expect(handles(sortRows(rows, { id: 'status', desc: true }))[0]).toBe('ana');
  });
  it('sorts grades by rank, overrides included', () => {
    expect(handles(sortRows(rows, { id: 'grade', desc: false }))).toEqual(['ben', 'cai', 'ana', 'dee']);
    expect(shownGrade(rows[2]!)).toEqual({ grade: 'C', overridden: true });
  });
  it('keeps the order without a sort and never changes its input', () => {
    const copy = [...rows];
    sortRows(rows, { id: 'name', desc: true });
    expect(rows).toEqual(copy);
    expect(handles(sortRows(rows, null))).toEqual(['ana', 'ben', 'cai', 'dee']);
  });
});

describe('CPM and CPE', () => {
  it('divides the price by the median views (× 1000) and by the median engagements', () => {
    expect(cpm({ amount: 500, currency: 'USD' }, 10_000)).toEqual({ value: 50 });
    expect(cpe({ amount: 500, currency: 'USD' }, 250)).toEqual({ value: 2 });
  });
  it('says why when an input is missing, never 0 or NaN', () => {
    for (const figure of [
      cpm(null, 10_000),
      cpm({ amount: 500, currency: 'USD' }, null),
      cpm({ amount: 500, currency: 'USD' }, 0),
      cpm({ amount: Number.NaN, currency: 'USD' }, 100),
      cpm({ amount: 0, currency: 'USD' }, 100),
      cpe({ amount: 500, currency: 'USD' }, null),
      cpe({ amount: 500, currency: 'USD' }, 0),
    ]) {
      expect(figure.value).toBeNull();
      expect(english(figure.reason)).toMatch(/\w/);
    }
    expect(english(cpm(null, 1).reason)).toBe('no price quoted yet');
  });
  it('reads the median views and engagements (shares included when shown) of a creator', () => {
    const posts = engagedPosts([[10_000, 400, 20], [12_000, 500, 30], [8_000, 300, 10]]).map((post, index) => ({ ...post, shares: index === 0 ? exact(80) : null }));
    const snapshot = makeSnapshot({ posts });
    const assessment = assess(snapshot);
    expect(metricValue(assessment, 'medianViews')).toBe(10_000);
    // 500, 530, 310 → median 500 (420 + 80 shares).
    expect(medianEngagementsOf(assessment, posts)).toBe(500);
    const priced = row('eve', { price: { amount: 1_000, currency: 'EUR' } }, snapshot);
    expect(cpmOf(priced)).toEqual({ value: 100 });
    expect(cpeOf(priced)).toEqual({ value: 2 });
  });
  it('leaves CPE unknown when no post shows likes and comments', () => {
    const priced = row('fay', { price: { amount: 1_000, currency: 'EUR' } });
    expect(cpmOf(priced).value).toBe(100);
    const figure = cpeOf(priced);
    expect(figure.value).toBeNull();
    expect(english(figure.reason)).toContain('likes and comments');
  });
});

describe('comparisonLines', () => {
  it('gives one cell per creator for every figure', () => {
    const lines = comparisonLines([rows[1]!, rows[2]!]);
    const byId = Object.fromEntries(lines.map((line) => [line.id, line.cells]));
    expect(lines.every((line) => line.cells.length === 2)).toBe(true);
    // Written short, as in the list; the exact figure goes with each, for the tooltip.
    expect(byId.followers).toEqual(['2M', '50K']);
    expect(lines.find((line) => line.id === 'followers')!.notes).toEqual(["Exactly 2,000,000, from the page's embedded data", "Exactly 50,000, from the page's embedded data"]);
    expect(byId.grade).toEqual(['D', 'C (set by hand)']);
    expect(byId.price).toEqual(['$500', 'not quoted']);
    expect(byId.cpm![0]).toBe('$50');
    expect(byId.cpm![1]).toBe('unknown: no price quoted yet');
    expect(byId['component-reach']).toHaveLength(2);
    expect(Object.keys(byId)).toEqual(expect.arrayContaining(['tier', 'class', 'score', 'confidence', 'viewRate', 'engagement', 'medianViews', 'cpm', 'flags', 'status']));
  });
});

describe('historyPoints', () => {
  it('puts the readings in capture order, each with its own figures', () => {
    const earlier = makeSnapshot({ capturedAt: CAPTURED_AT - 30 * DAY, creator: { followers: exact(40_000) } });
    const points = historyPoints([makeSnapshot(), earlier]);
    expect(points.map((point) => point.followers)).toEqual([40_000, 50_000]);
    expect(points[1]!.viewRate).toBeCloseTo(0.2);
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');

  /** English words left in these strings, read as a page would show them. */
  const left = (words: string[]) => {
    const element = document.createElement('div');
    element.textContent = words.join('\n');
    return englishLeft(element);
  };

  it('labels every comparison line and fills every cell in Chinese', () => {
    const lines = comparisonLines([rows[1]!, rows[2]!, rows[3]!]);
    expect(left(lines.flatMap((line) => [line.label, ...line.cells, ...line.notes.filter((note) => note !== undefined)]))).toEqual([]);
    const byId = Object.fromEntries(lines.map((line) => [line.id, line]));
    expect(byId.status!.label).toBe('状态');
    expect(byId.grade!.cells[1]).toBe('C（手动设定）');
    expect(byId.price!.cells[1]).toBe('未报价');
    expect(byId.followers!.cells[0]).toBe('200万');
    expect(byId.followers!.notes[0]).toBe('精确值 2,000,000，来自页面内嵌数据');
    // dee has no reading: its cells are marked missing, to be shown muted.
    expect(byId.score!.missing).toEqual([false, false, true]);
    expect(byId.tier!.missing[2]).toBe(true);
  });

  it('sorts names and tags the way Chinese sorts them (by pinyin)', () => {
    const named = [
      row('zhang', { displayName: '张伟', tags: ['美妆'] }),
      row('li', { displayName: '李娜', tags: ['数码'] }),
      row('wang', { displayName: '王芳', tags: ['户外'] }),
    ];
    expect(handles(sortRows(named, { id: 'name', desc: false }))).toEqual(['li', 'wang', 'zhang']);
    // 户外 (hu) · 美妆 (mei) · 数码 (shu)
    expect(allTags(named)).toEqual(['户外', '美妆', '数码']);
  });
});
