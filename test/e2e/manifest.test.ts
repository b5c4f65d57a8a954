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
const HOSTS = ['*://*.instagram.com/*', '*://*.tiktok.com/*', '*://*.youtube.com/*'];

describe('built Chrome manifest', () => {
  it('asks only for activeTab, contextMenus, scripting, storage and the three creator sites', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(HOSTS);
    expect(manifest.optional_permissions).toBeUndefined();
    for (const script of manifest.content_scripts ?? []) expect([...script.matches].sort()).toEqual(HOSTS);
  });

  it('opens no door for remote code or other extensions and pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a shortcut to score the page (the toolbar button) and one to open the shortlist', () => {
    expect(manifest.commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Score this creator' },
      'open-shortlist': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the shortlist' },
    });
  });

  it('puts "Score this creator" on the toolbar button', () => {
    expect(manifest.action).toEqual({ default_title: 'Score this creator', default_popup: 'popup.html' });
  });
});
