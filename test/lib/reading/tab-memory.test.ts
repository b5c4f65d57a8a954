// The per-tab memory of the last result and the toolbar badge that shows its grade, against the
// fake browser.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { english } from '../../../lib/i18n';
import { flatText } from '../../../lib/i18n/text';
import { BADGE_COLORS, badgeFor } from '../../../lib/reading/badge';
import { forgetIfMoved, forgetTab, rememberScore } from '../../../lib/reading/tab-memory';
import { saveSettings } from '../../../lib/settings';
import { exact, makeSnapshot } from '../../helpers/snapshots';
import { badge, recallScore } from '../../helpers/toolbar';

const lena = makeSnapshot({ creator: { handle: 'lena', following: exact(2_000) } });
const URL_A = 'https://www.tiktok.com/@lena';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the result remembered per tab', () => {
  it('shows the grade on that tab’s badge and gives the result back for the same page only', async () => {
    await rememberScore(7, `${URL_A}#top`, lena, 'S');
    expect(await badge(7)).toEqual({ text: 'S', title: 'Creator Lens: grade S — click for the score card' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).not.toBe('S');
    expect(await recallScore(7, URL_A)).toEqual(lena);
    expect(await recallScore(7, 'https://www.tiktok.com/@someone.else')).toBeNull();
    expect(await recallScore(8, URL_A)).toBeNull();
  });

  it('marks a provisional grade on the badge, and says why in its title, in both languages', async () => {
    await rememberScore(7, URL_A, lena, 'B', true);
    expect(await badge(7)).toEqual({ text: '~B', title: 'Creator Lens: provisional grade B, on too little evidence — click for what would firm it up' });
    expect(badgeFor('C', 'zh_CN', true)).toMatchObject({ text: '~C', title: 'Creator Lens：暂定等级 C，依据太少，点击查看如何确定' });
  });

  it('forgets the result and clears the badge when the tab leaves the page', async () => {
    await rememberScore(7, URL_A, lena, 'B');
    await forgetTab(7);
    expect(await recallScore(7, URL_A)).toBeNull();
    expect((await badge(7)).text).toBe('');
  });

  it('on an address change, forgets only a result read from another page, and leaves other tabs untouched', async () => {
    await rememberScore(7, URL_A, lena, 'S');
    await forgetIfMoved(7, `${URL_A}#comments`);
    expect(await recallScore(7, URL_A)).toEqual(lena);
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await forgetIfMoved(8, 'https://example.com/');
    expect(setBadge).not.toHaveBeenCalled();
    await forgetIfMoved(7, 'https://www.tiktok.com/@someone.else');
    expect(await recallScore(7, URL_A)).toBeNull();
    expect((await badge(7)).text).toBe('');
  });

  it('titles the badge in the language chosen in the settings', async () => {
    await saveSettings({ language: 'zh_CN' });
    await rememberScore(7, URL_A, lena, 'A');
    expect(await badge(7)).toEqual({ text: 'A', title: 'Creator Lens：等级 A，点击查看评分卡' });
    expect(badgeFor(null, 'zh_CN').title).toBe('Creator Lens：未评分，点击查看原因');
    await forgetTab(7);
    expect(await badge(7)).toEqual({ text: '', title: '为这位达人评分' });
    await saveSettings({ language: 'en' });
    await rememberScore(7, URL_A, lena, 'A');
    expect((await badge(7)).title).toBe('Creator Lens: grade A — click for the score card');
  });

  it('keeps and gives back a snapshot whose reasons and notices are message keys', async () => {
    const read = {
      ...lena,
      missing: [{ field: 'following', reason: flatText('pg_notShown', { what: 'following' }) }],
      notices: [flatText('pg_readAfterWait', { what: 'otherProfile', shown: 'lena', expected: 'nora', seconds: 5 })],
    };
    await rememberScore(7, URL_A, read, 'S');
    const recalled = await recallScore(7, URL_A);
    expect(recalled).toEqual(read);
    expect(english(recalled?.notices[0])).toBe(
      'Read after waiting 5 s for the page (the page still shows @lena, not @nora); figures the page had not shown yet are missing.',
    );
  });

  it('ignores a stored snapshot whose notice is not a flat message', async () => {
    const bad = { ...lena, notices: [{ key: 'pg_readAfterWait', params: { what: { key: 'pg_waiting' } } }] };
    await fakeBrowser.storage.session.set({ 'tab:7': { url: URL_A, reading: JSON.stringify(bad) } });
    expect(await recallScore(7, URL_A)).toBeNull();
  });

  it('ignores a stored value that is not a snapshot', async () => {
    await fakeBrowser.storage.session.set({ 'tab:7': { url: URL_A, reading: JSON.stringify({ creator: '<img src=x onerror=alert(1)>' }) } });
    expect(await recallScore(7, URL_A)).toBeNull();
  });

  it('keeps the reading as JSON text, and ignores one that is not (cut short, or an object)', async () => {
    await rememberScore(7, URL_A, lena, 'S');
    const entry = (await fakeBrowser.storage.session.get('tab:7'))['tab:7'] as { url: string; reading: unknown };
    expect(typeof entry.reading).toBe('string');
    expect(JSON.parse(entry.reading as string)).toEqual(lena);

    await fakeBrowser.storage.session.set({ 'tab:7': { url: URL_A, reading: JSON.stringify(lena).slice(0, -20) } });
    expect(await recallScore(7, URL_A)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tab:7': { url: URL_A, reading: lena } });
    expect(await recallScore(7, URL_A)).toBeNull();
    await fakeBrowser.storage.session.set({ 'tab:7': { url: URL_A, snapshot: lena } });
    expect(await recallScore(7, URL_A)).toBeNull();
  });

  it('marks a page that could not be graded with "?", and every badge colour carries white text at AA contrast', () => {
    expect(badgeFor(null).text).toBe('?');
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const color of Object.values(BADGE_COLORS)) expect((1.05 / (luminance(color) + 0.05))).toBeGreaterThanOrEqual(4.5);
  });
});
