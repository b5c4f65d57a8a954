// A long table on a campaign's page draws its first rows and says how many there are; Show all draws
// the rest. A short one draws everything and says nothing.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, FirstRows } from '../../../components/dashboard/FirstRows';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

const mounted = useReactRoot();
const list = (n: number) => Array.from({ length: n }, (_, i) => `row ${i + 1}`);
const table = (rows: readonly string[]) => (
  <FirstRows rows={rows}>{(shown) => <ul>{shown.map((row) => <li key={row}>{row}</li>)}</ul>}</FirstRows>
);
const drawn = () => mounted.container.querySelectorAll('li').length;

describe('the first rows of a long table', () => {
  it('draws every row of a table that fits', async () => {
    await mounted.render(table(list(FIRST_ROWS)));
    expect(drawn()).toBe(FIRST_ROWS);
    expect(mounted.container.querySelector('.first-rows')).toBeNull();
  });

  it('draws the first rows of a longer one, and all of them on Show all', async () => {
    await mounted.render(table(list(FIRST_ROWS + 50)));
    expect(drawn()).toBe(FIRST_ROWS);
    expect(mounted.container.querySelector('.first-rows')?.textContent).toBe(`Showing the first ${FIRST_ROWS} of ${FIRST_ROWS + 50}. Show all ${FIRST_ROWS + 50}`);
    await act(async () => mounted.container.querySelector<HTMLButtonElement>('.first-rows button')!.click());
    expect(drawn()).toBe(FIRST_ROWS + 50);
    expect(mounted.container.querySelector('li:last-child')?.textContent).toBe(`row ${FIRST_ROWS + 50}`);
    expect(mounted.container.querySelector('.first-rows')).toBeNull();
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says it in Chinese', async () => {
      await mounted.render(table(list(1500)));
      expect(mounted.container.querySelector('.first-rows')?.textContent).toBe(`显示前 ${FIRST_ROWS} 条，共 1,500 条。 显示全部 1,500 条`);
    });
  });
});
