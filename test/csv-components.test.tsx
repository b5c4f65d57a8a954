import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupButtons } from '../components/BackupButtons';
import { ExportOptions } from '../components/ExportOptions';
import { ImportDialog } from '../components/ImportDialog';
import { openDatabase, saveSnapshot, type CreatorLensDatabase } from '../lib/db';
import { listShortlist } from '../lib/db/summaries';
import { useReactRoot } from './helpers/render';
import { makeSnapshot } from './helpers/snapshots';

const mounted = useReactRoot();
const NOW = new Date(2026, 0, 10, 12).getTime();
let db: CreatorLensDatabase;
beforeEach(() => {
  db = openDatabase(`csv-ui-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function chooseFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // Reading the file and the database resolves after the event.
  for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
}

const button = (text: RegExp) => [...mounted.container.querySelectorAll('button')].find((b) => text.test(b.textContent ?? ''))!;

describe('ImportDialog', () => {
  it('previews, lists row errors with the import button disabled, and imports once they are fixed', async () => {
    await mounted.render(<ImportDialog db={db} now={() => NOW} />);
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    await chooseFile(input, new File(['Handle,Price\n@nora,abc\n@bo,\n'], 'list.csv', { type: 'text/csv' }));
    expect(mounted.container.querySelector('table')?.textContent).toContain('@nora');
    const alert = mounted.container.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toMatch(/Row 2, Handle: No platform/);
    expect(alert).toMatch(/Row 2, Price: “abc” is not a price/);
    expect(button(/Import \d+ creator/).disabled).toBe(true);

    const platform = mounted.container.querySelector<HTMLSelectElement>('select[aria-label="Platform for bare handles"]')!;
    const price = mounted.container.querySelector<HTMLSelectElement>('select[aria-label="Import column Price as"]')!;
    await act(async () => {
      platform.value = 'tiktok';
      platform.dispatchEvent(new Event('change', { bubbles: true }));
      price.value = '';
      price.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(mounted.container.querySelector('[role=alert]')).toBeNull();
    const go = button(/Import 2 creators/);
    expect(go.disabled).toBe(false);
    await act(async () => go.click());
    for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toMatch(/2 creators added/);
    expect((await db.creators.toArray()).map((creator) => creator.id).sort()).toEqual(['tiktok:bo', 'tiktok:nora']);
  });

  it('says clearly when the file is empty or not UTF-8, and writes nothing', async () => {
    await mounted.render(<ImportDialog db={db} />);
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    await chooseFile(input, new File([new Uint8Array([0x40, 0x72, 0x65, 0x6e, 0xe9])], 'legacy.csv'));
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/not UTF-8/);
    await chooseFile(input, new File([''], 'empty.csv'));
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/empty/);
    expect(await db.creators.count()).toBe(0);
  });
});

describe('ExportOptions', () => {
  it('exports the shown rows or all, with labels or keys', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), '', NOW);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'b' } }), '', NOW);
    const all = await listShortlist(db);
    const files: string[] = [];
    await mounted.render(<ExportOptions rows={all.slice(0, 1)} allRows={all} now={() => NOW} onDownload={(text) => files.push(text)} />);
    await act(async () => button(/Export CSV/).click());
    expect(files[0]?.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(files[0]).toContain('Profile URL');
    const [headers, scope] = [...mounted.container.querySelectorAll('select')];
    await act(async () => {
      headers!.value = 'keys';
      headers!.dispatchEvent(new Event('change', { bubbles: true }));
      scope!.value = 'all';
      scope!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => button(/Export CSV \(2\)/).click());
    expect(files[1]?.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(files[1]).toContain('profile_url');
  });
});

describe('BackupButtons', () => {
  it('refuses a foreign file without changing anything, and restores a backup after confirmation', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), 'note', NOW);
    const files: string[] = [];
    await mounted.render(<BackupButtons db={db} now={() => NOW} onDownload={(text) => files.push(text)} />);
    await act(async () => button(/Back up/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(files).toHaveLength(1);

    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    await chooseFile(input, new File(['{"hello":1}'], 'other.json'));
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/not a Creator Lens backup/);

    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'later' } }), '', NOW);
    await chooseFile(input, new File([files[0]!], 'backup.json'));
    expect(mounted.container.querySelector('[role=alertdialog]')?.textContent).toMatch(/replaces everything.*your 2 creators are replaced by the backup's 1/s);
    await act(async () => button(/Replace everything/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toMatch(/Restored 1 creator,/);
    expect((await db.creators.toArray()).map((creator) => creator.id)).toEqual(['tiktok:a']);
  });
});
