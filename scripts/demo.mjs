// The main job in a minute, without an account or network: Chromium with the built extension on
// the bundled sample creator pages (test/fixtures, served through request routing).
//   npm run demo                  with a display: the pages open, you click the Creator Lens icon
//   npm run demo -- --headless    (automatic without a display) scores a TikTok, an Instagram and
//                                 a YouTube creator, saves them, opens the shortlist and a detail
//                                 view, and writes a screenshot of each step to demo-screenshots/;
//                                 then switches the UI to Simplified Chinese (as the options do) and
//                                 shoots the score card, the shortlist and the detail view again
//   --out DIR                     where the screenshots go
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SAMPLES = {
  'https://www.tiktok.com/@lena.makeup': 'test/fixtures/tiktok/profile-universal-2025-06.html',
  'https://www.instagram.com/lena.park/': 'test/fixtures/instagram/profile-rendered-header-2025-06.html',
  'https://www.youtube.com/@orbitlab/videos': 'test/fixtures/youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html',
  'https://www.tiktok.com/@nora.runs': 'test/fixtures/tiktok/profile-dom-only-2024-03.html',
  'https://www.tiktok.com/@quiet.garden': 'test/fixtures/tiktok/profile-private-2025-06.html',
  'https://www.tiktok.com/@lena.makeup/video/7301000000000001111': 'test/fixtures/tiktok/video-universal-2025-06.html',
  'https://www.instagram.com/p/DJx7Qm2sT1a/': 'test/fixtures/instagram/post-2025-06.html',
  'https://www.youtube.com/watch?v=kLabWatch01': 'test/fixtures/youtube/watch-2026-06.html',
};
/** The creators the headless run scores and saves, one per platform. */
const JOURNEY = [
  ['tiktok', 'https://www.tiktok.com/@lena.makeup', 'Good fit for the spring launch; asked for rates'],
  ['instagram', 'https://www.instagram.com/lena.park/', '适合春季新品，等待报价'],
  ['youtube', 'https://www.youtube.com/@orbitlab/videos', 'Tech reviews; check audience country'],
];

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : 'demo-screenshots');
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const extension = resolve('.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(extension, 'manifest.json'))) throw new Error('No built extension: run `npm run demo` (it builds first) or `npm run build`.');
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);

const profile = mkdtempSync(join(tmpdir(), 'creator-lens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--disable-background-networking', ...(headless ? ['--no-sandbox', '--disable-gpu'] : [])],
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  const file = SAMPLES[url.split('#')[0]];
  if (file) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
  return /^(chrome|chrome-extension|data|blob):/.test(url) ? route.continue() : route.abort();
});

if (!headless) {
  for (const url of Object.keys(SAMPLES)) await (await context.newPage()).goto(url);
  console.log('Sample pages are open. Click the Creator Lens icon (puzzle menu), then Save to shortlist and Open shortlist. Close the window to quit.');
  await new Promise((done) => context.on('close', done));
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
mkdirSync(outDir, { recursive: true });
const shots = [];
/** The popup is shot as it opens (400 x 600, its first screen: Save is in a footer stuck to its foot); the other pages whole. */
const shoot = async (page, name, step, { fullPage = true } = {}) => {
  const path = join(outDir, name);
  await page.screenshot({ path, fullPage });
  shots.push(path);
  console.log(`${String(shots.length).padStart(2)}. ${step}: ${path}`);
};

/** Until every per-post chart has its bars (chart.js loads after the card; a placeholder keeps its place). */
const chartDrawn = (page) => page.locator('.post-chart .post-bars').first().waitFor({ state: 'detached' });

/** Opens the popup for the tab showing `url` (opening the page first when asked) and waits for the score card. */
const openPopup = async (url, { load }) => {
  if (load) {
    const page = await context.newPage();
    await page.goto(url);
    await page.bringToFront();
  } else {
    await context.pages().find((page) => page.url() === url)?.bringToFront();
  }
  const tabId = await worker.evaluate(async (address) => (await chrome.tabs.query({ url: address }))[0]?.id, url);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('grade').waitFor({ timeout: 15_000 });
  await chartDrawn(popup);
  return popup;
};
/** The shortlist with every saved row scored, then the first creator's detail view. */
const shootShortlist = async (dashboard, suffix) => {
  await dashboard.locator('tr[data-creator]').nth(JOURNEY.length - 1).waitFor();
  await dashboard.getByTestId('reading-figures').waitFor({ state: 'detached' });
  await shoot(dashboard, `${shots.length + 1}-shortlist${suffix}.png`, `the shortlist${suffix ? ` (${suffix.slice(1)})` : ''}`);
  await dashboard.locator('button[data-open]').first().click();
  await dashboard.locator('[data-detail] tr[data-component]').first().waitFor();
  await chartDrawn(dashboard);
  await shoot(dashboard, `${shots.length + 1}-creator-detail${suffix}.png`, `a creator in detail${suffix ? ` (${suffix.slice(1)})` : ''}`);
  await dashboard.keyboard.press('Escape');
};

try {
  for (const [platform, url, note] of JOURNEY) {
    const popup = await openPopup(url, { load: true });
    await popup.getByLabel('Note (optional)').fill(note);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await popup.getByTestId('save-status').waitFor();
    await shoot(popup, `${shots.length + 1}-${platform}-score-card.png`, `scored and saved ${url}`, { fullPage: false });
    await popup.close();
  }
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await shootShortlist(dashboard, '');

  // The same in Simplified Chinese: the setting the options page writes; open pages follow it.
  await worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { recordVisits: true, ...settings, language: 'zh_CN' } });
  });
  await dashboard.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await dashboard.reload();
  await shootShortlist(dashboard, '-zh');
  const popup = await openPopup(JOURNEY[0][1], { load: false });
  await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await shoot(popup, `${shots.length + 1}-${JOURNEY[0][0]}-score-card-zh.png`, 'the score card (zh)', { fullPage: false });
  console.log(`\nDone: ${shots.length} screenshots in ${outDir}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
