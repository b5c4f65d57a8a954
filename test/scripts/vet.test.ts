// The command-line reader for saved pages: same extractors and scoring as the extension.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, savedPageUrl, vetPage } from '../../scripts/vet/report';
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

// Each case starts Node with tsx (about a second, more on a busy machine).
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
    const { status, stdout } = vet('--json', '--url', 'https://www.tiktok.com/@nora.runs', unmarked, unmarked);
    expect(status).toBe(0);
    const reports = JSON.parse(stdout) as Array<{ creator: { handle: string; posts: number | null } }>;
    expect(reports.map((report) => report.creator.handle)).toEqual(['nora.runs', 'nora.runs']);
    expect(reports[0]!.creator.posts).toBeNull();
  });

  it('exits 2 with a one-line reason for a page it cannot read, and prints no result for it', () => {
    const { status, stdout, stderr } = vet('--json', notACreator);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('example.html: This page is not a creator page');
    const noAddress = vet(unmarked);
    expect(noAddress.status).toBe(2);
    expect(noAddress.stderr).toContain('nora.html: no page address found in the file; pass it with --url');
  });

  it('prints a failure as its sentence, never a message key', () => {
    const file = saved('post.html', '<html><head><meta property="og:url" content="https://www.instagram.com/p/ABCDEFG/"></head><body></body></html>');
    const { status, stderr } = vet(file);
    expect(status).toBe(2);
    expect(stderr).toContain('post.html: could not be read (');
    expect(stderr).not.toMatch(/\bpg_[A-Za-z]+/);
  });

  it('prints a readable summary without --json', () => {
    const { status, stdout } = vet(savedProfile);
    expect(status).toBe(0);
    expect(stdout).toContain('莉娜 Lena @lena.makeup · TikTok profile · lena.html');
    expect(stdout).toContain('followers 48,213 · following 312 · likes 1,287,450 · posts 214');
    expect(stdout).toContain('score 66 (B) · confidence medium · tier Micro · 12 posts read · 5 of 13 checks ran');
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
