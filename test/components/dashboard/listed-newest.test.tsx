// A shortlist larger than the dashboard lists at once: the newest-seen creators are listed and
// the page says how many there are in all (the real limit is 50,000; two here).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { useLocale } from '../../helpers/i18n';
import { useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));
vi.mock('../../../lib/shortlist/listing', async (original) => ({ ...(await original<typeof import('../../../lib/shortlist/listing')>()), LISTED_AT_MOST: 2 }));

useLayoutHeight();
const mounted = useReactRoot();
let db: CreatorLensDatabase;

beforeEach(async () => {
  db = openDatabase(`creator-lens-listed-${Math.random().toString(36).slice(2)}`);
  history.replaceState(null, '', '/dashboard.html');
  for (const [handle, at] of [['old', CAPTURED_AT], ['mid', CAPTURED_AT + 1_000], ['new', CAPTURED_AT + 2_000]] as const) {
    await saveSnapshot(db, makeSnapshot({ creator: { handle, displayName: handle }, capturedAt: at }), '', at);
  }
});

const shown = () => [...mounted.container.querySelectorAll('tr[data-creator]')].map((row) => row.getAttribute('data-creator'));
const notice = () => mounted.container.querySelector('[data-testid="listed-newest"]')?.textContent;

describe('a shortlist above the listed size', () => {
  it('lists the newest-seen creators and says how many are saved in all', async () => {
    await mounted.render(<Dashboard db={db} />);
    await mounted.until(() => shown().length === 2 && notice() !== undefined, 'the listed rows and the notice');
    expect(shown()).toEqual(['tiktok:new', 'tiktok:mid']);
    // The heading counts the shortlist, not the rows listed.
    expect(mounted.container.querySelector('.dash-head p.muted:not([data-testid])')?.textContent).toBe('3 creators');
    expect(notice()).toBe(
      'This page lists the 2 most recently seen of your 3 creators: the others stay saved, are in every backup and come back into the list when you open their pages again. Filters, CSV export and bulk actions cover the listed ones.',
    );
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says so in Chinese', async () => {
      await mounted.render(<Dashboard db={db} />);
      await mounted.until(() => notice() !== undefined, 'the notice');
      expect(notice()).toContain('本页列出您 3 位达人中最近查看的 2 位');
    });
  });
});
