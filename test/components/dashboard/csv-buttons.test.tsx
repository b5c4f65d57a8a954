import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupButtons } from '../../../components/dashboard/BackupButtons';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { ExportOptions } from '../../../components/dashboard/ExportOptions';
import { ImportButton, ImportDialog } from '../../../components/dashboard/ImportDialog';
import { setActiveCampaign, saveCampaigns } from '../../../lib/campaign/settings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { CURRENCIES } from '../../../lib/shortlist/pricing';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { makeSnapshot } from '../../helpers/snapshots';
import { listShortlist } from '../../helpers/shortlist';

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

/**
 * The File System Access API's save picker, answering with a file kept in memory: what is written
 * to it and closed is pushed to `files` as text.
 */
function fakeSavePicker(files: string[]): void {
  const picker = async ({ suggestedName }: { suggestedName: string }) => {
    let parts: Uint8Array[] = [];
    let saved = new Blob([]);
    return {
      name: suggestedName,
      async createWritable() {
        parts = [];
        return {
          write: async (chunk: Uint8Array) => void parts.push(chunk),
          close: async () => {
            saved = new Blob(parts as BlobPart[]);
            files.push(await saved.text());
          },
          abort: async () => undefined,
        };
      },
      getFile: async () => new File([saved], suggestedName),
    };
  };
  Object.assign(window, { showSaveFilePicker: picker });
}
afterEach(() => {
  delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
});

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
    expect(button(/Import \d+ creator/).getAttribute('aria-disabled')).toBe('true');
    // Blocked: a press does nothing.
    await act(async () => button(/Import \d+ creator/).click());
    expect(await db.creators.count()).toBe(0);

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
    expect(go.getAttribute('aria-disabled')).toBe('false');
    go.focus();
    await act(async () => go.click());
    for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toMatch(/^Imported: 2 added, 0 merged, 0 unchanged\./);
    // The file is in: the result takes the preview's place with the keyboard focus, and no
    // greyed "Import 0 creators" is left behind.
    expect(mounted.container.querySelector('table')).toBeNull();
    expect(button(/Import \d+ creator/)).toBeUndefined();
    expect(document.activeElement).toBe(mounted.container.querySelector('[role=status]'));
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

describe('importing from the dashboard', () => {
  async function importThrough(name: string, content: string) {
    await act(async () => button(/^Import CSV…$/).click());
    await chooseFile(mounted.container.querySelector<HTMLInputElement>('.import-dialog input[type=file]')!, new File([content], name, { type: 'text/csv' }));
    await act(async () => button(/^Import \d+ creators?$/).click());
    for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
  }

  it('closes the dialog once the file is in, and the status says what was added, merged and unchanged', async () => {
    await mounted.render(<Dashboard db={db} />);
    await importThrough('first.csv', 'Creator,Platform\n@nora,TikTok\n@bo,TikTok\n');
    expect(mounted.container.querySelector('.import-dialog')).toBeNull();
    expect(mounted.container.querySelector('.status-bar')?.textContent).toBe('Imported: 2 added, 0 merged, 0 unchanged. From first.csv.');
    // The keyboard is back on the button that opened the dialog.
    expect(document.activeElement).toBe(button(/^Import CSV…$/));

    await importThrough('more.csv', 'Creator,Platform,Tags\n@nora,TikTok,\n@bo,TikTok,food\n@kim,TikTok,\n');
    expect(mounted.container.querySelector('.import-dialog')).toBeNull();
    expect(mounted.container.querySelector('.status-bar')?.textContent).toBe('Imported: 1 added, 1 merged, 1 unchanged. From more.csv.');
    expect((await db.creators.toArray()).map((creator) => creator.id).sort()).toEqual(['tiktok:bo', 'tiktok:kim', 'tiktok:nora']);
  });

  it('keeps the dialog open with its problems when nothing could be imported', async () => {
    await mounted.render(<Dashboard db={db} />);
    await act(async () => button(/^Import CSV…$/).click());
    await chooseFile(mounted.container.querySelector<HTMLInputElement>('.import-dialog input[type=file]')!, new File(['Creator,Price\n@nora,300\n'], 'bad.csv', { type: 'text/csv' }));
    expect(mounted.container.querySelector('.import-dialog [role=alert]')?.textContent).toMatch(/No platform for “@nora”/);
    expect(mounted.container.querySelector('.import-dialog [role=alert]')?.textContent).toMatch(/Currency of prices without one/);
    expect(mounted.container.querySelector('.import-dialog')).not.toBeNull();
    expect(await db.creators.count()).toBe(0);
  });
});

describe('the currency of prices without one', () => {
  afterEach(async () => setActiveCampaign(null));

  it('is the active campaign’s budget currency until the user picks another', async () => {
    const campaign = { id: 'c1', name: 'Spring', targetMarkets: [], languages: [], keywords: [], platforms: [], budget: { amount: 5000, currency: 'CNY', perUsd: 7.2 }, minTier: null };
    await saveCampaigns(db, { campaigns: [campaign], activeId: 'c1' });
    await mounted.render(<ImportDialog db={db} now={() => NOW} />);
    await chooseFile(mounted.container.querySelector<HTMLInputElement>('input[type=file]')!, new File(['Handle,Platform,Price\n@nora,TikTok,300\n'], 'fees.csv', { type: 'text/csv' }));
    const currency = mounted.container.querySelector<HTMLSelectElement>('select[aria-label="Currency of prices without one"]')!;
    expect(currency.value).toBe('CNY');
    expect(mounted.container.querySelector('[role=alert]')).toBeNull();
    await act(async () => {
      currency.value = 'EUR';
      currency.dispatchEvent(new Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    await act(async () => button(/^Import 1 creator$/).click());
    for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect((await db.creators.get('tiktok:nora'))?.price).toEqual({ amount: 300, currency: 'EUR' });
  });

  it('is none without a campaign budget: a price without a currency is a problem to fix', async () => {
    await mounted.render(<ImportDialog db={db} now={() => NOW} />);
    await chooseFile(mounted.container.querySelector<HTMLInputElement>('input[type=file]')!, new File(['Handle,Platform,Price\n@nora,TikTok,300\n'], 'fees.csv', { type: 'text/csv' }));
    expect(mounted.container.querySelector<HTMLSelectElement>('select[aria-label="Currency of prices without one"]')!.value).toBe('');
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/Row 2, Price: The price has no currency: choose one in “Currency of prices without one” above/);
  });
});

describe('ImportButton with the keyboard', () => {
  it('takes the focus to the dialog heading, and back to the button on Close or Escape', async () => {
    await mounted.render(<ImportButton db={db} />);
    await act(async () => button(/Import CSV…/).click());
    const heading = mounted.container.querySelector('.import-dialog h2')!;
    expect(document.activeElement).toBe(heading);
    await act(async () => button(/^Close$/).click());
    expect(mounted.container.querySelector('.import-dialog')).toBeNull();
    expect(document.activeElement).toBe(button(/Import CSV…/));

    await act(async () => button(/Import CSV…/).click());
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(mounted.container.querySelector('.import-dialog')).toBeNull();
    expect(document.activeElement).toBe(button(/Import CSV…/));
  });

  it('draws the file picker as a button in the UI language, named for the e2e tests and screen readers', async () => {
    await mounted.render(<ImportDialog db={db} />);
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    const label = input.closest('label.file-button')!;
    expect(label.textContent).toBe('Choose CSV file…');
    expect(input.getAttribute('aria-label')).toBe('CSV file');
    expect(mounted.container.querySelector('[data-testid="import-file-name"]')?.textContent).toBe('No file chosen');
    await chooseFile(input, new File(['Handle\n@nora\n'], 'list.csv', { type: 'text/csv' }));
    expect(mounted.container.querySelector('[data-testid="import-file-name"]')?.textContent).toBe('list.csv');
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
    fakeSavePicker(files);
    await mounted.render(<BackupButtons db={db} now={() => NOW} />);
    await act(async () => button(/Back up/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(files).toHaveLength(1);
    expect(mounted.container.querySelector('[role=status]')?.textContent).toMatch(
      /^Backup saved to creator-lens-backup-2026-01-10\.json and checked: 1 creator, 1 reading and 0 sampled posts, [\d.]+ kB, complete to its end mark\.$/,
    );

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

describe('BackupButtons outcomes', () => {
  it('a dismissed file picker is reported as cancelled, never as saved', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), '', NOW);
    Object.assign(window, { showSaveFilePicker: async () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')) });
    await mounted.render(<BackupButtons db={db} now={() => NOW} />);
    await act(async () => button(/Back up/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toBe('Backup cancelled: no file was written.');
    expect(mounted.container.querySelector('[role=alert]')).toBeNull();
  });

  it('a file that reads back short is not reported as saved', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), '', NOW);
    // A file system that loses the last piece written.
    Object.assign(window, {
      showSaveFilePicker: async () => {
        const parts: Uint8Array[] = [];
        return {
          name: 'backup.json',
          createWritable: async () => ({ write: async (chunk: Uint8Array) => void parts.push(chunk), close: async () => undefined, abort: async () => undefined }),
          getFile: async () => new File(parts.slice(0, -1) as BlobPart[], 'backup.json'),
        };
      },
    });
    await mounted.render(<BackupButtons db={db} now={() => NOW} />);
    await act(async () => button(/Back up/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')).toBeNull();
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/^The backup file backup\.json does not check out \(it holds [\d,]+ bytes where [\d,]+ were written\)\. Do not rely on it/);
  });

  it('without a file picker (Firefox) the browser downloads it, and the page does not claim it is done', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), '', NOW);
    const clicked: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      await mounted.render(<BackupButtons db={db} now={() => NOW} />);
      await act(async () => button(/Back up/).click());
      for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).toEqual(['creator-lens-backup-2026-01-10.json']);
    expect(mounted.container.querySelector('[role=status]')?.textContent).toMatch(/^Your browser is saving the file creator-lens-backup-2026-01-10\.json \(1 creator, 1 reading, [\d.]+ kB\); check its downloads/);
  });
});

describe('BackupButtons with the keyboard', () => {
  it('moves the focus into the confirmation, and back to the file control on Cancel or Escape', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), 'note', NOW);
    const files: string[] = [];
    fakeSavePicker(files);
    await mounted.render(<BackupButtons db={db} now={() => NOW} />);
    await act(async () => button(/Back up/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('aria-label')).toBe('Restore from backup');
    expect(input.closest('label.file-button')?.textContent).toBe('Restore from backup…');

    await chooseFile(input, new File([files[0]!], 'backup.json'));
    const dialog = mounted.container.querySelector('[role=alertdialog]')!;
    expect(document.activeElement).toBe(button(/^Cancel$/));
    // The question is read out as the dialog's description.
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(/replaces everything/);
    await act(async () => button(/^Cancel$/).click());
    expect(mounted.container.querySelector('[role=alertdialog]')).toBeNull();
    expect(document.activeElement).toBe(input);

    await chooseFile(input, new File([files[0]!], 'backup.json'));
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(mounted.container.querySelector('[role=alertdialog]')).toBeNull();
    expect(document.activeElement).toBe(input);
    expect(await db.creators.count()).toBe(1);
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');

  it('the import dialog previews and lists row errors in Chinese, and says what it imported', async () => {
    await mounted.render(<ImportDialog db={db} now={() => NOW} onClose={() => {}} />);
    const dialog = mounted.container.querySelector<HTMLElement>('.import-dialog')!;
    expect(englishLeft(dialog)).toEqual([]);
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    await chooseFile(input, new File(['账号,报价\n@nora,abc\n@bo,\n'], '名单.csv', { type: 'text/csv' }));
    const alert = mounted.container.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('导入前需要在文件或列对应关系中修正');
    expect(alert).toMatch(/第 2 行，报价：/);
    expect(mounted.container.querySelector('.import-dialog p.small:not(.muted)')?.textContent).toContain('名单.csv：2 行，2 列，以逗号分隔。');
    // "abc" is the cell the error quotes from the file; currencies are chosen by their ISO codes.
    expect(englishLeft(dialog, ['abc', ...CURRENCIES])).toEqual([]);

    const platform = mounted.container.querySelector<HTMLSelectElement>('select[aria-label="仅填账号的行所属平台"]')!;
    const price = mounted.container.querySelector<HTMLSelectElement>('select[aria-label="将“报价”列导入为"]')!;
    await act(async () => {
      platform.value = 'tiktok';
      platform.dispatchEvent(new Event('change', { bubbles: true }));
      price.value = '';
      price.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const go = button(/导入 2 位达人/);
    expect(go.getAttribute('aria-disabled')).toBe('false');
    await act(async () => go.click());
    for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toBe('导入完成：新增 2 位，合并 0 位，0 位未变。（来自 名单.csv）');
    expect(englishLeft(dialog)).toEqual([]);
  });

  it('the file picker speaks Chinese, not the browser’s “Choose File”', async () => {
    await mounted.render(<ImportDialog db={db} />);
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.closest('label.file-button')?.textContent).toBe('选择 CSV 文件…');
    expect(input.getAttribute('aria-label')).toBe('CSV 文件');
    expect(input.getAttribute('title')).toBe('未选择文件');
    expect(englishLeft(mounted.container)).toEqual([]);
  });

  it('says in Chinese when a file is not UTF-8', async () => {
    await mounted.render(<ImportDialog db={db} />);
    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    await chooseFile(input, new File([new Uint8Array([0x40, 0x72, 0x65, 0x6e, 0xe9])], '旧名单.csv'));
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/UTF-8/);
    // The message names the encodings to save as, as the spreadsheet programs call them.
    expect(englishLeft(mounted.container, ['Windows', 'JIS', 'GBK', 'Unicode'])).toEqual([]);
  });

  it('the backup buttons refuse, confirm and restore in Chinese', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), '备注', NOW);
    const files: string[] = [];
    fakeSavePicker(files);
    await mounted.render(<BackupButtons db={db} now={() => NOW} />);
    expect(englishLeft(mounted.container)).toEqual([]);
    await act(async () => button(/备份（JSON）/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toMatch(/^备份已保存到 creator-lens-backup-2026-01-10\.json 并通过检查：1 位达人、1 个快照和 0 条抽样作品，共 [\d.]+ kB，结束标记完整。$/);

    const input = mounted.container.querySelector<HTMLInputElement>('input[type=file]')!;
    await chooseFile(input, new File(['{"hello":1}'], '其他.json'));
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toMatch(/Creator Lens/);
    // The message quotes the tag a backup carries, "creator-lens-backup", as it is in the file.
    expect(englishLeft(mounted.container, ['backup'])).toEqual([]);

    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'later' } }), '', NOW);
    await chooseFile(input, new File([files[0]!], '备份.json'));
    const confirm = mounted.container.querySelector('[role=alertdialog]')!;
    expect(confirm.getAttribute('aria-label')).toBe('替换全部数据？');
    expect(confirm.textContent).toContain('你现有的 2 位达人将被替换为备份中的 1 位');
    expect(confirm.querySelector('strong')?.textContent).toBe('备份.json');
    // The date the backup was made, in Chinese.
    expect(confirm.textContent).toContain('2026年1月10日');
    expect(englishLeft(mounted.container)).toEqual([]);
    await act(async () => button(/全部替换/).click());
    for (let i = 0; i < 5; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(mounted.container.querySelector('[role=status]')?.textContent).toBe('已从 备份.json 恢复 1 位达人、1 个快照和 0 条抽样作品。');
    expect(englishLeft(mounted.container)).toEqual([]);
  });

  it('the export options are in Chinese, naming the stable keys as the file writes them', async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'a' } }), '', NOW);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'b' } }), '', NOW);
    const all = await listShortlist(db);
    await mounted.render(<ExportOptions rows={all.slice(0, 1)} allRows={all} now={() => NOW} onDownload={() => {}} />);
    expect(button(/导出 CSV（1）/)).toBeTruthy();
    expect(englishLeft(mounted.container, ['followers', 'profile', 'url'])).toEqual([]);
  });
});
