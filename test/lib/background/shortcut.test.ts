// The "open the shortlist" command, against the fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand, OPEN_SHORTLIST_COMMAND } from '../../../lib/background/shortcut';

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
