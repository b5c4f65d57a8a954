// The built manifest asks for exactly the permissions the README lists, and nothing that
// would let the extension load remote code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  content_scripts?: Array<{ matches: string[] }>;
  action?: { default_title?: string; default_popup?: string };
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const chinese = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/zh_CN/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The permissions table of the README's Privacy section: the first column of its rows. */
function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const privacy = readme.slice(readme.indexOf('## Privacy'));
  const table = privacy.slice(privacy.indexOf('| permission |'));
  const rows = table.slice(0, table.search(/\n\s*\n/)).split('\n').slice(2);
  return rows.map((row) => /^\s*\|\s*`([^`]+)`/.exec(row)?.[1] ?? `unreadable row: ${row}`);
}

/** A manifest string in English: "__MSG_key__" looked up in _locales/en. */
const inEnglish = (value: string | undefined) => value?.replace(/^__MSG_(\w+)__$/, (_, key: string) => messages[key]?.message ?? `missing ${key}`);

describe('built Chrome manifest', () => {
  const listed = readmePermissions();

  it('the README lists the permissions', () => {
    expect(listed.length).toBeGreaterThan(3);
    for (const entry of listed) expect(entry).not.toMatch(/^unreadable/);
  });

  it('asks for no permission and no host beyond the list in the README', () => {
    expect(manifest.manifest_version).toBe(3);
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) expect(listed).toContain(permission);
    for (const host of manifest.host_permissions ?? []) expect(listed).toContain(host);
    for (const script of manifest.content_scripts ?? []) for (const match of script.matches) expect(listed).toContain(match);
    // And the README lists nothing the manifest does not ask for.
    expect([...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])].sort()).toEqual([...listed].sort());
  });

  it('asks for unlimitedStorage, so the browser never clears the shortlist to free disk space', () => {
    expect(manifest.permissions).toContain('unlimitedStorage');
    expect(manifest.optional_permissions ?? []).not.toContain('unlimitedStorage');
  });

  it('opens no door for remote code or other extensions and pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a shortcut to score the page (the toolbar button), one to open the shortlist and one to open the side panel', () => {
    const commands = manifest.commands ?? {};
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', 'open-shortlist', 'open-side-panel']);
    expect(commands._execute_action!.suggested_key).toEqual({ default: 'Alt+Shift+S' });
    expect(inEnglish(commands._execute_action!.description)).toBe('Score this creator');
    expect(commands['open-shortlist']!.suggested_key).toEqual({ default: 'Alt+Shift+L' });
    expect(inEnglish(commands['open-shortlist']!.description)).toBe('Open the shortlist');
    expect(commands['open-side-panel']!.suggested_key).toEqual({ default: 'Alt+Shift+D' });
    expect(inEnglish(commands['open-side-panel']!.description)).toBe('Open the side panel');
  });

  it('has the side panel, following the tab beside it', () => {
    expect((manifest as { side_panel?: { default_path?: string } }).side_panel?.default_path).toBe('sidepanel.html');
  });

  it('puts "Score this creator" on the toolbar button', () => {
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(inEnglish(manifest.action?.default_title)).toBe('Score this creator');
  });

  it('has its name, description and shortcuts in English and Simplified Chinese', () => {
    expect(inEnglish((manifest as { name?: string }).name)).toBe('Creator Lens');
    expect((manifest as { default_locale?: string }).default_locale).toBe('en');
    for (const key of ['extName', 'extDescription', 'commandScore', 'commandShortlist']) {
      expect(messages[key]?.message.length).toBeGreaterThan(0);
      expect(chinese[key]?.message.length).toBeGreaterThan(0);
    }
    expect(chinese.extDescription!.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
