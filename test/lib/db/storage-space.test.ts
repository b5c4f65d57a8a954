// A failed write says what the shortlist holds after it (counted again), and the dashboard's
// storage line says whether the browser may clear the shortlist, from what the browser reports.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRoomFor, explainUnreadable, recountAfterFailure, StorageError, type StorageEstimator } from '../../../lib/db/errors';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { readStorageFacts, type StorageEnvironment } from '../../../lib/db/persistence';
import { saveSnapshot } from '../../../lib/db/readings';
import { english, say, setLocale } from '../../../lib/i18n';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

let db: CreatorLensDatabase;

beforeEach(() => {
  db = openDatabase(`creator-lens-space-${Math.random().toString(36).slice(2)}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  setLocale('en');
  db.close();
  await db.delete();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** What navigator.storage.estimate() answers: `free` bytes left under the quota. */
const estimating = (free: number): StorageEstimator => ({ estimate: () => Promise.resolve({ usage: 50_000_000, quota: 50_000_000 + free }) });
const ROOMY = estimating(10_000_000_000);

async function saveCreators(handles: string[]) {
  for (const [index, handle] of handles.entries()) {
    await saveSnapshot(db, makeSnapshot({ creator: { handle } }), '', CAPTURED_AT + index * 1000);
  }
}

describe('recountAfterFailure', () => {
  it('a quota error: no space left, and the creators counted just now, grouped', async () => {
    await saveCreators(['lena', 'mia', 'noor']);
    const words = english(await recountAfterFailure(db, quotaError(), ROOMY));
    expect(words).toBe(
      'Not saved: the browser has no storage space left for Creator Lens. Your shortlist still holds 3 creators (checked just now); free some disk space or delete creators you no longer need, then try again.',
    );
    vi.spyOn(db.creators, 'count').mockResolvedValue(1234);
    expect(english(await recountAfterFailure(db, quotaError(), ROOMY))).toContain('Your shortlist still holds 1,234 creators (checked just now)');
  });

  it('a failure that does not name the quota, on a disk the browser reports as full, is told as a full disk (not as another tab)', async () => {
    await saveCreators(['lena']);
    // What Chromium reports when its disk fills under an unlimitedStorage extension: the write is
    // aborted and the connection closed, and quota − usage is a few kilobytes.
    const words = english(await recountAfterFailure(db, new Dexie.DatabaseClosedError('closed'), estimating(12_288)));
    expect(words).toMatch(/^Not saved: the browser has no storage space left for Creator Lens\. Your shortlist still holds 1 creator \(checked just now\)/);
    expect(words).not.toMatch(/another Creator Lens tab/);
  });

  it('another failure keeps its own explanation and adds the count', async () => {
    await saveCreators(['lena', 'mia']);
    const words = english(await recountAfterFailure(db, new Dexie.DatabaseClosedError('closed'), ROOMY));
    expect(words).toMatch(/^Not saved: the shortlist database is busy in another Creator Lens tab/);
    expect(words).toMatch(/Your shortlist still holds 2 creators \(checked just now\)\.$/);
  });

  it('an empty shortlist is said to hold no creators, not "0"', async () => {
    expect(english(await recountAfterFailure(db, quotaError(), ROOMY))).toContain('Your shortlist holds no creators (checked just now)');
  });

  it('a shortlist that cannot be read says so, with the reason, and claims no count', async () => {
    vi.spyOn(db.creators, 'count').mockRejectedValue(new Error('Internal error opening backing store'));
    const words = english(await recountAfterFailure(db, quotaError(), estimating(0)));
    expect(words).toBe(
      'Not saved: the browser has no storage space left for Creator Lens, and the shortlist could not be read just now to count it (Internal error opening backing store). Free some disk space, then reopen this page.',
    );
    expect(words).not.toMatch(/\d+ creators?/);
  });

  it('a connection the failure closed is opened again to count', async () => {
    await saveCreators(['lena', 'mia']);
    db.close();
    expect(english(await recountAfterFailure(db, quotaError(), ROOMY))).toContain('still holds 2 creators');
  });

  it('without an estimate, a failure is explained by its own name', async () => {
    await saveCreators(['lena']);
    const words = english(await recountAfterFailure(db, new Error('disk on fire'), undefined));
    expect(words).toBe('Not saved: the shortlist could not be written (disk on fire). Nothing saved before was changed. Your shortlist still holds 1 creator (checked just now).');
  });

  it('in Chinese, with the count', async () => {
    await saveCreators(['lena', 'mia']);
    setLocale('zh_CN');
    expect(say(await recountAfterFailure(db, quotaError(), ROOMY))).toBe(
      '未保存：浏览器已没有可供 Creator Lens 使用的存储空间。你的候选名单仍有 2 位达人（刚刚核对）；请释放一些磁盘空间或删除不再需要的达人，然后重试。',
    );
  });
});

describe('checkRoomFor', () => {
  it('refuses, before writing, a write that would leave the disk nearly full, with the full-disk message', async () => {
    // 6 MB of records with 20 MB free: three times that on disk plus 16 MB kept free does not fit.
    const refused = await checkRoomFor(6_000_000, estimating(20 * 1024 * 1024)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StorageError);
    expect(english((refused as StorageError).text)).toMatch(/^Not saved: the browser has no storage space left/);
    // And the dashboard's message for it counts the shortlist.
    expect(english(await recountAfterFailure(db, refused, estimating(20 * 1024 * 1024)))).toContain('Your shortlist holds no creators (checked just now)');
  });

  it('lets a write through when there is room, or when the browser gives no estimate', async () => {
    await expect(checkRoomFor(1_000_000, estimating(100 * 1024 * 1024))).resolves.toBeUndefined();
    await expect(checkRoomFor(1_000_000, undefined)).resolves.toBeUndefined();
    await expect(checkRoomFor(1_000_000, { estimate: () => Promise.reject(new Error('no')) })).resolves.toBeUndefined();
  });
});

describe('explainUnreadable', () => {
  const full = Object.assign(new Error('Encountered full disk while opening backing store for indexedDB.open.'), { name: 'QuotaExceededError' });

  it('a database the browser cannot open for a full disk: says the disk is full and what to do', async () => {
    expect(english(await explainUnreadable(full, ROOMY))).toMatch(/^The shortlist could not be read: the disk is full, .* Free some disk space, then reload this page\.$/);
    expect(english(await explainUnreadable(new Error('Internal error'), estimating(0)))).toMatch(/the disk is full/);
  });

  it('anything else: the reason as it is', async () => {
    expect(english(await explainUnreadable(new Error('Internal error'), ROOMY))).toBe('The shortlist could not be read: Internal error');
  });
});

describe('readStorageFacts', () => {
  const environment = (storage: StorageEnvironment['storage'], unlimited: boolean | Error): StorageEnvironment => ({
    storage,
    hasUnlimitedStorage: () => (unlimited instanceof Error ? Promise.reject(unlimited) : Promise.resolve(unlimited)),
  });
  const estimate = () => Promise.resolve({ usage: 12_345_678, quota: 80_000_000_000 });

  it('persisted storage (Firefox with unlimitedStorage) is protected', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    expect(await readStorageFacts(environment({ persisted: () => Promise.resolve(true), persist, estimate }, false))).toEqual({ protected: true, usedBytes: 12_345_678 });
    expect(persist).not.toHaveBeenCalled();
  });

  it('unlimitedStorage is protected though persisted() says false (Chromium exempts it from eviction)', async () => {
    const facts = await readStorageFacts(environment({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false), estimate }, true));
    expect(facts.protected).toBe(true);
  });

  it('neither: persistence is asked for, and a refusal leaves the data unprotected', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const facts = await readStorageFacts(environment({ persisted: () => Promise.resolve(false), persist, estimate }, false));
    expect(persist).toHaveBeenCalledOnce();
    expect(facts.protected).toBe(false);
    const granted = await readStorageFacts(environment({ persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true), estimate }, new Error('no permissions API')));
    expect(granted.protected).toBe(true);
  });

  it('no storage API: unprotected, and no size rather than 0', async () => {
    expect(await readStorageFacts(environment(undefined, false))).toEqual({ protected: false, usedBytes: null });
    const failing = await readStorageFacts(environment({ estimate: () => Promise.reject(new Error('no')) }, true));
    expect(failing).toEqual({ protected: true, usedBytes: null });
  });
});
