// What the content script answers when the popup asks it to read the tab: it refuses pages it
// cannot read, waits (within a bound) for a profile that is still rendering, and always answers
// with a snapshot that passes the schema, whatever the page holds.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, parseHtml } from './helpers/fixtures';
import { asRecord, at as pathIn } from '../lib/platforms/json';
import { readCurrentPage } from '../lib/read-page';
import { SnapshotSchema, TEXT_LIMITS, type ReadPageResponse, type Snapshot } from '../lib/schema';

const NOW = Date.UTC(2025, 5, 20, 9, 30);
function fixtureDoc(name: string): Document {
  return parseHtml(fixture(`tiktok/${name}`));
}

/** The markup of a fixture's body, as the app would render it into the live page. */
function fixtureBody(name: string): string {
  return fixtureDoc(name).body.innerHTML;
}

function at(href: string): () => string {
  return () => href;
}

function snapshotOf(response: ReadPageResponse): Snapshot {
  if (!response.ok) throw new Error(`expected a snapshot, got ${response.error.code}: ${response.error.message}`);
  return response.snapshot;
}

function expectValid(snapshot: Snapshot): void {
  const checked = SnapshotSchema.safeParse(snapshot);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
}

function later(ms: number, action: () => void): void {
  setTimeout(action, ms);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pages Creator Lens cannot read', () => {
  it.each([
    ['another site', 'https://example.com/shop'],
    ['the TikTok feed', 'https://www.tiktok.com/foryou'],
    ['a browser page', 'about:blank'],
  ])('refuses %s and names the pages it reads', async (_label, href) => {
    const response = await readCurrentPage(document, at(href), () => NOW, 2000);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('unsupported-page');
    expect(response.error.message).toMatch(/TikTok profiles and videos .*Instagram profiles, posts and reels .*YouTube channels, videos and Shorts/);
  });

  it('on a TikTok page that is neither a profile nor a video, says what it reads', async () => {
    const response = await readCurrentPage(document, at('https://www.tiktok.com/explore'), () => NOW, 2000);
    expect(response).toEqual({
      ok: false,
      error: { code: 'unsupported-page', message: expect.stringContaining('not a creator profile or video') },
    });
  });

  it('answers at once, without waiting for the page', async () => {
    const started = Date.now();
    await readCurrentPage(document, at('https://example.com/'), () => NOW, 2000);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('a profile that is still rendering', () => {
  it('waits for a header that renders late, then reads it without a waiting notice', async () => {
    const started = Date.now();
    const reading = readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 2000);
    later(100, () => {
      document.body.innerHTML = fixtureBody('profile-dom-only-2024-03.html');
    });
    const snapshot = snapshotOf(await reading);
    expect(Date.now() - started).toBeLessThan(1500);
    expectValid(snapshot);
    expect(snapshot.capturedAt).toBe(NOW);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toMatchObject({ value: 85_300, min: 85_250, max: 85_349, shown: '85.3K' });
    expect(snapshot.creator.following).toMatchObject({ value: 412 });
    expect(snapshot.creator.totalLikes).toMatchObject({ value: 1_200_000, shown: '1.2M' });
    expect(snapshot.posts).toHaveLength(8);
    expect(snapshot.notices).toEqual([]);
  });

  it('after in-app navigation, waits for the new creator and takes nothing from the previous one', async () => {
    // The page still shows @lena.makeup (and her embedded data) when the URL already says @nora.runs.
    document.body.innerHTML = fixtureBody('profile-universal-2025-06.html');
    const reading = readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 2000);
    later(100, () => {
      const app = document.getElementById('app');
      if (app) app.outerHTML = fixtureDoc('profile-dom-only-2024-03.html').getElementById('app')?.outerHTML ?? '';
    });
    const snapshot = snapshotOf(await reading);
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toMatchObject({ value: 85_300, shown: '85.3K' });
    expect(snapshot.creator.displayName).toBe('Nora Lindqvist');
    expect(snapshot.sources).toEqual(['dom']);
    const serialised = JSON.stringify({ ...snapshot, notices: [] });
    for (const lena of ['lena', '48213', '48200', '1287450', '莉娜']) expect(serialised).not.toContain(lena);
    expect(snapshot.notices.join(' ')).toContain('@lena.makeup');
  });

  it('reads an empty page after a short timeout: counts unknown with reasons, and a notice that it waited', async () => {
    const started = Date.now();
    const response = await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 300);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1500);
    const snapshot = snapshotOf(response);
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.notices.some((notice) => /waiting 0\.3 s/.test(notice))).toBe(true);
    for (const field of ['followers', 'following', 'totalLikes'] as const) {
      expect(snapshot.creator[field], field).toBeNull();
      expect(snapshot.missing.find((entry) => entry.field === field)?.reason, field).toMatch(/\w/);
    }
    expect(snapshot.posts).toEqual([]);
  });

  it('stuck on the previous creator, answers with unknown counts rather than the previous creator\'s', async () => {
    document.body.innerHTML = fixtureBody('profile-universal-2025-06.html');
    const snapshot = snapshotOf(await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 300));
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toBeNull();
    expect(snapshot.creator.displayName).toBeNull();
    expect(snapshot.posts).toEqual([]);
    const notices = snapshot.notices.join('\n');
    expect(notices).toMatch(/waiting/);
    expect(notices).toContain('@lena.makeup');
  });

  it('refuses to answer when the tab moved to another creator while it waited', async () => {
    let href = 'https://www.tiktok.com/@nora.runs';
    const reading = readCurrentPage(document, () => href, () => NOW, 400);
    later(100, () => {
      href = 'https://www.tiktok.com/@lena.makeup';
    });
    const response = await reading;
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('extract-failed');
    expect(response.error.message).toMatch(/another address/);
  });
});

describe('hostile page content', () => {
  const SCRIPT = '<script>alert(document.cookie)</script>';
  const HUGE = 'x'.repeat(1_000_000);

  it('clips a 1 MB bio that starts with a <script> tag to the bio limit, as plain text', async () => {
    document.body.innerHTML = fixtureBody('profile-dom-only-2024-03.html');
    const bio = document.querySelector('[data-e2e="user-bio"]');
    expect(bio).not.toBeNull();
    if (bio) bio.textContent = SCRIPT + HUGE;
    const scriptsBefore = document.querySelectorAll('script').length;
    const snapshot = snapshotOf(await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 2000));
    expectValid(snapshot);
    expect(snapshot.creator.bio).toHaveLength(TEXT_LIMITS.bio);
    expect(snapshot.creator.bio?.startsWith(SCRIPT)).toBe(true);
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore);
    expect(snapshot.creator.followers).toMatchObject({ value: 85_300 });
  });

  it('clips a 1 MB bio and name from embedded data', async () => {
    const doc = fixtureDoc('profile-universal-2025-06.html');
    const script = doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__');
    expect(script).not.toBeNull();
    const data: unknown = JSON.parse(script?.textContent ?? 'null');
    const user = asRecord(pathIn(data, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo', 'user'));
    expect(user).not.toBeNull();
    if (!user || !script) return;
    user.signature = SCRIPT + HUGE;
    user.nickname = HUGE;
    user.bioLink = { link: `https://example.com/${HUGE}` };
    // TikTok escapes "<" in its embedded JSON, so the script tag cannot close the element.
    script.textContent = JSON.stringify(data).replaceAll('<', '\\u003c');
    document.body.innerHTML = doc.body.innerHTML;
    const snapshot = snapshotOf(await readCurrentPage(document, at('https://www.tiktok.com/@lena.makeup'), () => NOW, 2000));
    expectValid(snapshot);
    expect(snapshot.creator.bio).toHaveLength(TEXT_LIMITS.bio);
    expect(snapshot.creator.bio?.startsWith(SCRIPT)).toBe(true);
    expect(snapshot.creator.displayName).toHaveLength(TEXT_LIMITS.name);
    expect(snapshot.creator.bioLinks[0]).toHaveLength(TEXT_LIMITS.url);
    expect(snapshot.creator.followers).toMatchObject({ value: 48_213, min: 48_213, max: 48_213 });
  });

  it('still answers when the header shows a 1 MB text where the handle belongs', async () => {
    document.body.innerHTML = fixtureBody('profile-dom-only-2024-03.html');
    const title = document.querySelector('[data-e2e="user-title"]');
    expect(title).not.toBeNull();
    if (title) title.textContent = SCRIPT + HUGE;
    const response = await readCurrentPage(document, at('https://www.tiktok.com/@nora.runs'), () => NOW, 300);
    const snapshot = snapshotOf(response);
    expectValid(snapshot);
    expect(snapshot.creator.handle).toBe('nora.runs');
    expect(snapshot.creator.followers).toBeNull();
    expect(snapshot.notices.length).toBeGreaterThan(0);
  });
});
