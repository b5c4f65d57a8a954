import 'fake-indexeddb/auto';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { editCreator } from '../../../lib/db/creators';
import { useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

// happy-dom has no canvas: charts are checked in real Chromium (test/e2e); here they render nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));

useLayoutHeight();

const mounted = useReactRoot();
let db: CreatorLensDatabase;

beforeEach(async () => {
  db = openDatabase(`creator-lens-layout-${Math.random().toString(36).slice(2)}`);
  history.replaceState(null, '', '/dashboard.html');
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lin', displayName: 'Lin' } }), '', CAPTURED_AT);
  await editCreator(db, 'tiktok:lin', { tags: ['春季新品', '护肤达人', 'spring-launch'] }, CAPTURED_AT);
  await mounted.render(<Dashboard db={db} />);
  await mounted.until(
    () => mounted.container.querySelector('tr[data-creator] .tags') !== null && !mounted.container.querySelector('[data-testid="reading-figures"]'),
    'the row with its tags and figures',
  );
});

const $ = <T extends Element = HTMLElement>(selector: string) => mounted.container.querySelector<T>(selector);
const named = (name: string) =>
  [...mounted.container.querySelectorAll('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent) === name)!;

describe('the dashboard header', () => {
  it('keeps Import and Export in view and the rest behind More, which Escape closes with the keyboard back on More', async () => {
    const toolbar = $('.file-toolbar')!;
    const inView = [...toolbar.querySelectorAll('button')].filter((button) => !button.closest('.more-panel'));
    expect(inView.map((button) => button.textContent)).toEqual(['Import CSV…', 'Export CSV (1)', 'More ▾']);
    const more = named('More ▾');
    const panel = $('.more-panel')!;
    expect(panel.hidden).toBe(true);
    // Hidden, not gone: the backup and the export choices are there, out of the way.
    expect(panel.textContent).toContain('Back up (JSON)');
    expect(panel.textContent).toContain('Column names');
    await act(async () => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.contains(document.activeElement)).toBe(true);
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(more);
  });
});

describe('the Tags column', () => {
  it('shows the tags that fit on one line and counts the rest in a "+N" that names them', async () => {
    const cell = $('tr[data-creator] td[data-column="tags"]')!;
    const chips = [...cell.querySelectorAll('.tag:not(.more-tags)')].map((chip) => chip.textContent);
    expect(chips).toEqual(['春季新品']);
    const more = cell.querySelector('.more-tags')!;
    expect(more.textContent).toBe('+2');
    expect(more.getAttribute('title')).toBe('Also tagged: 护肤达人, spring-launch');
    // A screen reader hears every tag.
    expect(cell.querySelector('.visually-hidden')?.textContent).toBe('Also tagged: 护肤达人, spring-launch');
  });
});

describe('the notice', () => {
  it('floats with a Dismiss button that takes it away', async () => {
    await act(async () => named('Delete @lin').click());
    await act(async () => named('Delete @lin').click());
    await mounted.until(() => $('.status-bar')?.textContent?.startsWith('Deleted @lin') === true, 'the notice');
    await act(async () => named('Dismiss').click());
    expect($('.status-bar')?.textContent).toBe('');
    expect(await db.creators.count()).toBe(0);
  });
});
