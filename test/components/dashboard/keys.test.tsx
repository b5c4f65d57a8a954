// The shortlist's keys in the dashboard: "/" to the search box, j and k from creator to creator
// (never while typing, never with Ctrl held), "?" and the "?" button for the list of keys, which
// gives the focus back when it closes.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));

useLayoutHeight();

const mounted = useReactRoot();
let db: CreatorLensDatabase;

const $ = <T extends Element = HTMLElement>(selector: string) => mounted.container.querySelector<T>(selector);
const shown = () => [...mounted.container.querySelectorAll('tr[data-creator]')].map((row) => row.getAttribute('data-creator')!);
const focusedCreator = () => (document.activeElement as HTMLElement | null)?.dataset.open ?? null;
const search = () => $<HTMLInputElement>('.filters input[type="search"]')!;
const helpButton = () => $<HTMLButtonElement>('button[aria-label="Keyboard shortcuts"]')!;
const help = () => $<HTMLDialogElement>('dialog.key-help');

/** A key pressed on what has the focus (the page when nothing has), as the browser sends it. */
async function press(key: string, held: { ctrlKey?: boolean } = {}) {
  const target = document.activeElement ?? document.body;
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...held }));
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: '_execute_action', shortcut: 'Alt+Shift+S', description: '' },
    { name: 'open-shortlist', shortcut: '', description: '' },
  ]);
  db = openDatabase(`creator-lens-keys-${Math.random().toString(36).slice(2)}`);
  history.replaceState(null, '', '/dashboard.html');
  for (const handle of ['ana', 'ben', 'cai']) await saveSnapshot(db, makeSnapshot({ creator: { handle, displayName: handle.toUpperCase() } }), '', CAPTURED_AT);
  (document.activeElement as HTMLElement | null)?.blur();
  await mounted.render(<Dashboard db={db} />);
  await mounted.until(() => shown().length === 3 && !$('[data-testid="reading-figures"]'), '3 rows with their figures');
});

afterEach(() => vi.restoreAllMocks());

describe('the shortlist keys', () => {
  it('j and k step through the creators as listed, from the top when none has the focus', async () => {
    const [first, second, third] = shown();
    await press('j');
    await mounted.until(() => focusedCreator() === first, 'the first creator focused');
    await press('j');
    await mounted.until(() => focusedCreator() === second, 'the second creator focused');
    await press('j');
    await press('j');
    await mounted.until(() => focusedCreator() === third, 'the last creator kept');
    await press('k');
    await mounted.until(() => focusedCreator() === second, 'back to the second');
  });

  it('goes on from the creator last stepped to when its row lost the focus (scrolled out of the table)', async () => {
    const [, second, third] = shown();
    await press('j');
    await press('j');
    await mounted.until(() => focusedCreator() === second, 'the second creator focused');
    // A row scrolled out of view leaves the DOM and the focus falls to the page.
    (document.activeElement as HTMLElement).blur();
    await press('j');
    await mounted.until(() => focusedCreator() === third, 'the third creator focused, not the first');
  });

  it('steps on from a row\'s checkbox too', async () => {
    const [, second, third] = shown();
    $<HTMLInputElement>(`tr[data-creator="${second}"] td.select input`)!.focus();
    await press('j');
    await mounted.until(() => focusedCreator() === third, 'the row after the checkbox\'s');
  });

  it('"/" goes to the search box, where letters are typed, not steps; Escape leaves it', async () => {
    await press('/');
    expect(document.activeElement).toBe(search());
    await press('j');
    expect(document.activeElement).toBe(search());
    expect(focusedCreator()).toBeNull();
    await press('Escape');
    expect(document.activeElement).not.toBe(search());
    await press('j');
    await mounted.until(() => focusedCreator() === shown()[0], 'the first creator focused');
  });

  it('leaves the keys to a dialog open over the page, such as the import', async () => {
    const importButton = [...mounted.container.querySelectorAll('button')].find((button) => button.textContent === 'Import CSV…')!;
    await act(async () => importButton.click());
    await mounted.until(() => $('.import-dialog') !== null, 'the import dialog');
    const heading = $('.import-dialog h2')!;
    heading.focus();
    await press('j');
    await press('/');
    expect(document.activeElement).toBe(heading);
  });

  it('leaves keys with Ctrl held to the browser', async () => {
    await press('j', { ctrlKey: true });
    await press('/', { ctrlKey: true });
    expect(focusedCreator()).toBeNull();
    expect(document.activeElement).not.toBe(search());
  });

  it('"?" lists the keys with the bound shortcuts in a dialog; closing it gives the focus back', async () => {
    await press('j');
    await mounted.until(() => focusedCreator() === shown()[0], 'the first creator focused');
    await press('?');
    await mounted.until(() => help()?.open === true, 'the list of keys');
    const dialog = help()!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('key-help-title');
    expect($('#key-help-title')?.textContent).toBe('Keyboard shortcuts');
    const keys = [...dialog.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(keys.slice(0, 6)).toEqual([
      ['/', 'Search the shortlist'],
      ['j', 'Next creator'],
      ['k', 'Previous creator'],
      ['Enter', 'Open the focused creator'],
      ['Escape', 'Close the detail view or this list'],
      ['?', 'Show this list'],
    ]);
    await mounted.until(() => dialog.querySelectorAll('tr[data-command]').length === 2, 'the bound shortcuts');
    expect([...dialog.querySelectorAll('tr[data-command]')].map((row) => row.textContent)).toEqual(['Alt+Shift+SScore this creator', 'Not setOpen the shortlist']);

    // The page's keys wait behind the dialog.
    (dialog.querySelector('button') as HTMLButtonElement).focus();
    await press('j');
    expect(help()?.open).toBe(true);

    const close = [...dialog.querySelectorAll('button')].find((button) => button.textContent === 'Close')!;
    await act(async () => close.click());
    await mounted.until(() => help() === null, 'the list closed');
    expect(focusedCreator()).toBe(shown()[0]);
  });

  it('the "?" button opens the list too, and gets the focus back', async () => {
    helpButton().focus();
    await act(async () => helpButton().click());
    await mounted.until(() => help()?.open === true, 'the list of keys');
    await act(async () => help()!.close());
    await mounted.until(() => help() === null, 'the list closed');
    expect(document.activeElement).toBe(helpButton());
  });
});

describe('the list of keys in Chinese', () => {
  useLocale('zh_CN');

  it('leaves no English words but the keys themselves', async () => {
    await act(async () => mounted.container.querySelector<HTMLButtonElement>('button[aria-label="键盘快捷键"]')!.click());
    await mounted.until(() => (help()?.querySelectorAll('tr[data-command]').length ?? 0) === 2, 'the bound shortcuts');
    // Key names are written on the keys; the address is typed as it is.
    expect(englishLeft(help()!, ['Enter', 'Escape', 'chrome', 'extensions', 'shortcuts'])).toEqual([]);
  });
});
