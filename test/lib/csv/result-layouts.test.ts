// A seller's result files, generated here from each layout's documented columns: recognised by their
// header row in English and Chinese, read with commas or semicolons, a BOM, currency symbols and
// either locale's numbers; a cell that cannot be read is named by row and column, never taken as 0.
import { describe, expect, it } from 'vitest';
import { parseCsv, type ParsedCsv } from '../../../lib/csv/read';
import { mappingGap, recogniseLayout, type ResultMapping } from '../../../lib/csv/result-layouts';
import { readResultNumber, readResultRows } from '../../../lib/csv/result-rows';
import { say } from '../../../lib/i18n';

/** A CSV file as a spreadsheet writes it: cells quoted when they hold the separator or a quote. */
function csvText(rows: readonly (readonly string[])[], separator = ',', bom = false): string {
  const cell = (value: string) => (value.includes(separator) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value);
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

async function read(text: string): Promise<ParsedCsv> {
  const parsed = await parseCsv(text, { hasHeader: true });
  if (!parsed.ok) throw new Error(say(parsed.error));
  return parsed.csv;
}

async function rowsOf(text: string) {
  const csv = await read(text);
  const layout = recogniseLayout(csv.columns);
  if (!layout) throw new Error('layout not recognised');
  return { layout: layout.source, ...readResultRows(csv, layout.mapping) };
}

describe('the known layouts, by their header row', () => {
  it.each([
    ['TikTok Shop per video, English', ['Video ID', 'Creator username', 'GMV', 'Orders', 'Items sold', 'Refunds', 'Est. commission'], 'tiktok-shop'],
    ['TikTok Shop per creator, Chinese', ['达人用户名', '成交金额', '订单数', '商品销量', '退款金额', '预估佣金'], 'tiktok-shop'],
    ['Shopify sales by discount, English', ['Discount code', 'Orders', 'Gross sales', 'Discounts', 'Returns', 'Net sales', 'Total sales'], 'discount-code'],
    ['discount report, Chinese', ['折扣码', '订单数', '总销售额', '净销售额'], 'discount-code'],
    ['GA4 by session campaign, English', ['Session campaign', 'Session manual ad content', 'Sessions', 'Key events', 'Total revenue'], 'analytics'],
    ['utm export, Chinese', ['会话广告系列', '会话手动广告内容', '会话数', '转化次数', '总收入'], 'analytics'],
  ])('%s', (_name, header, source) => {
    expect(recogniseLayout(header)?.source).toBe(source);
  });

  it('maps each documented column of a TikTok Shop export to its figure', () => {
    const known = recogniseLayout(['Video ID', 'Creator username', 'Video title', 'GMV', 'SKU orders', 'Items sold', 'Refunds', 'Est. commission']);
    expect(known?.mapping).toEqual(['videoId', 'creator', null, 'revenue', 'orders', 'itemsSold', 'refunds', 'commission']);
  });

  it('does not take a file of something else for a known layout', () => {
    expect(recogniseLayout(['Name', 'Followers', 'Country'])).toBeNull();
  });
});

describe('numbers as either locale writes them', () => {
  it.each([
    ['1,234.50', false, 1234.5, null],
    ['$1,234.50', false, 1234.5, null],
    ['US$ 99', false, 99, 'USD'],
    ['¥1,280', false, 1280, null],
    ['1.234,50 €', true, 1234.5, 'EUR'],
    ['1 234,50', true, 1234.5, null],
    ['12,5', false, 12.5, null],
    ['1,234', true, 1.234, null],
    ['1,234', false, 1234, null],
    ['1.234.567', true, 1234567, null],
    ['-$20.00', false, -20, null],
    ['-£20.00', false, -20, 'GBP'],
    ['(20.00)', false, -20, null],
    ['RM 45.90', false, 45.9, 'MYR'],
    ['300 CNY', false, 300, 'CNY'],
    ['', false, null, null],
    ['-', false, null, null],
  ])('%s (semicolon file: %s) reads %s in %s', (cell, decimalComma, value, currency) => {
    expect(readResultNumber(cell, decimalComma)).toEqual({ ok: true, value, ...(currency ? { currency } : {}) });
  });

  it.each(['12%', 'abc', '1,2,3', '12abc', '1..2', '1,2345.6', 'ABC 12', '12 PCS'])('%s is not a number', (cell) => {
    expect(readResultNumber(cell, false).ok).toBe(false);
  });
});

describe('reading the rows of a generated file', () => {
  it('reads a TikTok Shop export with a BOM, commas and dollar amounts', async () => {
    const text = csvText(
      [
        ['Video ID', 'Creator username', 'GMV', 'Orders', 'Items sold', 'Refunds', 'Est. commission'],
        ['7301234567890123456', '@lena', '$1,234.50', '12', '15', '$40.00', '$123.45'],
        ['7309999999999999999', 'kai', '$0.00', '0', '0', '-', '$0.00'],
      ],
      ',',
      true,
    );
    const { layout, rows, errors } = await rowsOf(text);
    expect(layout).toBe('tiktok-shop');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ row: 2, videoId: '7301234567890123456', creator: '@lena', counts: { orders: 12, itemsSold: 15 }, money: { revenue: 1234.5, refunds: 40, commission: 123.45 } });
    // A real 0 stays 0; a dash is unknown, not 0.
    expect(rows[1]!.money).toMatchObject({ revenue: 0, refunds: null });
  });

  it('reads a Chinese discount report separated by semicolons, with decimal commas', async () => {
    const text = csvText(
      [
        ['折扣码', '订单数', '总销售额', '退货', '净销售额'],
        ['LENA10', '7', '1.050,00 €', '-60,00 €', '990,00 €'],
      ],
      ';',
    );
    const { layout, rows, errors, currencies } = await rowsOf(text);
    expect(layout).toBe('discount-code');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'LENA10', counts: { orders: 7 }, money: { grossSales: 1050, refunds: 60, revenue: 990 } });
    expect(currencies).toEqual(['EUR']);
  });

  it('keeps refunds above revenue as the file says them', async () => {
    const { rows } = await rowsOf(csvText([['Creator username', 'GMV', 'Refunds'], ['lena', '100', '150']]));
    expect(rows[0]!.money).toMatchObject({ revenue: 100, refunds: 150 });
  });

  it('names the row and column of a cell it cannot read, and keeps that row out', async () => {
    const text = csvText([
      ['Session campaign', 'Session manual ad content', 'Sessions', 'Key events', 'Total revenue'],
      ['spring', 'lena', '1,200', '30', '$900.00'],
      ['spring', 'kai', 'many', '2.5', '$10'],
    ]);
    const { rows, errors } = await rowsOf(text);
    expect(rows.map((row) => row.utmContent)).toEqual(['lena']);
    expect(errors.map((error) => [error.row, error.column, say(error.message)])).toEqual([
      [3, 'Sessions', '“many” is not a number'],
      [3, 'Key events', '“2.5” is not a whole number'],
    ]);
  });
});

describe('a layout Creator Lens does not know', () => {
  it('is read once the user maps its columns', async () => {
    const csv = await read(csvText([['Coupon', 'Bestellungen', 'Umsatz'], ['kai5', '3', '75,50']], ';'));
    expect(recogniseLayout(csv.columns)).toBeNull();
    const mapping: ResultMapping = ['code', 'orders', 'revenue'];
    expect(mappingGap(mapping)).toBeNull();
    const { rows, errors } = readResultRows(csv, mapping);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'kai5', counts: { orders: 3 }, money: { revenue: 75.5 } });
  });

  it.each([
    [['orders', 'revenue', null], 'noMatch'],
    [['code', null, null], 'noFigure'],
    [['code', 'orders', 'orders'], 'twice'],
  ] as const)('a mapping %j lacks %s', (mapping, gap) => {
    expect(mappingGap([...mapping])).toBe(gap);
  });
});
