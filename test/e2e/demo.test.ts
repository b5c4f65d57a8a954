// `npm run demo` on a machine without a display: the headless run scores a creator on each
// platform, saves them, opens the shortlist and a detail view, and leaves a screenshot of each step;
// then the same pages in Simplified Chinese.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'creator-lens-demo-shots-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the headless demo', () => {
  it('walks the main job and writes a screenshot of every step', () => {
    const run = spawnSync(process.execPath, ['scripts/demo.mjs', '--headless', '--out', out], { encoding: 'utf8', timeout: 90_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '1-tiktok-score-card.png',
      '2-instagram-score-card.png',
      '3-youtube-score-card.png',
      '4-shortlist.png',
      '5-creator-detail.png',
      '6-shortlist-zh.png',
      '7-creator-detail-zh.png',
      '8-tiktok-score-card-zh.png',
    ]);
    for (const file of readdirSync(out)) {
      const png = readFileSync(join(out, file));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // A page with content, not a blank frame.
      expect(png.length).toBeGreaterThan(20_000);
    }
    expect(run.stdout).toContain('scored and saved https://www.youtube.com/@orbitlab/videos');
    expect(run.stdout).toContain('Done: 8 screenshots');
  }, 120_000);
});
