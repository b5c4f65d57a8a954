// Hand-made lists as people keep them: the creators' column found by what it holds whatever its
// header, and a currency for prices written without one.
import { describe, expect, it } from 'vitest';
import { checkImport, type ImportCheck, type ImportOptions } from '../../../lib/csv/check';
import { autoMap } from '../../../lib/csv/mapping';
import { parseCsv, type ParsedCsv } from '../../../lib/csv/read';
import { english } from '../../../lib/i18n';
import { checkedRows } from '../../helpers/csv';

async function parsed(text: string): Promise<ParsedCsv> {
  const result = await parseCsv(text);
  if (!result.ok) throw new Error(english(result.error));
  return result.csv;
}

async function check(text: string, options: ImportOptions = {}): Promise<ImportCheck> {
  const csv = await parsed(text);
  return checkImport(csv, autoMap(csv), options);
}

const problems = (checked: ImportCheck) => checked.errors.map((error) => `${error.row} ${error.column}: ${english(error.message)}`);

describe('the creators’ column, by what it holds', () => {
  it.each([
    ['@handles under “Creator”', 'Creator,Platform,Followers\n@nora,TikTok,1200\n@bo.li,Instagram,800\n', ['handle', 'platform', null]],
    ['profile URLs under “Creator”', 'Creator,Price\nhttps://www.tiktok.com/@nora,300\nhttps://www.youtube.com/@bo,500\n', ['profile_url', 'price']],
    ['profile URLs under “Name”', 'Name,Tags\nhttps://www.instagram.com/nora/,beauty\nhttps://www.instagram.com/bo/,food\n', ['profile_url', 'tags']],
    ['@handles under a header of no field', 'Influencer,Notes\n@nora,nice\n@bo,\n', ['handle', 'notes']],
    ['mostly URLs, some @handles', 'Creator\nhttps://www.tiktok.com/@nora\nhttps://www.tiktok.com/@bo\n@kim\n', ['profile_url']],
  ])('%s', async (_, text, mapping) => {
    expect(autoMap(await parsed(text))).toEqual(mapping);
  });

  it('a column of plain names stays the name, next to the column of @handles', async () => {
    const csv = await parsed('Creator,Account,Platform\nNora Li,@nora,TikTok\nBo,@bo,TikTok\n');
    expect(autoMap(csv)).toEqual(['name', 'handle', 'platform']);
    const plain = await parsed('Creator,Link\nNora Li,https://www.tiktok.com/@nora\nBo,https://www.tiktok.com/@bo\n');
    expect(autoMap(plain)).toEqual(['name', 'profile_url']);
  });

  it('a header naming the handle or URL column wins over a column of URLs under another header', async () => {
    const csv = await parsed('Creator,Handle,Platform\nhttps://www.tiktok.com/@nora,@nora,TikTok\nhttps://www.tiktok.com/@bo,@bo,TikTok\n');
    expect(autoMap(csv)).toEqual(['name', 'handle', 'platform']);
  });

  it('a mixed column of URLs and @handles is read row by row; @handles take the platform column', async () => {
    const checked = await check('Creator,Platform\nhttps://www.instagram.com/nora/,\n@bo,TikTok\nhttps://www.youtube.com/@kim,\n');
    expect(checked.errors).toEqual([]);
    expect(checkedRows(checked).map((row) => row.id)).toEqual(['instagram:nora', 'tiktok:bo', 'youtube:kim']);
  });

  it('@handles without a platform column say so, until a platform is chosen for them', async () => {
    const text = 'Creator\n@nora\nhttps://www.tiktok.com/@bo\n';
    expect(problems(await check(text))).toEqual(['2 Creator: No platform for “@nora”: add a Platform column or choose a default platform.']);
    const chosen = await check(text, { defaultPlatform: 'instagram' });
    expect(chosen.errors).toEqual([]);
    expect(checkedRows(chosen).map((row) => row.id)).toEqual(['instagram:nora', 'tiktok:bo']);
  });
});

describe('a currency for prices without one', () => {
  const text = 'Handle,Platform,Price,Currency\n@nora,TikTok,300,\n@bo,TikTok,$200,\n@kim,TikTok,150,EUR\n';

  it('with none chosen, a price without a currency points at the currency to choose', async () => {
    expect(problems(await check(text))).toEqual([
      '2 Price: The price has no currency: choose one in “Currency of prices without one” above, add a Currency column (USD, EUR, CNY…) or write the symbol, as in $300.',
    ]);
  });

  it('the chosen currency fills only the prices that have none: a symbol or a currency cell keeps its own', async () => {
    const checked = await check(text, { defaultCurrency: 'CNY' });
    expect(checked.errors).toEqual([]);
    expect(checkedRows(checked).map((row) => row.price)).toEqual([
      { amount: 300, currency: 'CNY' },
      { amount: 200, currency: 'USD' },
      { amount: 150, currency: 'EUR' },
    ]);
  });

  it('works without a currency column too', async () => {
    const checked = await check('Handle,Platform,Fee\n@nora,TikTok,1200\n', { defaultCurrency: 'EUR' });
    expect(checkedRows(checked)[0]?.price).toEqual({ amount: 1200, currency: 'EUR' });
  });
});
