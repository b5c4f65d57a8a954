// Bundle sizes per entry of the built Chrome extension, minified and gzipped, against budgets.
//   npx tsx bench/bundle-size.ts   (after `npx wxt build`)
// An HTML page's size is every script it loads: the scripts its HTML names, the chunks they import,
// and the chunks they import later (the popup's app after its first look; chart.js after the card);
// the first part is given apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb, printTable, type Figure } from './report';

export const OUTPUT = '.output/chrome-mv3';

/**
 * Minified budgets in bytes. The one the product promises is the script that runs in creator
 * pages: each platform's page reader (there is no content script) under 50 KB. The pages' budgets
 * are today's sizes with a little room, so growth is noticed.
 */
export const BUDGETS: Record<string, number> = {
  'page reader (each)': 50 * 1024,
  popup: 800 * 1024,
  dashboard: 950 * 1024,
  options: 550 * 1024,
  background: 370 * 1024,
};

function scriptsOf(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
  return [...new Set(sources)].map((source) => source.replace(/^\//, ''));
}

/** The chunks a built script imports: at once (`import … from "./x.js"`), and later (`import("./x.js")` and Vite's preload lists). */
function importsOf(dir: string, file: string): { now: string[]; later: string[] } {
  const text = readFileSync(join(dir, file), 'utf8');
  const near = (path: string) => normalize(join(dirname(file), path));
  return {
    now: [...text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((match) => near(match[1]!)),
    later: [
      ...[...text.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g)].map((match) => near(match[1]!)),
      ...[...text.matchAll(/["'](chunks\/[^"']+\.js)["']/g)].map((match) => match[1]!),
    ],
  };
}

/** `files` and every chunk they import: at once only, or later too. */
function closure(dir: string, files: readonly string[], later: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const imports = importsOf(dir, file);
    for (const next of later ? [...imports.now, ...imports.later] : imports.now) visit(next);
  };
  files.forEach(visit);
  return [...seen];
}

function sizes(dir: string, files: readonly string[]): { minified: number; gzipped: number } {
  const bytes = files.map((file) => readFileSync(join(dir, file)));
  return { minified: bytes.reduce((sum, b) => sum + b.length, 0), gzipped: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) };
}

export function measureBundles(dir = OUTPUT): Figure[] {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npx wxt build\` first.`);
  const entries: Array<[string, string, string[]]> = [];
  // Scripts that run in the creator's page: the page readers, and any content script (none today).
  const contentDir = join(dir, 'content-scripts');
  const inPage = [
    ...readdirSync(dir).filter((name) => /^read-.*\.js$/.test(name)),
    ...(existsSync(contentDir) ? readdirSync(contentDir).filter((name) => name.endsWith('.js')).map((name) => `content-scripts/${name}`) : []),
  ];
  if (inPage.length === 0) throw new Error(`No page reader script in ${dir}`);
  for (const file of inPage) entries.push([`page reader ${file}`, 'page reader (each)', [file]]);
  entries.push(['background', 'background', ['background.js']]);
  const figures: Figure[] = entries.map(([what, budgetName, files]) => {
    const size = sizes(dir, files);
    const budget = BUDGETS[budgetName]!;
    return { what: `${what} (minified / gzipped)`, value: `${kb(size.minified)} / ${kb(size.gzipped)}`, target: `< ${kb(budget)} minified`, met: size.minified < budget };
  });
  for (const page of ['popup', 'dashboard', 'options']) {
    const scripts = scriptsOf(readFileSync(join(dir, `${page}.html`), 'utf8'));
    const first = sizes(dir, closure(dir, scripts, false));
    const all = sizes(dir, closure(dir, scripts, true));
    const budget = BUDGETS[page]!;
    figures.push({
      what: `${page}: all its scripts (minified / gzipped), of which loaded first`,
      value: `${kb(all.minified)} / ${kb(all.gzipped)}, first ${kb(first.minified)} / ${kb(first.gzipped)}`,
      target: `< ${kb(budget)} minified`,
      met: all.minified < budget,
    });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = measureBundles();
  printTable('Bundle sizes (Chrome build)', figures);
  process.exitCode = figures.every((figure) => figure.met !== false) ? 0 : 1;
}
