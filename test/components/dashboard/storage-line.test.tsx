// The dashboard's header says where the shortlist is kept and never shows an unreadable shortlist
// as an empty one.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { StorageLine } from '../../../components/dashboard/StorageLine';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import type { StorageEnvironment } from '../../../lib/db/persistence';
import { setLocale } from '../../../lib/i18n';
import { useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));

const mounted = useReactRoot();
let db: CreatorLensDatabase;

beforeEach(() => {
  db = openDatabase(`creator-lens-storage-line-${Math.random().toString(36).slice(2)}`);
});

afterEach(() => {
  vi.restoreAllMocks();
  setLocale('en');
});

const until = (check: () => boolean, what: string) => mounted.until(check, what);

const lineText = () => mounted.container.querySelector('[data-testid="storage-line"]')?.textContent ?? null;

function environment(persisted: boolean, unlimited: boolean, usage?: number): StorageEnvironment {
  return {
    storage: {
      persisted: () => Promise.resolve(persisted),
      persist: () => Promise.resolve(false),
      estimate: () => Promise.resolve(usage === undefined ? {} : { usage, quota: 80e9 }),
    },
    hasUnlimitedStorage: () => Promise.resolve(unlimited),
  };
}

describe('StorageLine', () => {
  it('protected, with the space the browser reports', async () => {
    await mounted.render(<StorageLine changes={0} environment={environment(false, true, 12_345_678)} />);
    await until(() => lineText() !== null, 'the line');
    expect(lineText()).toBe('Stored in this browser, protected from automatic cleanup · 12 MB used');
  });

  it('not protected: says the browser may clear it and what to do; no size when the browser gives none', async () => {
    await mounted.render(<StorageLine changes={0} environment={environment(false, false)} />);
    await until(() => lineText() !== null, 'the line');
    expect(lineText()).toBe('Stored in this browser, which may clear it when the disk runs low on space: use More › “Back up (JSON)” now and then');
    expect(lineText()).not.toMatch(/\b0\b/);
  });

  it('in Chinese', async () => {
    setLocale('zh_CN');
    await mounted.render(<StorageLine changes={0} environment={environment(true, false, 512_000)} />);
    await until(() => lineText() !== null, 'the line');
    expect(lineText()).toBe('保存在此浏览器中，受保护，不会被浏览器自动清理 · 已用 512 kB');
  });
});

describe('an unreadable shortlist', () => {
  it('is not shown as "0 creators" or as empty: the header says it was not counted, and why', async () => {
    await saveSnapshot(db, makeSnapshot(), '', CAPTURED_AT);
    const full = Object.assign(new Error('Encountered full disk while opening backing store for indexedDB.open.'), { name: 'QuotaExceededError' });
    vi.spyOn(db.creators, 'orderBy').mockImplementation(() => {
      throw full;
    });
    await mounted.render(<Dashboard db={db} />);
    await until(() => mounted.container.querySelector('[role="alert"]') !== null, 'the error');
    const header = mounted.container.querySelector('.dash-head p')?.textContent;
    expect(header).toBe('Not counted: the shortlist could not be read');
    expect(mounted.container.textContent).not.toMatch(/0 creators|empty/i);
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^The shortlist could not be read: the disk is full, and the browser cannot open its database until there is space \(Encountered full disk while opening backing store[^)]*\)\. Free some disk space, then reload this page\.$/,
    );
  });
});
