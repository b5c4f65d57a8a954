// The browser polyfill as the build gives it to the pages (scripts/polyfill-module.ts): the real
// webextension-polyfill, run as an ES module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsModule, polyfillModule } from '../../scripts/polyfill-module';

const polyfillFile = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(polyfillFile, 'utf8');
let loads = 0;

/** Evaluates the wrapped polyfill as a fresh module against the globals set up by the test. */
async function loadWrapped(): Promise<unknown> {
  // A comment makes each module text, and so each module, new.
  const module = `${polyfillAsModule(source)}// load ${++loads}\n`;
  return ((await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(module).toString('base64')}`)) as { default: unknown }).default;
}

const globals = globalThis as { chrome?: unknown; browser?: unknown };
const saved = { chrome: globals.chrome, browser: globals.browser };
afterEach(() => {
  globals.chrome = saved.chrome;
  globals.browser = saved.browser;
});

describe('the browser polyfill as an ES module', () => {
  it("gives the browser's own API object as it is, without looking into its namespaces", async () => {
    const looked: string[] = [];
    const own = { runtime: { id: 'creator-lens' }, tabs: {}, windows: {}, storage: {}, scripting: {} };
    globals.chrome = { runtime: { id: 'creator-lens' } };
    globals.browser = new Proxy(own, {
      ownKeys(target) {
        looked.push('ownKeys');
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, key) {
        looked.push(`descriptor ${String(key)}`);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      // Awaiting the module's answer asks it for `then`; the polyfill itself asks for `runtime`.
      get(target, key, receiver) {
        if (key !== 'runtime' && key !== 'then') looked.push(`get ${String(key)}`);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(await loadWrapped()).toBe(globals.browser);
    expect(looked).toEqual([]);
  });

  it("wraps chrome's callback APIs in promises where the browser has no API object of its own", async () => {
    delete globals.browser;
    const stored = { followers: 12_300 };
    globals.chrome = {
      runtime: { id: 'creator-lens', lastError: undefined },
      storage: { local: { get: (_keys: unknown, callback: (items: unknown) => void) => callback(stored) } },
    };
    const browser = (await loadWrapped()) as { storage: { local: { get: (keys: string) => Promise<unknown> } } };
    await expect(browser.storage.local.get('followers')).resolves.toEqual(stored);
  });

  it('outside an extension, fails as the polyfill does', async () => {
    delete globals.browser;
    delete globals.chrome;
    await expect(loadWrapped()).rejects.toThrow(/only be loaded in a browser extension/);
  });

  it("changes the polyfill's own file only", () => {
    const plugin = polyfillModule() as { transform: (code: string, id: string) => { code: string } | null };
    expect(plugin.transform(source, polyfillFile)?.code).toBe(polyfillAsModule(source));
    expect(plugin.transform(source, `${polyfillFile}?v=1`)?.code).toBe(polyfillAsModule(source));
    expect(plugin.transform('export const x = 1;', '/app/node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs')).toBeNull();
    expect(plugin.transform('export const x = 1;', '/app/lib/browser-polyfill.js')).toBeNull();
  });
});
