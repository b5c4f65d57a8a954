// The command-line reader for saved pages: same extractors and scoring as the extension.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../lib/i18n';
import { readOptions } from '../../scripts/vet/args';
import { runVet } from '../../scripts/vet/cli';
import { formatReport, savedPageUrl, vetPage } from '../../scripts/vet/report';
import { englishWordsIn } from '../helpers/i18n';
import { fixture, parseHtml } from '../helpers/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'creator-lens-vet-'));
function saved(name: string, html: string): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
}
const profile = fixture('tiktok/profile-universal-2025-06.html');
// Chrome marks a page saved with "Save page as" like this, before <html>.
const savedProfile = saved('lena.html', `<!DOCTYPE html>\n<!-- saved from url=(0036)https://www.tiktok.com/@lena.makeup -->\n${profile.replace('<!DOCTYPE html>\n', '')}`);
const unmarked = saved('nora.html', fixture('tiktok/profile-dom-only-2024-03.html'));
const notACreator = saved('example.html', '<!doctype html><link rel="canonical" href="https://example.com/shop"><p>shop</p>');

function vet(...args: string[]) {
  const result = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/vet/main.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A message key's shape (pg_igOwnerNotShown, vet_notHtml): never on a line a person reads.
const KEY_SHAPE = /\b[a-z]{2,5}_[A-Za-z]+\b/;
const lines = (output: string) => output.split('\n').filter((line) => line.trim() !== '');

/** The same command run in this process: what it would print, line by line, and its exit status. */
function vetHere(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runVet(args, { out: (text) => stdout.push(`${text}\n`), err: (text) => stderr.push(`${text}\n`) });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

// A case that starts Node with tsx takes about a second, more on a busy machine: most run the command in this process.
describe('npm run vet', { timeout: 30_000 }, () => {
  it('prints one JSON object for one file, with the address from the saved-from mark', () => {
    const { status, stdout } = vet('--json', savedProfile);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      file: 'lena.html',
      url: 'https://www.tiktok.com/@lena.makeup',
      platform: 'tiktok',
      pageKind: 'profile',
      creator: { handle: 'lena.makeup', displayName: '莉娜 Lena', verified: false, followers: 48_213, following: 312, likes: 1_287_450, posts: 214, links: ['linktr.ee/lenamakeup'] },
      assessment: { score: 66, grade: 'B', tier: 'Micro', confidence: 'medium', provisional: false, checksRun: 5, checksTotal: 13, caps: [], flags: [] },
      unreadable: [],
    });
    const posts = report.posts as Array<Record<string, unknown>>;
    expect(posts).toHaveLength(12);
    expect(posts[0]).toMatchObject({ views: 1_200_000, pinned: true, likes: null, publishedAt: null });
  });

  it('prints an array for several files, taking --url for a page without an address', () => {
    const { status, stdout } = vetHere('--json', '--url', 'https://www.tiktok.com/@nora.runs', unmarked, unmarked);
    expect(status).toBe(0);
    const reports = JSON.parse(stdout) as Array<{ creator: { handle: string; posts: number | null } }>;
    expect(reports.map((report) => report.creator.handle)).toEqual(['nora.runs', 'nora.runs']);
    expect(reports[0]!.creator.posts).toBeNull();
  });

  it('prints a readable summary without --json, in English by default, with what was not read', () => {
    const watch = saved('watch-en.html', `<!-- saved from url=(0043)https://www.youtube.com/watch?v=kLabWatch01 -->\n${fixture('youtube/watch-2026-06.html')}`);
    const { status, stdout } = vetHere(savedProfile, watch);
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual(
      expect.arrayContaining([
        'Kitchen Lab @kitchenlab · YouTube post · watch-en.html',
        '  this post: views 1,234,567 · likes 48,213 · comments 2,431 · posted 2026-06-02T15:15:00.000Z · paid partnership',
        "  not read: A video page does not show the channel's video count; the channel page does",
        "  not read: YouTube does not show a channel's total likes",
      ]),
    );
    for (const line of lines(stdout)) expect(line).not.toMatch(KEY_SHAPE);
    expect(stdout).toContain('莉娜 Lena @lena.makeup · TikTok profile · lena.html');
    expect(stdout).toContain('followers 48,213 · following 312 · likes 1,287,450 · posts 214');
    expect(stdout).toContain('score 66 (B) · confidence medium · tier Micro · 12 posts read · 5 of 13 checks ran');
  });

  it('prints a rounded figure as rounded and a date the page gave by the day as that day', () => {
    const post = saved('logged-out-post.html', fixture('instagram/post-logged-out-2024-12.html'));
    const { status, stdout } = vetHere('--url', 'https://www.instagram.com/p/CPeC-Eenc8l/', post);
    expect(status).toBe(0);
    expect(lines(stdout)).toContain('  this post: views unknown · likes ≈298K · comments 553 · posted 2021-05-29');
    const json = JSON.parse(vetHere('--json', '--url', 'https://www.instagram.com/p/CPeC-Eenc8l/', post).stdout) as { posts: Array<{ likes: number; publishedAt: string; shown: object }> };
    expect(json.posts[0]).toMatchObject({ likes: 298_000, publishedAt: '2021-05-29', shown: { likes: '≈298K', comments: '553' } });
  });
});

/** One file of each kind the command cannot read, with the id --json gives it. */
const video = fixture('tiktok/video-universal-2025-06.html');
const FAILURES = [
  { error: 'not-html', path: saved('cover.png', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR') },
  // Chrome's "Webpage, single file": the page inside is encoded, so nothing in it is read.
  {
    error: 'not-html',
    path: saved(
      'lena.mhtml',
      'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.tiktok.com/@lena.makeup\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x----"\r\n\r\n------MultipartBoundary--x----\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html><html lang=3D"en"></html>\r\n',
    ),
  },
  { error: 'other-site', path: notACreator },
  { error: 'unsupported-page', path: saved('explore.html', '<!doctype html><link rel="canonical" href="https://www.tiktok.com/explore"><p>explore</p>') },
  { error: 'no-address', path: unmarked },
  // A logged-out post whose owner the reader finds nowhere: the reader's own reason.
  { error: 'pg_igOwnerNotShown', path: saved('post.html', '<html><head><meta property="og:url" content="https://www.instagram.com/p/ABCDEFG/"></head><body></body></html>') },
  // A video dated in the year 5138: refused as the extension refuses it, the field and post named.
  {
    error: 'pg_readingOutOfBounds',
    path: saved('future.html', `<!-- saved from url=(0060)https://www.tiktok.com/@lena.makeup/video/7301000000000001111 -->\n${video.replace('"createTime": 1748430000', '"createTime": 99999999999')}`),
  },
  { error: 'unreadable-file', path: join(dir, 'gone.html') },
  { error: 'unreadable-file', path: dir },
];
const SENTENCES = {
  en: [
    'This file is not a saved web page: it holds no page markup. Save the page with the browser’s “Save page as…”.',
    'This file is a web archive in one file (MHTML), which the command does not read. Save the page again as “Webpage, complete” or “Webpage, HTML only”.',
    'This page is not a creator page. Creator Lens reads TikTok profiles and videos (www.tiktok.com/@name), Instagram profiles, posts and reels (www.instagram.com/name/), YouTube channels, videos and Shorts (www.youtube.com/@name).',
    'This TikTok page is not a creator profile or video. Creator Lens reads TikTok profiles and videos (www.tiktok.com/@name), Instagram profiles, posts and reels (www.instagram.com/name/), YouTube channels, videos and Shorts (www.youtube.com/@name).',
    'The file does not say which page it was saved from: give its address with --url.',
    'Reading the page failed: Instagram has not shown whose post this is yet. Wait for the post to load and try again.',
    'The page gives an impossible publish date for post 1: a date before 2005 or after tomorrow. Nothing was read or saved.',
    'The file could not be read (there is no such file).',
    'The file could not be read (it is a folder).',
  ],
  'zh-CN': [
    '该文件不是保存的网页：其中没有网页标记。请用浏览器的“网页另存为…”保存页面。',
    '该文件是单个文件的网页存档，本命令无法读取。请在“网页另存为…”中选择“网页，全部”重新保存页面。',
    '此页面不是达人页面。Creator Lens 可读取 TikTok 达人主页和视频（www.tiktok.com/@name）、Instagram 达人主页、作品和 Reels（www.instagram.com/name/）、YouTube 频道、视频和 Shorts（www.youtube.com/@name）。',
    '这个 TikTok 页面不是达人主页或视频。Creator Lens 可读取 TikTok 达人主页和视频（www.tiktok.com/@name）、Instagram 达人主页、作品和 Reels（www.instagram.com/name/）、YouTube 频道、视频和 Shorts（www.youtube.com/@name）。',
    '文件中没有注明它保存自哪个页面：请用 --url 给出页面地址。',
    '读取页面失败：Instagram 尚未显示这是谁的作品。请等作品加载完成后重试。',
    '页面给出的发布日期（第 1 条作品）不可能成立：早于 2005 年或晚于明天的日期。没有读取或保存任何内容。',
    '无法读取该文件（文件不存在）。',
    '无法读取该文件（这是一个文件夹）。',
  ],
};

describe('a file the command cannot read', { timeout: 60_000 }, () => {
  const paths = FAILURES.map((failure) => failure.path);

  it.each(['en', 'zh-CN'] as const)('is told as a sentence in %s, one line each, and the command exits 2', (lang) => {
    const { status, stdout, stderr } = vetHere('--lang', lang, ...paths);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual(paths.map((path, index) => `${path}: ${SENTENCES[lang][index]}`));
    for (const sentence of SENTENCES[lang]) expect(sentence).not.toMatch(KEY_SHAPE);
  });

  it.each(['en', 'zh-CN'] as const)('with --json in %s: one JSON line each on stderr with its id and sentence; the pages read still print', (lang) => {
    const { status, stdout, stderr } = vetHere('--json', '--lang', lang, ...paths, savedProfile);
    expect(status).toBe(2);
    expect((JSON.parse(stdout) as Array<{ file: string }>).map((report) => report.file)).toEqual(['lena.html']);
    expect(lines(stderr).map((line) => JSON.parse(line) as unknown)).toEqual(
      FAILURES.map(({ error, path }, index) => ({ file: path, error, message: SENTENCES[lang][index] })),
    );
  });

});

describe('a page read in Chinese', { timeout: 30_000 }, () => {
  it('says what was not read, the notices and the flags in Chinese, with no key and no English word left', () => {
    const watch = saved('watch.html', `<!-- saved from url=(0043)https://www.youtube.com/watch?v=kLabWatch01 -->\n${fixture('youtube/watch-2026-06.html')}`);
    const stale = saved('stale.html', fixture('instagram/profile-stale-2025-06.html'));
    const { status, stdout } = vetHere('--lang', 'zh-CN', watch, stale);
    expect(status).toBe(0);
    const said = lines(stdout);
    expect(said).toEqual(
      expect.arrayContaining([
        'Kitchen Lab @kitchenlab · YouTube 作品 · watch.html',
        '  粉丝 ≈186万 · 关注 未知 · 获赞 未知 · 作品 未知',
        '  本页未显示：注册日期、带货标记、类目和国家/地区',
        '  本作品：播放 1,234,567 · 点赞 48,213 · 评论 2,431 · 发布于 2026-06-02T15:15:00.000Z · 付费合作',
        '  未读取：视频页面不显示频道的视频数；频道页面会显示',
        '  未读取：YouTube 不显示达人订阅了多少个频道',
        '  未读取：YouTube 不显示频道的总点赞数',
        '  注意：页面在加载完成前就已保存（页面仍在显示 @second.maker，而不是 @first.maker）；页面当时尚未显示的数据缺失。',
        '  注意：页面上显示的是 @second.maker，而不是 @first.maker；其数据未被采用。',
        '  未读取：Instagram 不显示达人的总点赞数',
      ]),
    );
    expect(said.find((line) => line.startsWith('  [风险] '))).toBeDefined();
    for (const line of said) {
      expect(line).not.toMatch(KEY_SHAPE);
      // Names, handles, file names and addresses stay as they are; every other word is Chinese.
      expect(englishWordsIn(line.replace(/\S+\.html|Kitchen Lab|First Maker/g, ''))).toEqual([]);
    }
  });

});

describe('misuse', { timeout: 30_000 }, () => {
  it.each([
    [['--bogus', 'a.html'], 'unknown-option', 'Unknown option --bogus.', '未知选项 --bogus。'],
    [['--lang', 'fr', 'a.html'], 'unknown-language', 'Unknown language “fr”: give one of en, zh-CN.', null],
    [['a.html', '--url'], 'missing-value', 'The option --url needs a value.', '选项 --url 需要一个值。'],
    [['--url', '--json', 'a.html'], 'missing-value', 'The option --url needs a value.', '选项 --url 需要一个值。'],
    [['--json'], 'no-files', 'No file given: name one or more saved pages.', '未指定文件：请给出一个或多个保存的页面。'],
  ])('%j is %s', (args, error, english, chinese) => {
    const { problem } = readOptions(args);
    expect(problem?.error).toBe(error);
    expect(say(problem!.text, 'en')).toBe(english);
    // An unknown language is told in English; anything else in the language asked for.
    if (chinese !== null) expect(say(readOptions(['--lang', 'zh-CN', ...args]).problem!.text, 'zh_CN')).toBe(chinese);
  });

  it.each([
    [['--lang', 'zh-CN', 'a.html'], 'zh_CN'],
    [['--lang=ZH-cn', 'a.html'], 'zh_CN'],
    [['--lang', 'en', 'a.html'], 'en'],
    [['a.html'], 'en'],
  ])('%j speaks %s', (args, locale) => {
    expect(readOptions(args)).toMatchObject({ options: { locale, files: ['a.html'] }, problem: null });
  });

  it('exits 1 with the problem and the usage, in the language asked for', () => {
    const chinese = vet('--lang', 'zh-CN', '--bogus', 'a.html');
    expect(chinese.status).toBe(1);
    expect(lines(chinese.stderr)).toEqual(['未知选项 --bogus。', '用法：npm run vet -- [--json] [--lang en|zh-CN] [--url URL] FILE...']);
    const json = vetHere('--json', '--lang', 'fr', 'a.html');
    expect(json.status).toBe(1);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr)).toEqual({ error: 'unknown-language', message: 'Unknown language “fr”: give one of en, zh-CN.' });
  });
});

describe('caps', () => {
  it('are said in words in the summary; the JSON keeps their ids beside the words', () => {
    const read = vetPage('lena.html', profile, parseHtml(profile), 'https://www.tiktok.com/@lena.makeup', Date.UTC(2025, 6, 1));
    const caps = [
      { grade: 'C', reason: 'risk-flag', message: 'Capped at C: a risk flag (Bought views).' },
      { grade: 'B', reason: 'needs-high-confidence', message: "Capped at B: S and A need high confidence, and this grade's is medium." },
    ];
    const summary = formatReport({ ...read, assessment: { ...read.assessment, caps } });
    expect(summary).toContain('\n  Capped at C: a risk flag (Bought views).\n  Capped at B: S and A need high confidence');
    expect(summary).not.toMatch(/risk-flag|needs-high-confidence/);
  });
});

describe('savedPageUrl', () => {
  it.each([
    ['the saved-from mark', '<!-- saved from url=(0035)https://www.tiktok.com/@kai.cooks -->\n<html></html>', 'https://www.tiktok.com/@kai.cooks'],
    ['the canonical link', '<html><head><link rel="canonical" href="https://www.youtube.com/@gronkh"></head></html>', 'https://www.youtube.com/@gronkh'],
    ['og:url', '<html><head><meta property="og:url" content="https://www.instagram.com/nike/"></head></html>', 'https://www.instagram.com/nike/'],
    ['nothing usable', '<html><head><link rel="canonical" href="/relative"></head></html>', null],
  ])('reads %s', (_label, html, expected) => {
    expect(savedPageUrl(html, parseHtml(html))).toBe(expected);
  });
});
