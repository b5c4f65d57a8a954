// The shortlist's vetting figures as the table, its filters and the comparison read them.
import { describe, expect, it } from 'vitest';
import { newCreator } from '../../../lib/db/creators';
import type { CreatorRecord } from '../../../lib/db/records';
import { english } from '../../../lib/i18n';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { comparisonLines } from '../../../lib/shortlist/compare';
import { flagName } from '../../../lib/shortlist/flag-names';
import { contactEmailOf, EMPTY_FILTER, filterRows, flagsOf, gradeChangeOf, sortRows, statusCounts, type ColumnId } from '../../../lib/shortlist/filter';
import type { ShortlistRow } from '../../../lib/shortlist/rows';
import { toRows } from '../../helpers/shortlist';
import { CAPTURED_AT, exact, makeSnapshot, sameEngagement } from '../../helpers/snapshots';

function row(handle: string, fields: Partial<CreatorRecord> = {}, snapshot: Snapshot | null = makeSnapshot({ creator: { handle } })): ShortlistRow {
  const platform = snapshot?.platform ?? 'tiktok';
  const creator: CreatorRecord = {
    ...newCreator({ id: `${platform}:${handle}`, platform, handle, displayName: handle.toUpperCase(), profileUrl: snapshot?.url ?? `https://www.tiktok.com/@${handle}` }, 1),
    ...fields,
  };
  return toRows([{ creator, latest: snapshot, snapshotCount: snapshot ? 1 : 0, sample: [], history: [] }])[0]!;
}

// A TikTok grid that shows views only: engagement is lifetime likes ÷ videos ÷ followers (300,000 ÷ 100 ÷ 50,000).
const grid = row('ana', { status: 'contacted', email: 'ana@example.com' });
// TikTok post pages opened: (likes + comments) ÷ views = 520 ÷ 10,000 per view, reaching a fifth of the followers.
const opened = row('ben', { status: 'contacted' }, makeSnapshot({ creator: { handle: 'ben', email: 'ben@bio.example' }, posts: sameEngagement(10, 10_000, 500, 20) }));
// An Instagram feed of photos: engagement by followers, 42 ÷ 20,000; no views, so no view rate.
const feed = row(
  'cai',
  { status: 'shortlisted' },
  makeSnapshot({ platform: 'instagram', url: 'https://www.instagram.com/cai/', creator: { handle: 'cai', followers: exact(20_000), totalLikes: null }, posts: sameEngagement(10, null, 40, 2) }),
);
// No videos at all: a risk flag, nothing to measure.
const empty = row('dee', {}, makeSnapshot({ creator: { handle: 'dee', postCount: exact(0), followers: exact(10), following: exact(900) }, posts: [] }));
// Never read.
const unread = row('eve', {}, null);
const rows = [grid, opened, feed, empty, unread];
const handles = (list: readonly ShortlistRow[]) => list.map((one) => one.creator.handle);

describe('engagement by the platform’s measure', () => {
  it.each([
    ['a TikTok grid without likes', grid, 'likesPerVideoPerFollower', 0.06],
    ['TikTok posts opened', opened, 'engagementPerView', 0.052],
    ['an Instagram feed', feed, 'engagementRate', 0.0021],
  ] as const)('is what the card shows for %s', (_, one, metric, value) => {
    expect(one.summary!.engagement!.metric).toBe(metric);
    expect(one.summary!.engagement!.value).toBeCloseTo(value, 6);
  });
  it('is unknown with the reason where nothing could be measured, never 0', () => {
    expect(empty.summary!.engagement!.value).toBeNull();
    expect(english(empty.summary!.engagement!.unknownReason!)).toMatch(/\w/);
    expect(unread.summary!.engagement).toBeNull();
    expect(english(feed.summary!.viewRateUnknown!)).toMatch(/view/);
    expect(grid.summary!.viewRateUnknown).toBeNull();
  });
});

describe('the new filters', () => {
  const only = (filter: Partial<typeof EMPTY_FILTER>) => handles(filterRows(rows, { ...EMPTY_FILTER, ...filter }));
  it.each([
    [{ flags: 'risk' }, ['dee']],
    [{ flags: 'none' }, handles(rows.filter((one) => one.summary?.asOf !== null && one.summary?.flags.length === 0))],
    // 6% likes per video, 5.2% per view: at least 5%; unknown engagement never passes a minimum.
    [{ engagementMin: 5 }, ['ana', 'ben']],
    [{ engagementMin: 5.2 }, ['ana', 'ben']],
    [{ engagementMin: 5.3 }, ['ana']],
    [{ engagementMin: 0 }, ['ana', 'ben', 'cai']],
    // 10,000 median views on 50,000 followers: 20%.
    [{ viewRateMin: 20 }, ['ana', 'ben']],
    [{ viewRateMin: 21 }, []],
  ] as const)('%o keeps %o', (filter, expected) => {
    expect(only(filter)).toEqual(expected);
  });
  it('never counts a creator with nothing read as clean or flagged', () => {
    expect(only({ flags: 'none' })).not.toContain('eve');
    expect(only({ flags: 'flagged' })).not.toContain('eve');
    expect(only({ flags: 'flagged' })).toContain('dee');
  });
  it('filters by confidence, or by a provisional grade', () => {
    const level = grid.summary!.confidence!;
    expect(only({ confidence: level })).toContain('ana');
    expect(only({ confidence: 'provisional' })).toEqual(handles(rows.filter((one) => one.summary?.provisional === true)));
  });
  it('counts each status among the creators the other filters leave', () => {
    expect(statusCounts(rows, EMPTY_FILTER)).toMatchObject({ 'to-review': 2, contacted: 2, shortlisted: 1, approved: 0 });
    // The status filter itself does not narrow its own counts.
    expect(statusCounts(rows, { ...EMPTY_FILTER, status: 'contacted' })).toMatchObject({ 'to-review': 2, contacted: 2, shortlisted: 1 });
    expect(statusCounts(rows, { ...EMPTY_FILTER, engagementMin: 5.3 })).toMatchObject({ 'to-review': 0, contacted: 1, shortlisted: 0 });
  });
});

describe('sorting the new columns', () => {
  it.each([
    ['engagement', false, ['cai', 'ben', 'ana']],
    ['engagement', true, ['ana', 'ben', 'cai']],
    ['viewRate', true, ['ana', 'ben']],
    ['medianViews', true, ['ana', 'ben']],
    ['email', false, ['ana', 'ben']],
  ] as const)('%s (descending: %s), unknown last', (column, desc, first) => {
    const sorted = handles(sortRows(rows, { id: column as ColumnId, desc }));
    expect(sorted.slice(0, first.length)).toEqual(first);
    expect(sorted.at(-1)).toBe('eve');
  });
  it('puts the gravest flags first, and creators never read last', () => {
    const sorted = handles(sortRows(rows, { id: 'flags', desc: true }));
    expect(sorted[0]).toBe('dee');
    expect(sorted.at(-1)).toBe('eve');
  });
  it('sorts confidence by level, a provisional grade below a firm one', () => {
    const sorted = sortRows(rows, { id: 'confidence', desc: true }).filter((one) => one.summary?.confidence);
    const ranks = sorted.map((one) => ({ low: 1, medium: 2, high: 3 })[one.summary!.confidence!] * 2 - (one.summary!.provisional ? 1 : 0));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
  it('sorts grade changes from the biggest rise to the biggest fall, never opened last', () => {
    type Grade = 'S' | 'A' | 'B' | 'C' | 'D';
    const graded = (handle: string, was: Grade, now: Grade): ShortlistRow => ({
      creator: { ...grid.creator, handle, gradeSeen: { grade: was, score: 50, at: CAPTURED_AT } },
      summary: { ...grid.summary!, grade: now },
    });
    const never = { ...grid, creator: { ...grid.creator, handle: 'never' } };
    const list = [never, graded('fell', 'S', 'C'), graded('dipped', 'B', 'C'), graded('same', 'B', 'B'), graded('rose', 'D', 'A')];
    expect(gradeChangeOf(list[1]!)).toEqual({ was: 'S', now: 'C', at: CAPTURED_AT });
    expect(gradeChangeOf(never)).toBeNull();
    expect(handles(sortRows(list, { id: 'gradeChange', desc: true }))).toEqual(['rose', 'same', 'dipped', 'fell', 'never']);
    expect(handles(sortRows(list, { id: 'gradeChange', desc: false }))).toEqual(['fell', 'dipped', 'same', 'rose', 'never']);
  });
});

describe('the contact e-mail', () => {
  it('is the user’s own, else the bio’s marked as such', () => {
    expect(contactEmailOf(grid)).toEqual({ email: 'ana@example.com', fromBio: false });
    expect(contactEmailOf(opened)).toEqual({ email: 'ben@bio.example', fromBio: true });
    expect(contactEmailOf(unread)).toBeNull();
  });
});

describe('flag names', () => {
  it('names every flag the shortlist’s creators raise in a few words, gravest first', () => {
    const flags = flagsOf(empty)!;
    expect(flags[0]!.severity).toBe('risk');
    expect(english(flagName(flags[0]!))).toBe('No videos');
    for (const one of rows) for (const flag of flagsOf(one) ?? []) expect(english(flagName(flag)).length).toBeLessThan(30);
  });
  it('falls back to the full message for a rule it does not know', () => {
    const message = { key: 'sc_flagNoVideos' as const };
    expect(flagName({ id: 'a-rule-added-later', message })).toBe(message);
  });
});

describe('the comparison', () => {
  const lines = (compared: readonly ShortlistRow[]) => Object.fromEntries(comparisonLines(compared).map((line) => [line.id, line]));
  it('shows the engagement the card measured, with its measure, where the by-followers rate is unknown', () => {
    const byId = lines([grid, opened]);
    expect(byId.engagement!.cells).toEqual(['6.00% likes per video', '5.20% per view']);
    // Per view and per video per follower do not rank against each other.
    expect(byId.engagement!.best).toEqual([false, false]);
    expect(byId.engagementRate).toBeUndefined();
  });
  it('names each creator’s flags with their severity', () => {
    const byId = lines([empty, grid]);
    expect(byId.flags!.flags![0]!.map((flag) => [flag.severityLabel, flag.name])).toContainEqual(['Risk', 'No videos']);
    expect(byId.flags!.cells[0]).toContain('Risk: No videos');
    expect(byId.flags!.cells[1]).toBe(flagsOf(grid)!.length === 0 ? 'None' : expect.any(String));
  });
  it('marks the best value of each line, and none where all are alike', () => {
    const cheap = row('fay', { price: { amount: 100, currency: 'USD' } });
    const dear = row('gus', { price: { amount: 400, currency: 'USD' } });
    const byId = lines([dear, cheap, unread]);
    expect(byId.cpm!.best).toEqual([false, true, false]);
    expect(byId.followers!.best).toEqual([false, false, false]);
    const reach = lines([grid, row('hal', {}, makeSnapshot({ creator: { handle: 'hal', followers: exact(80_000) } }))]);
    // More followers is a bigger creator, not a better one: never marked.
    expect(reach.followers!.best).toEqual([false, false]);
    expect(reach.viewRate!.best).toEqual([true, false]);
  });
  it('leaves out a figure measured for none of them, and says unknown where one lacks it', () => {
    const byId = lines([feed, unread]);
    expect(byId.viewRate).toBeUndefined();
    expect(byId.cpm).toBeUndefined();
    const mixed = lines([grid, feed]);
    expect(mixed.viewRate!.cells[1]).toMatch(/^unknown: /);
    expect(mixed.viewRate!.missing).toEqual([false, true]);
  });
  it('compares prices only in one currency', () => {
    const byId = lines([row('ivy', { price: { amount: 100, currency: 'USD' } }), row('jon', { price: { amount: 50, currency: 'EUR' } })]);
    expect(byId.cpm!.best).toEqual([false, false]);
  });
});
