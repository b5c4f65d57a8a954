// The Firefox build passes Mozilla's own linter (web-ext lint, i.e. addons-linter) without errors,
// and asks for the same permissions as the Chrome build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve('.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) {
      throw new Error(`No Firefox build in ${FIREFOX_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`);
    }
    const run = spawnSync(resolve('node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      timeout: 50_000,
    });
    const report = JSON.parse(run.stdout) as { summary: { errors: number }; errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // Known warnings: React DOM's own innerHTML support (we never use it); any other is new.
    expect(report.warnings.filter((warning) => warning.code !== 'UNSAFE_VAR_ASSIGNMENT').map((warning) => `${warning.code}: ${warning.message}`)).toEqual([]);
  });

  it('declares that it collects no data, and has the same permissions and shortcuts as Chrome', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      permissions: string[];
      commands: Record<string, unknown>;
      sidebar_action?: { default_panel?: string };
      browser_specific_settings: { gecko: { data_collection_permissions: unknown } };
    };
    expect(manifest.manifest_version).toBe(2);
    expect([...manifest.permissions].sort()).toEqual(['*://*.instagram.com/*', '*://*.tiktok.com/*', '*://*.youtube.com/*', 'activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(Object.keys(manifest.commands).sort()).toEqual(['_execute_browser_action', 'open-shortlist', 'open-side-panel']);
    // Chrome's side panel is Firefox's sidebar, which needs no permission.
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
