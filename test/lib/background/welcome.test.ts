// The welcome page on a first install, against the fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from '../../../lib/background/welcome';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the welcome page', () => {
  it.each(['update', 'chrome_update', 'shared_module_update'])('stays closed after an %s', async (reason) => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await welcomeOnInstall(reason);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('opens in a new tab on a first install', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await welcomeOnInstall('install');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.at(-1)?.url).toBe(fakeBrowser.runtime.getURL('/welcome.html'));
  });
});
