// The welcome page: the shortcuts as the browser has them bound (or that it would not say), where
// to change them, the way to the shortlist, and every word in Chinese.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '../../../components/welcome/Welcome';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

type Bound = Awaited<ReturnType<typeof fakeBrowser.commands.getAll>>;

const mounted = useReactRoot();
const $$ = (selector: string) => [...mounted.container.querySelectorAll<HTMLElement>(selector)];
const shortcutRows = () => $$('tr[data-command]').map((row) => [...row.children].map((cell) => cell.textContent));

function bind(commands: Bound | Error) {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation(() => (commands instanceof Error ? Promise.reject(commands) : Promise.resolve(commands)));
}

async function renderWelcome(onOpenShortlist = () => {}) {
  await mounted.render(<Welcome onOpenShortlist={onOpenShortlist} />);
  await mounted.until(() => mounted.container.querySelector('.browser-shortcuts[aria-busy="false"]') !== null, 'the shortcuts read');
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the welcome page', () => {
  it('lists the shortcuts the browser has bound, whatever the user changed them to', async () => {
    bind([
      { name: 'open-shortlist', shortcut: 'Ctrl+Shift+K', description: 'Open the shortlist' },
      { name: '_execute_action', shortcut: 'Alt+Shift+S', description: '' },
    ]);
    await renderWelcome();
    expect(shortcutRows()).toEqual([
      ['Alt+Shift+S', 'Score this creator'],
      ['Ctrl+Shift+K', 'Open the shortlist'],
    ]);
  });

  it('says "Not set" for a shortcut the user cleared', async () => {
    bind([
      { name: '_execute_action', shortcut: '', description: '' },
      { name: 'open-shortlist', description: 'Open the shortlist' },
    ]);
    await renderWelcome();
    expect(shortcutRows()).toEqual([
      ['Not set', 'Score this creator'],
      ['Not set', 'Open the shortlist'],
    ]);
  });

  it('says so when the browser does not tell which keys are set, and still shows where to change them', async () => {
    bind(new Error('commands unavailable'));
    await renderWelcome();
    expect(shortcutRows()).toEqual([]);
    expect(mounted.container.textContent).toContain('The browser did not say which keys are set.');
    expect(mounted.container.textContent).toContain('Or type chrome://extensions/shortcuts in the address bar.');
  });

  it('opens the browser\'s shortcuts page, which a plain link cannot', async () => {
    bind([]);
    await renderWelcome();
    const change = $$('button').find((button) => button.textContent === 'Change shortcuts')!;
    await act(async () => change.click());
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain('chrome://extensions/shortcuts');
  });

  it('opens the shortlist from its button', async () => {
    bind([]);
    const opened = vi.fn();
    await renderWelcome(opened);
    const open = $$('button').find((button) => button.textContent === 'Open shortlist')!;
    await act(async () => open.click());
    expect(opened).toHaveBeenCalledOnce();
  });

  it('shows the pin picture with its words, example pages and the privacy promise, and loads nothing from afar', async () => {
    bind([]);
    await renderWelcome();
    expect($$('svg[role="img"]').map((svg) => svg.getAttribute('aria-label'))).toEqual(['The toolbar’s puzzle piece menu, with the pin next to Creator Lens']);
    expect($$('a[href]').map((link) => new URL(link.getAttribute('href')!).host)).toEqual(['www.tiktok.com', 'www.instagram.com', 'www.youtube.com']);
    expect(mounted.container.textContent).toContain('Creator Lens sends nothing anywhere');
    for (const image of $$('img')) expect(image.getAttribute('src')).toMatch(/^\/icon\//);
  });
});

describe('the welcome page in Chinese', () => {
  useLocale('zh_CN');

  it('leaves no English words', async () => {
    bind([{ name: 'open-shortlist', shortcut: '', description: '' }]);
    await renderWelcome();
    expect(shortcutRows()).toEqual([['未设置', '打开候选名单']]);
    // chrome://extensions/shortcuts is an address, typed as it is in every language.
    expect(englishLeft(mounted.container, ['chrome', 'extensions', 'shortcuts'])).toEqual([]);
  });
});
