import 'fake-indexeddb/auto';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { setStatus } from '../../../lib/db/creators';
import { enterValue, useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, exact, makeSnapshot, sameEngagement } from '../../helpers/snapshots';

// happy-dom has no canvas: charts are checked in real Chromium (test/e2e); here they render nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));

useLayoutHeight();

const mounted = useReactRoot();
let db: CreatorLensDatabase;
let counter = 0;

const $ = <T extends Element = HTMLElement>(selector: string) => mounted.container.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...mounted.container.querySelectorAll<T>(selector)];
const shown = () => $$('tr[data-creator]').map((row) => row.getAttribute('data-creator'));
const headers = () => $$('thead th .sort-label').map((label) => label.textContent);
const cell = (id: string, column: string) => $(`tr[data-creator="${id}"] td[data-column="${column}"]`);

function button(name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>('button').find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

function control<T extends HTMLInputElement | HTMLSelectElement>(label: string): T {
  const found = $$<T>('input, select').find((element) => element.closest('label')?.querySelector('span')?.textContent === label || element.closest('label')?.textContent?.trim() === label);
  if (!found) throw new Error(`No control labelled ${label}`);
  return found;
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
}

async function key(element: HTMLElement, name: string) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });
}

async function renderDashboard() {
  await mounted.render(<Dashboard db={db} />);
  await mounted.until(() => shown().length === 3 && !$('[data-testid="reading-figures"]'), 'three rows with their figures');
}

beforeEach(async () => {
  fakeBrowser.reset();
  counter += 1;
  db = openDatabase(`creator-lens-columns-${counter}-${Math.random().toString(36).slice(2)}`);
  history.replaceState(null, '', '/dashboard.html');
  // ana: a grid of views only; ben: posts opened, contacted; dee: no videos at all (a risk).
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'ana', displayName: 'ANA' } }), '', CAPTURED_AT);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'ben', displayName: 'BEN' }, posts: sameEngagement(10, 10_000, 500, 20) }), '', CAPTURED_AT);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'dee', displayName: 'DEE', postCount: exact(0), followers: exact(10), following: exact(900) }, posts: [] }), '', CAPTURED_AT);
  await setStatus(db, ['tiktok:ben'], 'contacted', CAPTURED_AT);
});

describe('the vetting columns', () => {
  it('gives the detail the same engagement as the list, with its measure, where the by-followers rate is unknown', async () => {
    await renderDashboard();
    await click($<HTMLButtonElement>('button[data-open="tiktok:ana"]')!);
    await mounted.until(() => $('aside.detail-panel .stats') !== null, 'the detail');
    const stat = $$('aside.detail-panel .stats .stat').find((one) => one.textContent?.includes('Engagement'));
    expect(stat?.textContent).toBe('6.00%Engagement rate · likes per video');
  });

  it('shows engagement by the platform’s measure and names the gravest flag, all flags on keyboard focus', async () => {
    await renderDashboard();
    expect(cell('tiktok:ana', 'engagement')?.textContent).toBe('6.00%likes per video');
    expect(cell('tiktok:ben', 'engagement')?.textContent).toBe('5.20%per view');
    expect(cell('tiktok:dee', 'engagement')?.textContent).toBe('unknown');
    expect(cell('tiktok:dee', 'engagement')?.querySelector('[title]')?.getAttribute('title')).toMatch(/^unknown: \w/);

    const flags = cell('tiktok:dee', 'flags')!.querySelector<HTMLButtonElement>('button')!;
    expect(flags.textContent).toMatch(/^RiskNo videos(\+\d+)?$/);
    const tip = $(`#${CSS.escape(flags.getAttribute('aria-describedby')!)}`)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.hidden).toBe(true);
    await act(async () => flags.focus());
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('Risk The account has posted nothing.');
    expect(tip.textContent).toContain('Warning Follows more accounts than follow it back');
    await key(flags, 'Escape');
    expect(tip.hidden).toBe(true);
    expect(cell('tiktok:ana', 'flags')?.textContent).toBe('None');
  });

  it('keeps the columns the user chose when the dashboard is opened again', async () => {
    await renderDashboard();
    expect(headers()).toContain('Engagement');
    expect(headers()).not.toContain('Last seen');
    const open = button('Columns');
    await click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    await click(control<HTMLInputElement>('Last seen'));
    await click(control<HTMLInputElement>('Price'));
    await key(control<HTMLInputElement>('Price'), 'Escape');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(open);
    expect(headers()).toContain('Last seen');
    expect(headers()).not.toContain('Price');

    await mounted.render(<div />);
    await renderDashboard();
    await mounted.until(() => headers().includes('Last seen'), 'the chosen columns');
    expect(headers()).not.toContain('Price');
    // The name cannot be hidden: it is not in the list.
    expect(headers()[0]).toBe('Creator');
    expect($$('.column-menu label').map((label) => label.textContent)).not.toContain('Creator');
  });

  it('shows the default columns when the stored choice is damaged', async () => {
    await fakeBrowser.storage.local.set({ shortlistColumns: ['name', 'no-such-column'] });
    await renderDashboard();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(headers()).toEqual(['Creator', 'Platform', 'Followers', 'Engagement', 'Score', 'Grade', 'Flags', 'Status', 'Tags', 'Price', 'Latest note']);
  });
});

describe('the vetting filters', () => {
  it('counts each status among the creators the other filters leave', async () => {
    await renderDashboard();
    const options = () => [...control<HTMLSelectElement>('Status').options].map((option) => option.textContent);
    expect(options()).toEqual(['All', 'To review (2)', 'Shortlisted (0)', 'Contacted (1)', 'Negotiating (0)', 'Approved (0)', 'Rejected (0)']);
    await enterValue(control('Flags'), 'risk');
    expect(shown()).toEqual(['tiktok:dee']);
    expect(options()).toContain('To review (1)');
    expect(options()).toContain('Contacted (0)');
  });

  it('filters by minimum engagement, ignores what is no percentage with a hint, and clears with the others', async () => {
    await renderDashboard();
    const minimum = control<HTMLInputElement>('Min. engagement %');
    await enterValue(minimum, '5.5');
    expect(shown()).toEqual(['tiktok:ana']);
    await enterValue(minimum, 'lots');
    expect(shown()).toHaveLength(3);
    expect(minimum.getAttribute('aria-invalid')).toBe('true');
    expect($(`#${CSS.escape(minimum.getAttribute('aria-describedby')!)}`)?.textContent).toBe('A number from 0 to 100: anything else is not applied.');
    await enterValue(minimum, '5');
    await enterValue(control('Confidence'), 'high');
    await click(button('Clear filters'));
    expect(shown()).toHaveLength(3);
    expect(control<HTMLInputElement>('Min. engagement %').value).toBe('');
    expect(control<HTMLSelectElement>('Confidence').value).toBe('');
  });
});

describe('compare', () => {
  it('names each creator’s flags and marks the best value of a line in words', async () => {
    await renderDashboard();
    await click($<HTMLInputElement>('input[aria-label="Select @ana"]')!);
    await click($<HTMLInputElement>('input[aria-label="Select @dee"]')!);
    await click(button('Compare'));
    const line = (id: string) => $$(`tr[data-line="${id}"] td`).map((td) => td.textContent);
    expect(line('flags')[0]).toBe('None');
    expect($$('tr[data-line="flags"] td:nth-of-type(2) li').map((item) => item.textContent)).toEqual(['Risk No videos', 'Risk Fake account signs', 'Warning Follows more than followed']);
    expect($$('tr[data-line="flags"] td li')[0]?.getAttribute('title')).toBe('The account has posted nothing.');
    // Followers are not ranked: a bigger creator is not a better one.
    expect(line('followers')).toEqual(["50K (Exactly 50,000, from the page's embedded data)", "10 (Exactly 10, from the page's embedded data)"]);
    // The higher confidence is marked, in words a screen reader reads too.
    expect(line('confidence')).toEqual(['mediumbest', 'low']);
    expect(line('engagement')[0]).toBe('6.00% likes per video');
  });
});
