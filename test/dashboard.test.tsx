import 'fake-indexeddb/auto';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../components/Dashboard';
import { openDatabase, recordPosts, saveSnapshot, type CreatorLensDatabase } from '../lib/db';
import { addTag, setStatus } from '../lib/db/creators';
import { useLayoutHeight, useReactRoot } from './helpers/render';
import { CAPTURED_AT, engagedPosts, makeSnapshot } from './helpers/snapshots';

// happy-dom has no canvas: charts are checked in real Chromium (test/e2e); here they render nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));

useLayoutHeight();

const mounted = useReactRoot();
let db: CreatorLensDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = openDatabase(`creator-lens-dashboard-${counter}-${Math.random().toString(36).slice(2)}`);
  history.replaceState(null, '', '/dashboard.html');
  for (const [handle, note] of [['ana', 'asked for rates'], ['ben', ''], ['cai', 'great fit']] as const) {
    await saveSnapshot(db, makeSnapshot({ creator: { handle, displayName: handle.toUpperCase() } }), note, CAPTURED_AT);
  }
  await setStatus(db, ['tiktok:ben'], 'contacted', CAPTURED_AT);
  await addTag(db, ['tiktok:cai'], 'spring', CAPTURED_AT);
});

/** Lets IndexedDB and the live query settle until `check` passes. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}: ${mounted.container.innerHTML.slice(0, 1500)}`);
}

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

async function type(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
}

async function renderDashboard() {
  await mounted.render(<Dashboard db={db} />);
  await until(() => shown().length === 3 && !$('[data-testid="reading-figures"]'), 'three rows with their figures');
}

describe('Dashboard', () => {
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
    expect(line('cpm')).toEqual(['unknown: no price quoted yet', 'unknown: no price quoted yet']);
    expect(line('followers')).toEqual(['50,000', '50,000']);
  });

  it('shows a creator saved elsewhere without a reload', async () => {
    await renderDashboard();
    await act(async () => {
      await saveSnapshot(db, makeSnapshot({ creator: { handle: 'dee' } }), '', CAPTURED_AT);
    });
    await until(() => shown().includes('tiktok:dee'), 'the new creator');
  });
});
