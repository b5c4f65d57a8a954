// What a cross-border seller asks first (account age, selling marks, category, stated country),
// as the command line prints it from a reading: a reader stands in for the platforms' so each
// combination is a reading of its own.
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../lib/i18n';
import type { Snapshot } from '../../lib/schema/snapshot';
import { formatReport, vetPage } from '../../scripts/vet/report';
import { CAPTURED_AT, makeSnapshot } from '../helpers/snapshots';
import { parseHtml } from '../helpers/fixtures';

const reading = vi.hoisted(() => ({ creator: {} as Record<string, unknown> }));

vi.mock('../../lib/platforms', () => ({
  recognisePage: () => ({
    supported: true,
    reader: {
      readiness: () => ({ ready: true }),
      extract: (): Snapshot => makeSnapshot({ creator: reading.creator as Partial<Snapshot['creator']> }),
    },
  }),
}));

const HTML = '<!doctype html><html><head><title>Lena</title></head><body></body></html>';

function vetWith(creator: Record<string, unknown>, locale: Locale = 'en') {
  reading.creator = creator;
  const report = vetPage('lena.html', HTML, parseHtml(HTML), 'https://www.tiktok.com/@lena', CAPTURED_AT, locale);
  // The seller facts are the third line of the summary, under the figures.
  return { report, line: formatReport(report, locale).split('\n')[2] };
}

describe('the seller facts', () => {
  it('print the joined date, the marks, the category and the stated country where the reading has them', () => {
    const facts = { joinedAt: { value: Date.UTC(2020, 0, 12, 8, 30), source: 'embedded-json' }, sellerMarks: [], category: 'Shopping & retail', country: 'DE' };
    const { report, line } = vetWith(facts);
    expect(report.creator).toMatchObject({ joinedAt: '2020-01-12T08:30:00.000Z', sellerMarks: [], category: 'Shopping & retail', country: 'DE' });
    expect(line).toBe('  joined 2020-01-12 · sells: no marks · category: Shopping & retail · country: DE');
    expect(vetWith(facts, 'zh_CN').line).toBe('  注册于 2020-01-12 · 带货：无标记 · 类目：Shopping & retail · 国家/地区：DE');
  });

  it('name each selling mark in words, and say which facts the page does not show', () => {
    const facts = { joinedAt: null, sellerMarks: ['commerce-account', 'shop-tab'], category: null, country: null };
    const { report, line } = vetWith(facts);
    expect(report.creator).toMatchObject({ joinedAt: null, sellerMarks: ['commerce-account', 'shop-tab'], category: null, country: null });
    expect(line).toBe('  sells: commerce account and shop tab · not shown on this page: joined date, category, and country');
    expect(vetWith(facts, 'zh_CN').line).toBe('  带货：商业账号和店铺标签页 · 本页未显示：注册日期、类目和国家/地区');
  });

  it.each([
    ['a page that shows none of them', { joinedAt: null, sellerMarks: null, category: null, country: null }],
    ['a reader that does not read them yet', {}],
  ])('are null in the JSON and "not shown on this page" for %s', (_label, facts) => {
    const { report, line } = vetWith(facts);
    expect(report.creator).toMatchObject({ joinedAt: null, sellerMarks: null, category: null, country: null });
    expect(line).toBe('  not shown on this page: joined date, seller marks, category, and country');
  });
});
