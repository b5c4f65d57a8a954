// The keyboard commands, against the fake browser: the shortlist, the side panel, and the shortcuts
// as the popup's footer lists them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { boundShortcuts, handleCommand, OPEN_SHORTLIST_COMMAND, OPEN_SIDE_PANEL_COMMAND } from '../../../lib/background/shortcut';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the open-shortlist shortcut', () => {
  it('opens the dashboard in a new tab; other commands do nothing', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await handleCommand('something-else');
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
    await handleCommand(OPEN_SHORTLIST_COMMAND);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.at(-1)?.url).toBe(fakeBrowser.runtime.getURL('/dashboard.html'));
  });
});

describe('the open-side-panel shortcut', () => {
  const global = globalThis as { chrome?: unknown };
  const chromeBefore = global.chrome;
  afterEach(() => {
    global.chrome = chromeBefore;
    delete (browser as { sidebarAction?: unknown }).sidebarAction;
  });

  it("opens Chrome's side panel beside the window the shortcut was pressed in, at once", async () => {
    const open = vi.fn(async () => {});
    global.chrome = { sidePanel: { open } };
    const pressed = handleCommand(OPEN_SIDE_PANEL_COMMAND, 4);
    // Within the key press: the browser refuses a panel opened after anything was awaited.
    expect(open).toHaveBeenCalledWith({ windowId: 4 });
    await pressed;
    expect(await fakeBrowser.tabs.query({})).toHaveLength(1);
  });

  it("opens Firefox's sidebar", async () => {
    global.chrome = {};
    const open = vi.fn(async () => {});
    (browser as { sidebarAction?: unknown }).sidebarAction = { open };
    await handleCommand(OPEN_SIDE_PANEL_COMMAND, 4);
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('the shortcuts as bound now', () => {
  it('names each command of ours that has keys, as the user set them, and leaves out one without', () => {
    expect(
      boundShortcuts([
        { name: '_execute_action', shortcut: 'Alt+Shift+S' },
        { name: 'open-shortlist', shortcut: '' },
        { name: 'open-side-panel', shortcut: 'Ctrl+Shift+Y' },
      ]),
    ).toEqual([
      { keys: 'Alt+Shift+S', action: 'score' },
      { keys: 'Ctrl+Shift+Y', action: 'sidePanel' },
    ]);
    // Firefox's name for the toolbar button's command.
    expect(boundShortcuts([{ name: '_execute_browser_action', shortcut: 'Alt+Shift+S' }, { name: 'open-shortlist' }])).toEqual([{ keys: 'Alt+Shift+S', action: 'score' }]);
    expect(boundShortcuts([])).toEqual([]);
  });
});
