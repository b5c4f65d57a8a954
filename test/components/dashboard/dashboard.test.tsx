import 'fake-indexeddb/auto';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard, UNDO_MS } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { addNote, addTag, editCreator, newCreator, setStatus } from '../../../lib/db/creators';
import { CURRENCIES } from '../../../lib/shortlist/pricing';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { enterValue, useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, DAY, engagedPosts, exact, makePost, makeSnapshot, sameEngagement } from '../../helpers/snapshots';

// happy-dom has no canvas: charts are checked in real Chromium (test/e2e); here they render nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));

useLayoutHeight();

const mounted = useReactRoot();
let db: CreatorLensDatabase;
let counter = 0;

beforeEach(() => {
  counter += 1;
  db = openDatabase(`creator-lens-dashboard-${counter}-${Math.random().toString(36).slice(2)}`);
  history.replaceState(null, '', '/dashboard.html');
});

const until = (check: () => boolean, what: string) => mounted.until(check, what);

const $ = <T extends Element = HTMLElement>(selector: string) => mounted.container.querySelector<T>(selector);
const shown = () => [...mounted.container.querySelectorAll('tr[data-creator]')].map((row) => row.getAttribute('data-creator'));

function button(name: string): HTMLButtonElement {
  const found = [...mounted.container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

function control<T extends HTMLInputElement | HTMLSelectElement>(label: string): T {
  const found = [...mounted.container.querySelectorAll<T>('input, select')].find(
    (element) =>
      element.getAttribute('aria-label') === label ||
      element.closest('label')?.textContent?.trim().startsWith(label) ||
      (element.id !== '' && mounted.container.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent === label),
  );
  if (!found) throw new Error(`No control labelled ${label}`);
  return found;
}

const type = enterValue;

async function click(element: HTMLElement) {
  await act(async () => element.click());
}

async function renderDashboard(count = 3) {
  await mounted.render(<Dashboard db={db} />);
  await until(() => shown().length === count && !$('[data-testid="reading-figures"]'), `${count} rows with their figures`);
}

describe('Dashboard', () => {
  beforeEach(async () => {
    for (const [handle, note] of [['ana', 'asked for rates'], ['ben', ''], ['cai', 'great fit']] as const) {
      await saveSnapshot(db, makeSnapshot({ creator: { handle, displayName: handle.toUpperCase() } }), note, CAPTURED_AT);
    }
    await setStatus(db, ['tiktok:ben'], 'contacted', CAPTURED_AT);
    await addTag(db, ['tiktok:cai'], 'spring', CAPTURED_AT);
  });

  it('lists every creator with its columns and filters by status, tag and text', async () => {
    await renderDashboard();
    expect($('tr[data-creator="tiktok:ana"] td[data-column="note"]')?.textContent).toBe('asked for rates');
    expect($('tr[data-creator="tiktok:ben"] td[data-column="status"]')?.textContent).toBe('Contacted');
    expect($('tr[data-creator="tiktok:cai"] td[data-column="tags"]')?.textContent).toBe('spring');

    await type(control('Status'), 'contacted');
    expect(shown()).toEqual(['tiktok:ben']);
    await type(control('Status'), '');
    await type(control('Tag'), 'spring');
    expect(shown()).toEqual(['tiktok:cai']);
    await type(control('Tag'), '');
    await type(control('Search'), 'RATES');
    expect(shown()).toEqual(['tiktok:ana']);
    expect($('.dash-head p')?.textContent).toContain('1 of 3 creators shown');
    await click(button('Clear filters'));
    expect(shown()).toHaveLength(3);
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    await renderDashboard();
    const header = [...mounted.container.querySelectorAll('th')].find((th) => th.textContent?.startsWith('Creator'))!;
    await click(header.querySelector('button')!);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(shown()).toEqual(['tiktok:ana', 'tiktok:ben', 'tiktok:cai']);
    await click(header.querySelector('button')!);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(shown()).toEqual(['tiktok:cai', 'tiktok:ben', 'tiktok:ana']);
  });

  it('changes the status of the selected creators, dated in their history', async () => {
    await renderDashboard();
    await click(control<HTMLInputElement>('Select @ana'));
    await click(control<HTMLInputElement>('Select @cai'));
    expect($('.bulk-count')?.textContent).toBe('2 selected');
    const before = Date.now();
    await type(control('New status for the selected creators'), 'approved');
    await click(button('Apply status'));
    await until(() => $('tr[data-creator="tiktok:ana"] td[data-column="status"]')?.textContent === 'Approved', 'the new status');
    const [ana, ben, cai] = await db.creators.bulkGet(['tiktok:ana', 'tiktok:ben', 'tiktok:cai']);
    for (const creator of [ana!, cai!]) {
      expect(creator.status).toBe('approved');
      expect(creator.statusHistory.at(-1)!.status).toBe('approved');
      expect(creator.statusHistory.at(-1)!.at).toBeGreaterThanOrEqual(before);
      expect(creator.statusHistory).toHaveLength(2);
    }
    expect(ben!.status).toBe('contacted');
    expect($('[role="status"]')?.textContent).toContain('Set 2 creators to Approved.');
  });

  it('adds a tag to the selected creators', async () => {
    await renderDashboard();
    await click(control<HTMLInputElement>('Select all 3 creators shown'));
    await type(control('Tag to add to the selected creators'), 'q3');
    await click(button('Add tag'));
    await until(() => $('tr[data-creator="tiktok:ana"] td[data-column="tags"]')?.textContent === 'q3', 'the tag');
    expect((await db.creators.get('tiktok:cai'))!.tags).toEqual(['spring', 'q3']);
  });

  it('deletes the selected creators and brings everything back with Undo', async () => {
    await recordPosts(db, makeSnapshot({ pageKind: 'post', creator: { handle: 'ana' }, posts: engagedPosts([[1000, 100, 10]]) }), CAPTURED_AT);
    const counts = async () => [await db.creators.count(), await db.snapshots.count(), await db.postSamples.count()];
    const before = await counts();
    const snapshotsBefore = await db.snapshots.toArray();
    expect(before).toEqual([3, 3, 1]);
    await renderDashboard();
    await click(control<HTMLInputElement>('Select all 3 creators shown'));
    await click(button('Delete selected'));
    await until(() => $('.empty') !== null, 'the empty shortlist');
    expect(await counts()).toEqual([0, 0, 0]);
    expect($('[role="status"]')?.textContent).toContain('Deleted 3 creators with 3 snapshots');

    await click(button('Undo'));
    await until(() => shown().length === 3, 'the restored rows');
    expect(await counts()).toEqual(before);
    expect(await db.snapshots.toArray()).toEqual(snapshotsBefore);
    expect($('[role="status"]')?.textContent).toContain('Restored 3 creators');
  });

  it('deletes one creator from its row after confirmation', async () => {
    await renderDashboard();
    await click(button('Delete @ben'));
    await click(button('Delete @ben'));
    await until(() => shown().length === 2, 'two rows');
    expect(await db.creators.get('tiktok:ben')).toBeUndefined();
    expect(button('Undo')).toBeTruthy();
  });

  it('keeps the keyboard on Delete while asking, gives it back on Keep, and takes it to the next row after deleting', async () => {
    await renderDashboard();
    const order = shown();
    const [, middle, next] = order;
    const handle = middle!.split(':')[1]!;
    const remove = button(`Delete @${handle}`);
    remove.focus();
    await click(remove);
    // The same button, now confirming: Enter again deletes.
    expect(remove.textContent).toBe(`Delete @${handle}`);
    expect(document.activeElement).toBe(remove);
    await click(button('Keep'));
    expect(remove.textContent).toBe('Delete');
    expect(document.activeElement).toBe(remove);

    await click(remove);
    await click(remove);
    await until(() => shown().length === 2, 'two rows');
    await until(() => document.activeElement === $(`button[data-open="${next}"]`), 'the focus on the next row');
    // The last row: the focus goes to the row before it.
    const last = button(`Delete @${next!.split(':')[1]}`);
    await click(last);
    await click(last);
    await until(() => shown().length === 1, 'one row');
    await until(() => document.activeElement === $(`button[data-open="${order[0]}"]`), 'the focus on the row before');
  });

  it('takes the keyboard to the search box when the filters leave no row, and to Undo when none is left', async () => {
    await renderDashboard();
    await type(control('Search'), 'RATES');
    expect(shown()).toEqual(['tiktok:ana']);
    await click(button('Delete @ana'));
    await click(button('Delete @ana'));
    await until(() => shown().length === 0 && document.activeElement === control('Search'), 'the focus on the search box');

    await click(button('Clear filters'));
    await click(control<HTMLInputElement>('Select all 2 creators shown'));
    await click(button('Delete selected'));
    await until(() => $('.empty') !== null, 'the empty shortlist');
    await until(() => document.activeElement === button('Undo'), 'the focus on Undo');
    // Undo brings them back, and the keyboard to the first of them.
    await click(button('Undo'));
    await until(() => shown().length === 2, 'the restored rows');
    await until(() => document.activeElement?.matches('button[data-open]') === true, 'the focus on a restored row');
  });

  it('keeps the Undo notice while it has the keyboard, however long, and lets it go 10 s after', async () => {
    await renderDashboard();
    await click(button('Delete @ben'));
    await click(button('Delete @ben'));
    await until(() => shown().length === 2, 'two rows');
    // The database is done with: the clock can be taken over (IndexedDB's fake needs the real one).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldClearNativeTimers: true });
    try {
      const undo = button('Undo');
      // Leaving the notice gives it its time again, now on the fake clock.
      await act(async () => undo.focus());
      await act(async () => undo.blur());
      await act(async () => vi.advanceTimersByTime(0));
      await act(async () => undo.focus());
      await act(async () => vi.advanceTimersByTime(UNDO_MS * 3));
      expect(button('Undo')).toBe(undo);
      await act(async () => undo.blur());
      await act(async () => vi.advanceTimersByTime(0));
      await act(async () => vi.advanceTimersByTime(UNDO_MS - 1000));
      expect(button('Undo')).toBe(undo);
      await act(async () => vi.advanceTimersByTime(2000));
      expect(mounted.container.querySelector('.status-bar button')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the keyboard back to Compare when the comparison closes', async () => {
    await renderDashboard();
    await click(control<HTMLInputElement>('Select @ana'));
    await click(control<HTMLInputElement>('Select @ben'));
    await click(button('Compare'));
    await click(button('Close comparison'));
    expect($('.compare-panel')).toBeNull();
    await until(() => document.activeElement === button('Compare'), 'the focus on Compare');
  });

  it('takes the keyboard to the new-tag field when a tag is removed', async () => {
    await renderDashboard();
    await click($<HTMLButtonElement>('button[data-open="tiktok:cai"]')!);
    await click(button('Remove tag spring'));
    expect($('.tag-list')?.textContent).not.toContain('spring');
    expect(document.activeElement).toBe($('input[placeholder="New tag"]'));
  });

  it('opens a creator, saves a price and shows CPM and CPE; Escape closes', async () => {
    await renderDashboard();
    await click($<HTMLButtonElement>('button[data-open="tiktok:ana"]')!);
    expect(location.hash).toBe('#creator=tiktok%3Aana');
    expect($('[data-detail="tiktok:ana"] h2')?.textContent).toBe('ANA');
    expect($('[data-figure="cpm"]')?.textContent).toContain('unknown');
    expect($('[data-figure="cpm"]')?.textContent).toContain('no price quoted yet');

    await type(control('Price per post'), '500');
    await type(control('Currency'), 'EUR');
    await click(button('Save changes'));
    // 10,000 median views: 500 / 10,000 × 1,000 = €50.
    await until(() => $('[data-figure="cpm"] strong')?.textContent === '€50', 'the CPM');
    expect($('[data-figure="cpe"]')?.textContent).toContain('unknown');
    expect((await db.creators.get('tiktok:ana'))!.price).toEqual({ amount: 500, currency: 'EUR' });
    expect($('tr[data-creator="tiktok:ana"] td[data-column="price"]')?.textContent).toBe('€500');

    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect($('[data-detail]')).toBeNull();
    expect(location.hash).toBe('');
  });

  it('draws the whole history in the detail view, though the table loads only the newest readings', async () => {
    for (const day of [1, 2, 3]) await saveSnapshot(db, makeSnapshot({ creator: { handle: 'ana' }, capturedAt: CAPTURED_AT + day * 86_400_000 }), '', CAPTURED_AT);
    await renderDashboard();
    await click($<HTMLButtonElement>('button[data-open="tiktok:ana"]')!);
    await until(() => $('#history-title')?.textContent === 'History (4 snapshots)', 'the full history');
  });

  it('adds a note from the detail view and overrides the grade with a reason', async () => {
    await renderDashboard();
    await click($<HTMLButtonElement>('button[data-open="tiktok:ben"]')!);
    const note = $<HTMLTextAreaElement>('.note-form textarea')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(note, 'rate card received');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Add note'));
    await until(() => $('.timeline .note-text')?.textContent === 'rate card received', 'the note');

    await type(control('Grade override'), 'C');
    await click(button('Save changes'));
    expect($('[role="alert"]')?.textContent).toBe('Say why the grade is set by hand.');
    await type(control('Why the grade is set by hand'), 'off-brand content');
    await click(button('Save changes'));
    await until(() => $('tr[data-creator="tiktok:ben"] td[data-column="grade"]')?.textContent === 'C*', 'the override');
    expect((await db.creators.get('tiktok:ben'))!.gradeOverride).toMatchObject({ grade: 'C', reason: 'off-brand content' });
  });

  it('marks a creator whose grade changed since it was last opened, and opening it shows the grade over time and clears the mark', async () => {
    await renderDashboard();
    await until(() => $('tr[data-creator="tiktok:ben"] td[data-column="grade"]')?.textContent !== '…', 'the grades');
    const computed = $('tr[data-creator="tiktok:ben"] td[data-column="grade"]')!.textContent;
    // As if the detail had last shown an S.
    await act(async () => {
      await db.creators.update('tiktok:ben', { gradeSeen: { grade: 'S', score: 90, at: CAPTURED_AT } });
    });
    await until(() => $('tr[data-creator="tiktok:ben"] [data-testid="grade-changed"]')?.textContent === 'was S', 'the mark');
    expect($('tr[data-creator="tiktok:ben"] [data-testid="grade-changed"]')!.getAttribute('title')).toContain('The grade was S when this creator was last opened');
    await click($<HTMLButtonElement>('button[data-open="tiktok:ben"]')!);
    await until(() => $('[data-testid="grade-history"] li') !== null, 'the grade history');
    expect($('#grades-title')?.textContent).toBe('Grade over time');
    await until(() => $('tr[data-creator="tiktok:ben"] [data-testid="grade-changed"]') === null, 'the mark to go');
    expect($('tr[data-creator="tiktok:ben"] td[data-column="grade"]')!.textContent).toBe(computed);
    expect((await db.creators.get('tiktok:ben'))!.gradeSeen?.grade).toBe(computed === '–' ? null : computed);
  });

  it('marks a provisional grade in the list and the detail, as the toolbar badge does', async () => {
    // Four videos: fewer than nine posts measured, so the grade is provisional.
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'dot', displayName: 'DOT' }, posts: sameEngagement(4, 10_000, 900, 30) }), '', CAPTURED_AT);
    await renderDashboard(4);
    const cell = $('tr[data-creator="tiktok:dot"] td[data-column="grade"] .grade')!;
    expect(cell.textContent).toMatch(/^~[SABCD]$/);
    expect(cell.getAttribute('aria-label')).toBe(`${cell.textContent!.slice(1)}, provisional: it rests on too little evidence`);
    expect($('tr[data-creator="tiktok:ana"] td[data-column="grade"] .grade')!.textContent).toMatch(/^[SABCD]$/);
    await click($<HTMLButtonElement>('button[data-open="tiktok:dot"]')!);
    await until(() => $('[data-testid="detail-provisional"]')?.textContent === '(provisional)', 'the detail to say provisional');
  });

  it('compares two to four selected creators side by side', async () => {
    await renderDashboard();
    await click(control<HTMLInputElement>('Select @ana'));
    expect(button('Compare').disabled).toBe(true);
    await click(control<HTMLInputElement>('Select @ben'));
    await click(button('Compare'));
    const heads = [...mounted.container.querySelectorAll('.compare-table thead th')].map((th) => th.firstChild?.textContent);
    expect(heads).toEqual(['ANA', 'BEN']);
    const line = (id: string) => [...mounted.container.querySelectorAll(`tr[data-line="${id}"] td`)].map((td) => td.textContent);
    expect(line('status')).toEqual(['To review', 'Contacted']);
    // No price quoted for either: no CPM to compare, so no line for it.
    expect(line('cpm')).toEqual([]);
    // Counts written short, as in the list; the exact figure in the tooltip and for screen readers.
    const figures = (id: string) => [...mounted.container.querySelectorAll(`tr[data-line="${id}"] td [data-figure]`)];
    expect(figures('followers').map((figure) => figure.textContent)).toEqual(['50K', '50K']);
    expect(figures('followers').map((figure) => figure.getAttribute('title'))).toEqual(["Exactly 50,000, from the page's embedded data", "Exactly 50,000, from the page's embedded data"]);
    expect(line('followers')[0]).toBe("50K (Exactly 50,000, from the page's embedded data)");
    expect(figures('medianViews').map((figure) => [figure.textContent, figure.getAttribute('title')])).toEqual([['10K', '10,000'], ['10K', '10,000']]);
  });

  it('shows a creator saved elsewhere without a reload', async () => {
    await renderDashboard();
    await act(async () => {
      await saveSnapshot(db, makeSnapshot({ creator: { handle: 'dee' } }), '', CAPTURED_AT);
    });
    await until(() => shown().includes('tiktok:dee'), 'the new creator');
  });
});

describe('Dashboard with a large shortlist and no stored scores', () => {
  // As after an update of the scoring: every creator is listed at once and scored in steps.
  const COUNT = 1_150;
  const followersOf = (id: string) => $(`tr[data-creator="${id}"] td[data-column="followers"] [data-figure]`)?.textContent;
  /** The mounted page's `until`, with the time a thousand creators take to score here. */
  async function untilScored(check: () => boolean, what: string) {
    for (let i = 0; i < 60 && !check(); i++) await mounted.until(() => check(), what).catch(() => undefined);
    if (!check()) throw new Error(`Timed out waiting for ${what}`);
  }

  beforeEach(async () => {
    const handles = Array.from({ length: COUNT }, (_, i) => `c${String(i).padStart(4, '0')}`);
    await db.creators.bulkAdd(
      handles.map((handle, i) => newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName: handle, profileUrl: `https://www.tiktok.com/@${handle}` }, CAPTURED_AT + i)),
    );
    await db.snapshots.bulkAdd(handles.map((handle, i) => ({ creatorId: `tiktok:${handle}`, capturedAt: CAPTURED_AT + i, snapshot: makeSnapshot({ creator: { handle }, capturedAt: CAPTURED_AT + i }) })));
  });

  it('scores every creator, and again one read anew while the rest are being scored', { timeout: 120_000 }, async () => {
    await mounted.render(<Dashboard db={db} />);
    // The newest-seen creator is listed first and scored in the first step.
    const first = `tiktok:c${COUNT - 1}`;
    await untilScored(() => followersOf(first) === '50K', 'the first step');
    expect($('[data-testid="reading-figures"]')).not.toBeNull();
    // A new reading of it while the others are scored drops its score: it is scored again.
    await act(async () => {
      await saveSnapshot(db, makeSnapshot({ creator: { handle: `c${COUNT - 1}`, followers: exact(77_777) }, capturedAt: CAPTURED_AT + COUNT }), '', CAPTURED_AT + COUNT);
    });
    await untilScored(() => $('[data-testid="reading-figures"]') === null, 'every score');
    expect(followersOf(first)).toBe('77.8K');
    expect(await db.summaries.count()).toBe(COUNT);
    expect($('.dash-head p')?.textContent).toBe(`${COUNT.toLocaleString('en')} creators`);
  });
});

describe('Dashboard in Chinese', () => {
  useLocale('zh_CN');
  // Left as they are on purpose: the CSV's stable column keys (the export option names them as
  // they are written in the file) and ISO currency codes (the price field's currency list).
  const CSV_KEYS = ['followers', 'profile', 'url'];
  const CODES = [...CURRENCIES];
  // Published sources keep their names: "HypeAuditor (via eMarketer)", "Creator Hero",
  // "InstaFake (Akyon & Kalfaoglu 2019); Modash".
  const SOURCES = ['via', 'eMarketer', 'Hero', 'InstaFake', 'Akyon', 'Kalfaoglu', 'Modash'];

  // Four creators as a Chinese team keeps them: a healthy one with a price, notes, posts opened
  // and a history; an Instagram account with low engagement (a flag); a mega creator set by hand
  // to C; and an account with no posts (a risk flag), marked do-not-work.
  beforeEach(async () => {
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'mei', displayName: '小美' }, capturedAt: CAPTURED_AT - 30 * DAY, posts: [] }), '', CAPTURED_AT);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'mei', displayName: '小美', followers: exact(52_000) } }), '已询价', CAPTURED_AT);
    await recordPosts(db, makeSnapshot({ pageKind: 'post', creator: { handle: 'mei' }, posts: [makePost(0, { views: exact(12_000), likes: exact(900), comments: exact(40), shares: null, sponsored: true })] }), CAPTURED_AT);
    await addNote(db, 'tiktok:mei', '报价含两条视频', CAPTURED_AT + 1);
    await editCreator(db, 'tiktok:mei', { price: { amount: 3000, currency: 'CNY' }, tags: ['美妆', '春季'], email: 'mei@example.com', targetMarket: '美国' }, CAPTURED_AT);
    await saveSnapshot(
      db,
      makeSnapshot({ platform: 'instagram', url: 'https://www.instagram.com/jie/', creator: { handle: 'jie', displayName: '阿杰', followers: exact(20_000), totalLikes: null }, posts: sameEngagement(5, null, 40, 2) }),
      '',
      CAPTURED_AT,
    );
    await setStatus(db, ['instagram:jie'], 'contacted', CAPTURED_AT);
    await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lili', displayName: '莉莉', followers: exact(2_000_000) } }), '', CAPTURED_AT);
    await editCreator(db, 'tiktok:lili', { status: 'approved', gradeOverride: { grade: 'C', reason: '品牌调性不符' } }, CAPTURED_AT);
    await saveSnapshot(
      db,
      makeSnapshot({ creator: { handle: 'user84729301', displayName: null, bio: '', postCount: exact(0), followers: exact(10), following: exact(900) }, posts: [] }),
      '',
      CAPTURED_AT,
    );
    await editCreator(db, 'tiktok:user84729301', { status: 'rejected', doNotWork: { reason: '疑似虚假粉丝' } }, CAPTURED_AT);
  });

  it('shows the list, the filters, the selection and its notices with no English left', async () => {
    await renderDashboard(4);
    expect($('h1')?.textContent).toBe('候选名单');
    expect($('tr[data-creator="instagram:jie"] td[data-column="status"]')?.textContent).toBe('已联系');
    expect($('tr[data-creator="tiktok:lili"] td[data-column="grade"]')?.textContent).toBe('C*');
    // Every column shown, the ones off by default included.
    await click(button('显示列'));
    for (const box of mounted.container.querySelectorAll<HTMLInputElement>('.column-menu input[type="checkbox"]')) if (!box.checked) await click(box);
    await click(button('显示列'));
    expect($('tr[data-creator="tiktok:mei"] td[data-column="lastSeen"]')?.textContent).toContain('2 个快照');
    expect($('tr[data-creator="tiktok:mei"] td[data-column="email"]')?.textContent).toBe('mei@example.com');
    expect(englishLeft(mounted.container, CSV_KEYS)).toEqual([]);

    await click(control<HTMLInputElement>('选择 @mei'));
    await click(control<HTMLInputElement>('选择 @jie'));
    expect($('.bulk-count')?.textContent).toBe('已选 2 位');
    await type(control('所选达人的新状态'), 'negotiating');
    await click(button('应用状态'));
    await until(() => $('tr[data-creator="tiktok:mei"] td[data-column="status"]')?.textContent === '洽谈中', 'the new status');
    expect($('[role="status"]')?.textContent).toContain('已将 2 位达人的状态设为“洽谈中”。');
    await type(control('搜索'), '询价');
    expect(shown()).toEqual(['tiktok:mei']);
    expect($('.dash-head p')?.textContent).toContain('显示 1 / 4 位达人');
    expect(englishLeft(mounted.container, CSV_KEYS)).toEqual([]);
  });

  it('says what was deleted and restored in Chinese', async () => {
    await renderDashboard(4);
    await click(control<HTMLInputElement>('选择显示的全部 4 位达人'));
    await click(button('删除所选'));
    await until(() => $('.empty') !== null, 'the empty shortlist');
    expect($('[role="status"]')?.textContent).toContain('已删除 4 位达人及其 5 个快照和备注。');
    expect($('.empty strong')?.textContent).toBe('保存到候选名单');
    expect(englishLeft(mounted.container, CSV_KEYS)).toEqual([]);
    await click(button('撤销'));
    await until(() => shown().length === 4, 'the restored rows');
    expect($('[role="status"]')?.textContent).toContain('已恢复 4 位达人');
  });

  it('shows a creator in full, flags and history included, with no English left', async () => {
    await renderDashboard(4);
    for (const id of ['tiktok:mei', 'instagram:jie', 'tiktok:lili', 'tiktok:user84729301']) {
      await click($<HTMLButtonElement>(`button[data-open="${id}"]`)!);
      await until(() => $(`[data-detail="${id}"] .score-card, [data-detail="${id}"] .notice`) !== null, `the assessment of ${id}`);
      const panel = $(`[data-detail="${id}"]`)!;
      expect(englishLeft(panel, [...CODES, ...SOURCES]), id).toEqual([]);
    }
    await click($<HTMLButtonElement>('button[data-open="tiktok:mei"]')!);
    await until(() => $('#history-title')?.textContent === '历史（2 个快照）', 'the history');
    expect($('[data-figure="cpm"]')?.textContent).toContain('千次播放成本（CPM）');
    expect($('.posts-scroll th')?.textContent).toBe('作品');

    // The edit form says what is missing in Chinese.
    await type(control('手动设定等级'), 'B');
    await click(button('保存修改'));
    expect($('[data-detail] [role="alert"]')?.textContent).toBe('请说明手动设定等级的原因。');
    expect(englishLeft($('[data-detail]')!, [...CODES, ...SOURCES])).toEqual([]);
  });

  it('compares creators side by side in Chinese', async () => {
    await renderDashboard(4);
    for (const handle of ['mei', 'jie', 'lili']) await click(control<HTMLInputElement>(`选择 @${handle}`));
    await click(button('对比'));
    const panel = $('.compare-panel')!;
    expect(panel.querySelector('h2')?.textContent).toBe('对比 3 位达人');
    const line = (id: string) => [...panel.querySelectorAll(`tr[data-line="${id}"] td`)].map((td) => td.textContent);
    expect(line('status')).toEqual(['待评估', '已联系', '已通过']);
    expect(line('grade')[2]).toBe('C（手动设定）');
    expect(englishLeft(panel)).toEqual([]);
  });
});
