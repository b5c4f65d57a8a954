// Heavy creator pages for the speed benchmarks, built from the bundled fixtures: the fixture's
// header and embedded data are kept as recorded (so the creator's counts read as in the unit
// tests), and its grid is replaced by many copies of one recorded grid item, each with its own
// id, title, view count and date, in both the embedded data and the rendered grid where the
// fixture has both.
//   - YouTube: channel Videos tab, 300 videos (channel-c4TabbedHeader-videoRenderer-2023-12)
//   - TikTok: profile grid, 200 videos (profile-universal-2025-06)
//   - Instagram: Reels tab, 100 tiles (profile-reels-tab-2025-06; the fixture has no embedded data)
// Every extractor keeps up to 500 posts (MAX_POSTS in lib/platforms/<p>/profile.ts, and the
// snapshot schema's limit), so none of these grids is cut.
import { readFileSync } from 'node:fs';
import type { Platform } from '../lib/schema/snapshot';

/** A count as TikTok's rounded `stats` give it: three figures from a thousand up ("783.4K" is 783400). */
function roundedAsShown(count: number): number {
  if (count < 1000) return count;
  const step = (count >= 1e9 ? 1e9 : count >= 1e6 ? 1e6 : 1e3) / 10;
  return Math.round(count / step) * step;
}

// Held in a variable: Vite rewrites `new URL('./…', import.meta.url)` written inline (see test/helpers/fixtures.ts).
const HERE = import.meta.url;

export function fixtureText(path: string): string {
  return readFileSync(new URL(`../test/fixtures/${path}`, HERE), 'utf8');
}

export interface HeavyPage {
  platform: Platform;
  /** Short name for tables, e.g. "YouTube channel, 300 videos". */
  name: string;
  url: string;
  html: string;
  /** How many posts the page's reader should return. */
  posts: number;
  /** The exact view count behind each generated post, in grid order. */
  views: number[];
}

/** A repeatable pseudo-random stream, so every run builds the same pages. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Log-normal-ish view counts around `typical`, with now and then a hit many times larger. */
function viewCounts(count: number, typical: number, seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const spread = 0.3 + next() * 1.6;
    const hit = next() < 0.04 ? 4 + next() * 8 : 1;
    return Math.max(1, Math.round(typical * spread * hit));
  });
}

function replaceOnce(text: string, find: string, by: string): string {
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`heavy-pages: the fixture no longer contains ${JSON.stringify(find.slice(0, 60))}`);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

/** `html` with the JSON between `open` and `close` (an embedded data script) parsed, changed by `edit`, and written back. */
function editEmbeddedJson<T>(html: string, open: string, close: string, what: string, edit: (data: T) => void): string {
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf(close, start);
  if (start < open.length || end < 0) throw new Error(`heavy-pages: no ${what}`);
  const data = JSON.parse(html.slice(start, end)) as T;
  edit(data);
  return html.slice(0, start) + scriptJson(data) + html.slice(end);
}

function replaceAllChecked(text: string, find: string, by: string): string {
  if (!text.includes(find)) throw new Error(`heavy-pages: the template no longer contains ${JSON.stringify(find.slice(0, 60))}`);
  return text.replaceAll(find, by);
}

/** JSON for an inline script: "<" escaped as sites do, so no "</script>" can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

// ---- YouTube -------------------------------------------------------------------------------

const YOUTUBE_FIXTURE = 'youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html';
/** The recorded item copied: its id, title, exact and cut view counts and age. */
const YT_TEMPLATE = { id: 'orbitVid001', title: '3 Ways to Lose the Moon', exact: '572,797 views', cut: '572K views', age: '4 hours ago' };

/** YouTube's cut-down English count: 572,797 -> "572K", 1,409,461 -> "1.4M" (truncated, never rounded up). */
export function youtubeShort(value: number): string {
  if (value < 1000) return String(value);
  const [unit, suffix] = value >= 1e9 ? [1e9, 'B'] : value >= 1e6 ? [1e6, 'M'] : [1e3, 'K'];
  const scaled = value / unit;
  const shown = scaled < 10 ? Math.floor(scaled * 10) / 10 : Math.floor(scaled);
  return `${shown}${suffix}`;
}

function youtubeAge(days: number): string {
  const [amount, unit] = days < 7 ? [days, 'day'] : days < 30 ? [Math.floor(days / 7), 'week'] : days < 365 ? [Math.floor(days / 30), 'month'] : [Math.floor(days / 365), 'year'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'} ago`;
}

function youtubeVideo(i: number, views: number) {
  return {
    id: `heavy${String(i).padStart(6, '0')}`,
    title: `Orbit notes ${i + 1}: what the probes saw #space`,
    exact: `${views.toLocaleString('en')} views`,
    cut: `${youtubeShort(views)} views`,
    age: youtubeAge(1 + Math.floor(i * 2.5)),
  };
}

function fillYouTube(template: string, video: typeof YT_TEMPLATE): string {
  let out = template;
  for (const key of ['id', 'title', 'exact', 'cut', 'age'] as const) out = replaceAllChecked(out, YT_TEMPLATE[key], video[key]);
  return out;
}

/** The channel's Videos tab with `count` videos, in ytInitialData and in the rendered grid. */
export function heavyYouTubeChannel(count = 300): HeavyPage {
  const html = fixtureText(YOUTUBE_FIXTURE);
  const views = viewCounts(count, 900_000, 7);
  const videos = views.map((value, i) => youtubeVideo(i, value));

  // The rendered grid: every ytd-rich-item-renderer replaced by copies of the first.
  const items = [...html.matchAll(/^ *<ytd-rich-item-renderer[\s\S]*?<\/ytd-rich-item-renderer>\n/gm)];
  if (items.length === 0) throw new Error('heavy-pages: no grid items in the YouTube fixture');
  const first = items[0]!;
  const last = items.at(-1)!;
  const domItem = first[0];
  if (!domItem.includes(`v=${YT_TEMPLATE.id}"`)) throw new Error('heavy-pages: the first YouTube grid item is not the template video');
  const grid = videos.map((video) => fillYouTube(domItem, video)).join('');
  let out = html.slice(0, first.index) + grid + html.slice(last.index + last[0].length);

  // The embedded data: the selected tab's rich grid, copies of the first videoRenderer item.
  type YouTubeData = {
    contents: { twoColumnBrowseResultsRenderer: { tabs: Array<{ tabRenderer: { selected?: boolean; content?: { richGridRenderer: { contents: unknown[] } } } }> } };
  };
  out = editEmbeddedJson<YouTubeData>(out, 'var ytInitialData = ', ';</script>', 'ytInitialData in the YouTube fixture', (data) => {
    const tab = data.contents.twoColumnBrowseResultsRenderer.tabs.find((entry) => entry.tabRenderer.selected)?.tabRenderer;
    const contents = tab?.content?.richGridRenderer.contents;
    if (!contents) throw new Error('heavy-pages: no selected rich grid in the YouTube data');
    const template = JSON.stringify(contents[0]);
    if (!template.includes(`"videoId":"${YT_TEMPLATE.id}"`)) throw new Error('heavy-pages: the first YouTube data item is not the template video');
    const continuation = contents.filter((entry) => JSON.stringify(entry).includes('continuationItemRenderer'));
    tab!.content!.richGridRenderer.contents = [...videos.map((video) => JSON.parse(fillYouTube(template, video)) as unknown), ...continuation];
  });
  return { platform: 'youtube', name: `YouTube channel, ${count} videos`, url: 'https://www.youtube.com/@orbitlab/videos', html: out, posts: count, views };
}

// ---- TikTok --------------------------------------------------------------------------------

const TIKTOK_FIXTURE = 'tiktok/profile-universal-2025-06.html';
/** The recorded grid items copied: a pinned one and a plain one. */
const TT_PINNED = { id: '7301000000000000000', shown: '1.2M' };
const TT_PLAIN = { id: '7301000000000001111', shown: '5.1K' };
/** 2025-05-28, the fixture's newest video. */
const TT_NEWEST = 1_748_430_000;

/** TikTok's rounded count: 5,123 -> "5.1K", 1,250,000 -> "1.3M" (to the nearest tenth). */
export function tiktokShort(value: number): string {
  if (value < 1000) return String(value);
  const [unit, suffix] = value >= 1e9 ? [1e9, 'B'] : value >= 1e6 ? [1e6, 'M'] : [1e3, 'K'];
  return `${Math.round((value / unit) * 10) / 10}${suffix}`;
}

/** The profile's grid with `count` videos, in the embedded itemList and in the rendered grid. */
export function heavyTikTokProfile(count = 200): HeavyPage {
  const html = fixtureText(TIKTOK_FIXTURE);
  const views = viewCounts(count, 6_000, 11);
  const ids = views.map((_, i) => `7302${String(i).padStart(15, '0')}`);

  const items = [...html.matchAll(/^ *<div data-e2e="user-post-item"[\s\S]*?\n {6}<\/div>\n/gm)];
  const pinned = items.find((match) => match[0].includes(TT_PINNED.id))?.[0];
  const plain = items.find((match) => match[0].includes(TT_PLAIN.id))?.[0];
  if (!pinned || !plain) throw new Error('heavy-pages: the TikTok fixture lacks its template grid items');
  const grid = views
    .map((value, i) => {
      const template = i === 0 ? TT_PINNED : TT_PLAIN;
      const markup = i === 0 ? pinned : plain;
      return replaceOnce(replaceOnce(markup, template.id, ids[i]!), `>${template.shown}<`, `>${tiktokShort(value)}<`);
    })
    .join('');
  const first = items[0]!;
  const last = items.at(-1)!;
  let out = html.slice(0, first.index) + grid + html.slice(last.index + last[0].length);

  type TikTokData = {
    __DEFAULT_SCOPE__: { 'webapp.user-detail': { userInfo: { user: { id: string; uniqueId: string; nickname: string }; itemList: unknown[] } } };
  };
  const open = '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">';
  out = editEmbeddedJson<TikTokData>(out, open, '</script>', 'universal data in the TikTok fixture', (data) => {
    const { userInfo } = data.__DEFAULT_SCOPE__['webapp.user-detail'];
    const { id: authorId, uniqueId, nickname } = userInfo.user;
    const next = random(23);
    userInfo.itemList = views.map((value, i) => {
      const likes = Math.round(value * (0.04 + next() * 0.1));
      const comments = Math.round(likes * (0.01 + next() * 0.04));
      const shares = Math.round(likes * (0.005 + next() * 0.03));
      const saves = Math.round(likes * (0.02 + next() * 0.08));
      const exact = { playCount: value, diggCount: likes, commentCount: comments, shareCount: shares, collectCount: saves };
      // As TikTok sends them: `stats` rounded to what the page shows (783427 -> 783400), statsV2 exact.
      const stats = Object.fromEntries(Object.entries(exact).map(([key, n]) => [key, roundedAsShown(n)]));
      return {
        id: ids[i],
        desc: `Look ${i + 1}: monolid liner, step by step #makeup #monolid`,
        createTime: TT_NEWEST - i * 129_600,
        author: { id: authorId, uniqueId, nickname },
        stats,
        statsV2: Object.fromEntries(Object.entries(exact).map(([key, n]) => [key, String(n)])),
        ...(i === 0 ? { isPinnedItem: true } : {}),
      };
    });
  });
  return { platform: 'tiktok', name: `TikTok profile, ${count} videos`, url: 'https://www.tiktok.com/@lena.makeup', html: out, posts: count, views };
}

// ---- Instagram -----------------------------------------------------------------------------

const INSTAGRAM_FIXTURE = 'instagram/profile-reels-tab-2025-06.html';
/** The recorded tiles copied: the pinned first one and a plain one with an exact count. */
const IG_PINNED = { code: 'DLa0000001', shown: '2.4M' };
const IG_PLAIN = { code: 'DLa0000003', shown: '9,870' };

/** Instagram's tile count: exact with commas below 10,000, else rounded "48.1K", "2.4M". */
export function instagramShort(value: number): string {
  if (value < 10_000) return value.toLocaleString('en');
  const [unit, suffix] = value >= 1e9 ? [1e9, 'B'] : value >= 1e6 ? [1e6, 'M'] : [1e3, 'K'];
  return `${Math.round((value / unit) * 10) / 10}${suffix}`;
}

/** The Reels tab with `count` tiles, three to a row (the fixture has no embedded data to copy). */
export function heavyInstagramReels(count = 100): HeavyPage {
  const html = fixtureText(INSTAGRAM_FIXTURE);
  const views = viewCounts(count, 60_000, 5);
  const tiles = [...html.matchAll(/<div><a href="\/mila\.moves\/reel\/[^"]+\/"[\s\S]*?<\/a><\/div>/g)].map((match) => match[0]);
  const pinned = tiles.find((tile) => tile.includes(IG_PINNED.code));
  const plain = tiles.find((tile) => tile.includes(IG_PLAIN.code));
  if (!pinned || !plain) throw new Error('heavy-pages: the Instagram fixture lacks its template tiles');
  const made = views.map((value, i) => {
    const template = i === 0 ? IG_PINNED : IG_PLAIN;
    const markup = i === 0 ? pinned : plain;
    const code = `DLh${String(i).padStart(7, '0')}`;
    return replaceOnce(replaceOnce(markup, template.code, code), `<span>${template.shown}</span>`, `<span>${instagramShort(value)}</span>`);
  });
  const rows: string[] = [];
  for (let i = 0; i < made.length; i += 3) rows.push(`        <div class="_ac7v">\n          ${made.slice(i, i + 3).join('\n          ')}\n        </div>\n`);
  const open = '<div class="x1qjc9v5">\n';
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf('      </div>\n    </main>', start);
  if (start < open.length || end < 0) throw new Error('heavy-pages: no grid container in the Instagram fixture');
  const out = html.slice(0, start) + rows.join('') + html.slice(end);
  return { platform: 'instagram', name: `Instagram reels tab, ${count} tiles`, url: 'https://www.instagram.com/mila.moves/reels/', html: out, posts: count, views };
}

// ---- Sets ----------------------------------------------------------------------------------

export function heavyPages(): HeavyPage[] {
  return [heavyYouTubeChannel(), heavyTikTokProfile(), heavyInstagramReels()];
}

export interface OrdinaryPage {
  platform: Platform;
  name: string;
  url: string;
  html: string;
}

/** One ordinary recorded page per platform, as the fixtures hold them (the page kind users open most). */
export function ordinaryPages(): OrdinaryPage[] {
  return [
    { platform: 'youtube', name: 'YouTube watch page (fixture)', url: 'https://www.youtube.com/watch?v=kLabWatch01', html: fixtureText('youtube/watch-2026-06.html') },
    { platform: 'tiktok', name: 'TikTok video page (fixture)', url: 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', html: fixtureText('tiktok/video-universal-2025-06.html') },
    { platform: 'instagram', name: 'Instagram profile (fixture)', url: 'https://www.instagram.com/lena.park/', html: fixtureText('instagram/profile-rendered-header-2025-06.html') },
  ];
}
