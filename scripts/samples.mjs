// Opens Chromium with the built extension and the bundled sample creator pages, served
// from test/fixtures through request routing: try Creator Lens without an account or network.
// Usage: npm run samples   (builds first; needs a display and Debian's chromium)
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SAMPLES = {
  'https://www.tiktok.com/@lena.makeup': 'test/fixtures/tiktok/profile-universal-2025-06.html',
  'https://www.tiktok.com/@nora.runs': 'test/fixtures/tiktok/profile-dom-only-2024-03.html',
  'https://www.tiktok.com/@quiet.garden': 'test/fixtures/tiktok/profile-private-2025-06.html',
  'https://www.tiktok.com/@tiktok': 'test/fixtures/tiktok/profile-next-data-2021-01.html',
  'https://www.tiktok.com/@lena.makeup/video/7301000000000001111': 'test/fixtures/tiktok/video-universal-2025-06.html',
  'https://www.instagram.com/lena.park/': 'test/fixtures/instagram/profile-rendered-header-2025-06.html',
  'https://www.instagram.com/p/DJx7Qm2sT1a/': 'test/fixtures/instagram/post-2025-06.html',
  'https://www.youtube.com/@orbitlab/videos': 'test/fixtures/youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html',
  'https://www.youtube.com/watch?v=kLabWatch01': 'test/fixtures/youtube/watch-2026-06.html',
};
const extension = resolve('.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(extension, 'manifest.json'))) throw new Error('Build first: npm run build');
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium`);
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here. `npm test` runs the same journey in headless Chromium and saves screenshots to test/e2e/artifacts/.');
  process.exit(0);
}

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'creator-lens-samples-')), {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--disable-background-networking'],
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  const file = SAMPLES[url.split('#')[0]];
  if (file) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
  return /^(chrome|chrome-extension|data|blob):/.test(url) ? route.continue() : route.abort();
});
for (const url of Object.keys(SAMPLES)) await (await context.newPage()).goto(url);
console.log('Sample pages are open. Click the Creator Lens icon (puzzle menu) and "Score this creator". Close the window to quit.');
await new Promise((done) => context.on('close', done));
