// The background reads a tab by injecting the reader script of the tab's platform, and checks
// what comes back: nothing is injected into pages Creator Lens does not read.
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { english } from '../../../lib/i18n';
import { readTab } from '../../../lib/reading/read-tab';
import { tabAt, useFakeScripting } from '../../helpers/scripting';
import { makeSnapshot } from '../../helpers/snapshots';

const scripting = useFakeScripting();

describe('readTab', () => {
  it.each([
    ['https://www.tiktok.com/@lena.makeup', '/read-tiktok.js'],
    ['https://www.tiktok.com/@lena.makeup/video/7301000000000001111', '/read-tiktok.js'],
    ['https://www.instagram.com/lena.park/', '/read-instagram.js'],
    ['https://www.youtube.com/@orbitlab/videos', '/read-youtube-channel.js'],
    ['https://www.youtube.com/watch?v=kLabWatch01', '/read-youtube-video.js'],
    ['https://www.youtube.com/shorts/chefShort01', '/read-youtube-video.js'],
  ])('%s: injects %s into that tab only and returns its checked reading', async (url, file) => {
    const tabId = await tabAt(url);
    const response = await readTab(tabId);
    expect(scripting.injected).toEqual([{ target: { tabId }, files: [file] }]);
    expect(response.ok).toBe(true);
  });

  it.each(['https://example.com/', 'https://www.tiktok.com/explore', 'chrome://extensions/'])('injects nothing into %s and says which pages it reads', async (url) => {
    const response = await readTab(await tabAt(url));
    expect(scripting.injected).toEqual([]);
    expect(response.ok).toBe(false);
    if (!response.ok) {
      expect(response.error.code).toBe('unsupported-page');
      expect(english(response.error.message)).toMatch(/Creator Lens reads|not a creator/);
    }
  });

  it.each<[string, unknown, string]>([
    ['nothing (the page was navigating away)', undefined, 'bad-response'],
    ['a foreign object', { hello: 'world' }, 'bad-response'],
    ['a reading with a negative count', { ok: true, snapshot: { ...makeSnapshot(), posts: [{ ...makeSnapshot().posts[0], views: { value: -1, min: -1, max: -1, source: 'text' } }] } }, 'extract-failed'],
  ])('refuses %s from the reader script', async (_case, raw, code) => {
    scripting.answer = () => raw;
    const response = await readTab(await tabAt('https://www.tiktok.com/@lena.makeup'));
    expect(response).toMatchObject({ ok: false, error: { code } });
  });

  it.each<[string, unknown]>([
    ['a reading as an object (the reader sends JSON text)', { ok: true, snapshot: makeSnapshot() }],
    ['JSON text cut short', JSON.stringify({ ok: true, snapshot: makeSnapshot() }).slice(0, 200)],
    ['text that is no JSON', '<html>not a reading</html>'],
    ['a number', 42],
  ])('refuses %s as what the reader sent', async (_case, sent) => {
    scripting.sent = () => sent;
    const response = await readTab(await tabAt('https://www.tiktok.com/@lena.makeup'));
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('takes a reading back whole from its JSON text: text, nulls and counts as the page gave them', async () => {
    const snapshot = makeSnapshot({ creator: { bio: 'Tips \u202e<script>alert(1)</script> "quoted" \\ 🎨', followers: null } });
    scripting.answer = () => ({ ok: true, snapshot });
    const response = await readTab(await tabAt('https://www.tiktok.com/@lena.makeup'));
    expect(response).toEqual({ ok: true, snapshot: JSON.parse(JSON.stringify(snapshot)) });
    if (response.ok) expect(response.snapshot.creator.bio).toBe('Tips \u202e<script>alert(1)</script> "quoted" \\ 🎨');
  });

  it('says the page could not be read when injecting fails, and when the tab is gone', async () => {
    (browser as unknown as { scripting: { executeScript: unknown } }).scripting.executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    const blocked = await readTab(await tabAt('https://www.tiktok.com/@lena.makeup'));
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) {
      expect(blocked.error.code).toBe('page-unreachable');
      expect(english(blocked.error.message)).toContain('Cannot access contents of the page');
    }
    const gone = await readTab(987_654);
    expect(gone).toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
  });
});
