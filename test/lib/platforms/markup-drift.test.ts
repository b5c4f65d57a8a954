// Mutation fuzzing of the page readers. Every recorded page in test/fixtures is read at its own
// address in hundreds of damaged variants, each made from a seed: elements removed, duplicated or
// reordered; counts, attributes and numbers in the embedded data replaced by other text (other
// digits, huge numbers, minus signs, other scripts' digits); the embedded data cut short, or
// swapped for another creator's. Whatever the variant, the reading (lib/reading/read-page, with recognition
// and readiness) never throws; a snapshot passes SnapshotSchema; every count it reports is one the
// variant shows somewhere (as text, in an attribute or in its data), and never one that only the
// other creator's data holds; every main figure it could not read is named in `missing`.
// The variants are the same on every run. A failure names the case, the seed and the mutations.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { sentenceProblem } from '../../helpers/sentences';
import { parseCount, type CountRange } from '../../../lib/parse/count';
import { normalize } from '../../../lib/parse/locale-tables';
import { recognisePage, SITES } from '../../../lib/platforms';
import { pageLang } from '../../../lib/platforms/page';
import { readSitePage } from '../../../lib/reading/read-page';
import { parseResponse } from '../../../lib/reading/check';
import { ReadPageResponseSchema } from '../../../lib/schema/reading';
import { SnapshotSchema, type Count, type Snapshot } from '../../../lib/schema/snapshot';

/** Reads with the readers of all three sites, as the toolbar button does on any page. */
const readCurrentPage = (...args: [Document, () => string, () => number, number?]) => readSitePage(SITES, ...args);

const NOW = Date.UTC(2025, 5, 20, 9, 30);
/** Variants per recorded page; about 30 pages. */
const VARIANTS = Number(process.env.EXTRACT_MUTATION_VARIANTS ?? 200);
/**
 * Pages saved whole from the live sites (400 kB to 1.5 MB) cost a variant ten times what a written
 * page does: they get a quarter of the variants.
 */
const variantsOf = (html: string) => (html.length > 400_000 ? Math.ceil(VARIANTS / 4) : VARIANTS);
/** Change to explore other variants; failures print the seed of the variant that failed. */
const BASE_SEED = Number(process.env.EXTRACT_MUTATION_SEED ?? 20250620);

/** Each recorded page at the address it was recorded for. */
const CASES: [file: string, href: string][] = [
  ['tiktok/profile-universal-2025-06.html', 'https://www.tiktok.com/@lena.makeup'],
  ['tiktok/profile-sigi-2023-02.html', 'https://www.tiktok.com/@kai.cooks'],
  ['tiktok/profile-next-data-2021-01.html', 'https://www.tiktok.com/@tiktok'],
  ['tiktok/profile-dom-only-2024-03.html', 'https://www.tiktok.com/@nora.runs'],
  ['tiktok/profile-counts-missing-2025-06.html', 'https://www.tiktok.com/@mika.sketches'],
  ['tiktok/profile-private-2025-06.html', 'https://www.tiktok.com/@quiet.garden'],
  ['tiktok/profile-stale-json-2025-06.html', 'https://www.tiktok.com/@second.creator'],
  ['tiktok/video-universal-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111'],
  ['tiktok/video-dom-after-navigation-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111'],
  ['tiktok/video-next-data-2020-10.html', 'https://www.tiktok.com/@tiktok/video/6881450806688664838'],
  ['tiktok/profile-universal-browser-saved-2025-12.html', 'https://www.tiktok.com/@illojuan'],
  ['tiktok/video-universal-browser-saved-2025-12.html', 'https://www.tiktok.com/@illojuan/video/7571863205253778710'],
  ['tiktok/profile-seller-universal-2025-12.html', 'https://www.tiktok.com/@sol.market'],
  ['tiktok/profile-sigi-commerce-2023-02.html', 'https://www.tiktok.com/@bia.beleza'],
  ['instagram/profile-sharedData-2021-04.html', 'https://www.instagram.com/_tanshio_/'],
  ['instagram/profile-polaris-json-2025-06.html', 'https://www.instagram.com/lena.park/'],
  ['instagram/profile-rendered-header-2025-06.html', 'https://www.instagram.com/lena.park/'],
  ['instagram/profile-reels-tab-2025-06.html', 'https://www.instagram.com/mila.moves/reels/'],
  ['instagram/profile-meta-only-en-2025-06.html', 'https://www.instagram.com/lena.park/'],
  ['instagram/profile-meta-only-de-2025-06.html', 'https://www.instagram.com/alpen.kueche/'],
  ['instagram/profile-meta-only-pt-BR-2025-06.html', 'https://www.instagram.com/maquiagem.brasil_/'],
  ['instagram/profile-meta-only-ja-2025-06.html', 'https://www.instagram.com/sakura.cafe/'],
  ['instagram/profile-stale-2025-06.html', 'https://www.instagram.com/second.maker/'],
  ['instagram/post-2025-06.html', 'https://www.instagram.com/p/DJx7Qm2sT1a/'],
  ['instagram/post-meta-only-de-2025-06.html', 'https://www.instagram.com/p/DHk2Lm9pQr4/'],
  ['instagram/reel-2025-06.html', 'https://www.instagram.com/reel/DKr9Xy7uVw2/'],
  ['instagram/post-logged-out-2024-12.html', 'https://www.instagram.com/p/CPeC-Eenc8l/'],
  ['instagram/post-logged-out-es-2025-11.html', 'https://www.instagram.com/p/DQa1b2C3d4E/'],
  ['instagram/reel-logged-out-2026-03.html', 'https://www.instagram.com/reel/DPq4Rs5tUv6/'],
  ['instagram/profile-business-category-2025-06.html', 'https://www.instagram.com/kiri.ceramics/'],
  ['youtube/channel-c4TabbedHeader-videoRenderer-2023-12.html', 'https://www.youtube.com/@orbitlab/videos'],
  ['youtube/channel-dom-only-2026-04.html', 'https://www.youtube.com/@trailnotes/videos'],
  ['youtube/channel-pageHeaderViewModel-lockupViewModel-2026-05.html', 'https://www.youtube.com/@spielwerk/videos'],
  ['youtube/channel-shorts-tab-2025-03.html', 'https://www.youtube.com/@pocketchef/shorts'],
  ['youtube/channel-stale-data-2026-05.html', 'https://www.youtube.com/@secondcreator'],
  ['youtube/watch-2026-06.html', 'https://www.youtube.com/watch?v=kLabWatch01'],
  ['youtube/watch-dom-only-2026-03.html', 'https://www.youtube.com/watch?v=tkyBento123'],
  ['youtube/shorts-2026-02.html', 'https://www.youtube.com/shorts/chefShort01'],
  ['youtube/watch-lockupViewModel-en-2025-12.html', 'https://www.youtube.com/watch?v=fJ9rUzIMcZQ'],
  ['youtube/channel-home-shelves-2026-01.html', 'https://www.youtube.com/@saborlento'],
  ['youtube/channel-videos-tab-unnamed-2025-09.html', 'https://www.youtube.com/@bikeshedworks/videos'],
  ['youtube/channel-about-store-2025-11.html', 'https://www.youtube.com/@tallercobre/about'],
  ['tiktok/video-unavailable-2026-12.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000009999'],
  ['youtube/watch-unavailable-2026-12.html', 'https://www.youtube.com/watch?v=gOnEvIdEo01'],
  ['instagram/post-unavailable-2026-12.html', 'https://www.instagram.com/p/DGoNe123abc/'],
];

// ---- Seeded randomness ----------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

// Decimal digit blocks of other scripts: Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
const inScript = (text: string, zero: number) => text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
const digits = (random: Random, length: number) => Array.from({ length }, (_, i) => String(i === 0 ? int(random, 1, 9) : int(random, 0, 9))).join('');
const UNITS = ['', '', 'K', 'M', 'B', 'k', 'm', '万', '億', ' Mio.', ' mil', ' million', ' tys.', ' млн', 'लाख', ' Follower', ' views', '人'];
const LANGS = ['en', 'de', 'es', 'pt-BR', 'ja', 'zh-CN', 'ar-EG', 'hi', 'fr', 'ru'];

/** Text to put where a count, a label or an attribute was. */
function randomText(random: Random, original: string): string {
  switch (int(random, 0, 11)) {
    case 11: // long: names, bios, captions, handles and links beyond every limit
      return pick(random, [
        'x'.repeat(int(random, 200, 70_000)),
        Array.from({ length: int(random, 50, 400) }, (_, i) => `#tag${i} @user_${i}`).join(' '),
        `https://example.com/${'a/'.repeat(int(random, 1000, 3000))}`,
        `${original} `.repeat(int(random, 20, 200)),
        `@${'a'.repeat(int(random, 30, 300))}`,
      ]);
    case 10: // dates: far past, future, before 1970, out of range
      return pick(random, [
        `${pick(random, ['Lena · ', '', 'Streamed '])}${int(random, 0, 9) ** int(random, 1, 7)} ${pick(random, ['years', 'months', 'weeks', 'days', 'hours', 'y', 'd'])} ago`,
        `vor ${int(random, 1, 5000)} Jahren`,
        `${int(random, 1, 3000)}年前`,
        'in 3 days',
        'tomorrow',
        `${int(random, 1000, 9999)}-${int(random, 0, 13)}-${int(random, 0, 32)}`,
        `${int(random, 1, 31)} Aug ${int(random, 1800, 3000)}`,
        '1969-12-31T23:59:59Z',
        '-000001-01-01T00:00:00Z',
        '+275760-09-13T00:00:00Z',
        `Lena · ${int(random, 1, 12)}-${int(random, 1, 31)}`,
      ]);
    case 0: // the same shape with other digits
      return original.replace(/\d/g, () => String(int(random, 0, 9)));
    case 1:
      return digits(random, int(random, 1, 12));
    case 2: {
      const whole = String(int(random, 1, 999));
      return `${whole}${chance(random, 0.5) ? `.${int(random, 0, 9)}` : ''}${pick(random, UNITS)}`;
    }
    case 3:
      return new Intl.NumberFormat(pick(random, LANGS), chance(random, 0.5) ? { notation: 'compact' } : {}).format(int(random, 0, 2e9));
    case 4: // huge
      return pick(random, ['9'.repeat(int(random, 16, 30)), '1e21', '123456789012345678901234567890', 'Infinity', `${digits(random, 17)}K`, '99999999999B']);
    case 5: // negative
      return `${pick(random, ['-', '−', '- ', '–'])}${pick(random, [digits(random, int(random, 1, 7)), original])}`;
    case 6: // other scripts' digits
      return inScript(chance(random, 0.5) ? original : new Intl.NumberFormat('en-US').format(int(random, 0, 1e8)), pick(random, DIGIT_ZEROS));
    case 7:
      return pick(random, ['', ' ', 'lots', 'Followers', 'NaN', '—', '0', '00', '1,2,3', '1.2.3M', '12X', '\u200f1,234\u200f', '1\u00a0234\u00a0567']);
    case 8: // another creator's handle or address
      return pick(random, ['@someone.else', '/someone.else/', 'https://www.tiktok.com/@someone.else/video/7000000000000000001', '/p/DZz9999999z/', '/@otherchannel', 'UCzzzzzzzzzzzzzzzzzzzzzz']);
    default: // any characters
      return Array.from({ length: int(random, 0, 12) }, () => String.fromCodePoint(pick(random, [int(random, 0x20, 0x7e), int(random, 0xa0, 0x2fff), int(random, 0x4e00, 0x4fff), int(random, 0x1f300, 0x1f5ff)]))).join('');
  }
}

// ---- The pages and their data ---------------------------------------------------------------

/** Inline scripts with content: where the pages keep their data. */
const dataScripts = (doc: Document) => Array.from(doc.querySelectorAll('script:not([src])')).filter((script) => (script.textContent ?? '').trim() !== '');

/** The elements that may be removed, duplicated or reordered (not the document's frame). */
const movable = (doc: Document) => Array.from(doc.querySelectorAll('*')).filter((element) => !['HTML', 'HEAD', 'BODY'].includes(element.tagName));

/** The text nodes a reader sees, not those of scripts and styles. */
function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') nodes.push(node as Text);
  }
  return nodes;
}

interface Donor {
  file: string;
  scripts: Element[];
}

/** A change to the page: what it did, and how to take it back (the page is parsed once and reused). */
type Change = { done: string; undo: () => void };
type Mutation = (doc: Document, random: Random) => Change | null;

/** Replaces a script by a copy with other text: a new element, as a page that rewrites its data would have. */
function rewriteScript(script: Element, text: string): () => void {
  const copy = script.cloneNode(false) as Element;
  copy.textContent = text;
  script.replaceWith(copy);
  return () => copy.replaceWith(script);
}

const MUTATIONS: [weight: number, name: string, mutate: Mutation][] = [
  [3, 'remove', (doc, random) => {
    const element = pick(random, movable(doc));
    if (!element) return null;
    const [parent, next] = [element.parentNode!, element.nextSibling];
    element.remove();
    return { done: `removed <${element.tagName.toLowerCase()}>`, undo: () => void parent.insertBefore(element, next) };
  }],
  [2, 'duplicate', (doc, random) => {
    const element = pick(random, movable(doc));
    if (!element) return null;
    const copy = element.cloneNode(true) as Element;
    element.after(copy);
    return { done: `duplicated <${element.tagName.toLowerCase()}>`, undo: () => copy.remove() };
  }],
  [1, 'duplicate many', (doc, random) => {
    // Small elements only (a grid item, a count, a comment), a few dozen times.
    const small = movable(doc).filter((element) => element.getElementsByTagName('*').length <= 12);
    const element = small.length > 0 ? pick(random, small) : null;
    if (!element) return null;
    const copies = Array.from({ length: int(random, 2, 30) }, () => element.cloneNode(true) as Element);
    element.after(...copies);
    return { done: `${copies.length} copies of <${element.tagName.toLowerCase()}>`, undo: () => copies.forEach((copy) => copy.remove()) };
  }],
  [2, 'reorder', (doc, random) => {
    const parents = Array.from(doc.querySelectorAll('*')).filter((element) => element.children.length >= 2);
    const parent = parents.length > 0 ? pick(random, parents) : null;
    if (!parent) return null;
    const before = Array.from(parent.childNodes);
    const children = [...before];
    for (let i = children.length - 1; i > 0; i--) {
      const j = int(random, 0, i);
      [children[i], children[j]] = [children[j]!, children[i]!];
    }
    parent.replaceChildren(...children);
    return { done: `reordered the children of <${parent.tagName.toLowerCase()}>`, undo: () => parent.replaceChildren(...before) };
  }],
  [4, 'text', (doc, random) => {
    const nodes = textNodes(doc);
    const withDigits = nodes.filter((node) => /\d/.test(node.data));
    const node = withDigits.length > 0 && chance(random, 0.8) ? pick(random, withDigits) : pick(random, nodes);
    if (!node) return null;
    const before = node.data;
    node.data = randomText(random, before);
    return { done: `text ${JSON.stringify(before.slice(0, 40))} -> ${JSON.stringify(node.data)}`, undo: () => void (node.data = before) };
  }],
  [3, 'attribute', (doc, random) => {
    const elements = Array.from(doc.querySelectorAll('*')).filter((element) => element.attributes.length > 0);
    const withDigits = elements.filter((element) => Array.from(element.attributes).some((attribute) => /\d/.test(attribute.value)));
    const element = withDigits.length > 0 && chance(random, 0.7) ? pick(random, withDigits) : pick(random, elements);
    if (!element) return null;
    const { name, value: before } = pick(random, Array.from(element.attributes));
    const value = randomText(random, before);
    element.setAttribute(name, value);
    return { done: `<${element.tagName.toLowerCase()} ${name}> ${JSON.stringify(before.slice(0, 40))} -> ${JSON.stringify(value)}`, undo: () => element.setAttribute(name, before) };
  }],
  [3, 'data number', (doc, random) => {
    const scripts = dataScripts(doc).filter((script) => /\d/.test(script.textContent ?? ''));
    const script = scripts.length > 0 ? pick(random, scripts) : null;
    if (!script) return null;
    const text = script.textContent ?? '';
    const run = pick(random, Array.from(text.matchAll(/\d+/g)));
    const replacement = pick(random, [digits(random, int(random, 1, 9)), digits(random, int(random, 10, 16)), `-${digits(random, int(random, 1, 6))}`, '9'.repeat(int(random, 16, 25)), `${int(random, 0, 99)}.${int(random, 0, 9)}`, '1e21', '0']);
    const undo = rewriteScript(script, text.slice(0, run.index) + replacement + text.slice(run.index + run[0].length));
    return { done: `data number ${run[0]} -> ${replacement}`, undo };
  }],
  [2, 'cut data', (doc, random) => {
    const scripts = dataScripts(doc);
    const script = scripts.length > 0 ? pick(random, scripts) : null;
    if (!script) return null;
    const text = script.textContent ?? '';
    const at = int(random, 0, text.length - 1);
    return { done: `data cut at ${at} of ${text.length}`, undo: rewriteScript(script, text.slice(0, at)) };
  }],
];
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, [weight]) => sum + weight, 0);

function pickMutation(random: Random): [string, Mutation] {
  let roll = random() * TOTAL_WEIGHT;
  for (const [weight, name, mutate] of MUTATIONS) {
    roll -= weight;
    if (roll < 0) return [name, mutate];
  }
  return [MUTATIONS[0]![1], MUTATIONS[0]![2]];
}

/** Replaces the page's data scripts by another page's; the scripts put in, and how to take them out. */
function swapData(doc: Document, donor: Donor): { added: Set<Element>; undo: () => void } {
  const own = dataScripts(doc);
  const anchor = own[0] ?? null;
  const added = new Set<Element>();
  for (const source of donor.scripts) {
    const script = doc.importNode(source, true) as Element;
    if (anchor) anchor.before(script);
    else doc.body.append(script);
    added.add(script);
  }
  const places = own.map((script) => {
    const place = [script, script.parentNode!, script.nextSibling] as const;
    script.remove();
    return place;
  });
  const undo = () => {
    for (const [script, parent, next] of places.reverse()) parent.insertBefore(script, next);
    for (const script of added) script.remove();
  };
  return { added, undo };
}

// ---- What a count may be ---------------------------------------------------------------------

/** What a piece of text can stand for: every integer and every figure that starts in it. */
const figureCache = new Map<string, CountRange[]>();
function figuresIn(text: string, langs: readonly (string | null)[]): CountRange[] {
  const key = `${langs.join('|')}\u0000${text}`;
  const cached = figureCache.get(key);
  if (cached) return cached;
  const found: CountRange[] = [];
  for (const match of text.matchAll(/(?<!\p{Nd})\p{Nd}+/gu)) {
    const run = Number(normalize(match[0]));
    if (Number.isSafeInteger(run)) found.push({ value: run, min: run, max: run });
    const from = text.slice(match.index, match.index + 48);
    // The figure with what follows it, and with a unit glued to a label ("12Kfollowers" shows 12K).
    const figure = /^\p{Nd}(?:[\p{Nd}.,'’٫٬\u00a0\u202f ]*\p{Nd})?/u.exec(from)![0];
    const glued = /^[^\s\p{Nd},、，،]{0,6}/u.exec(from.slice(figure.length))![0];
    const readings = [from, ...Array.from(glued, (_, i) => figure + glued.slice(0, i + 1))];
    for (const lang of langs) {
      for (const reading of readings) {
        const range = parseCount(reading, lang);
        if (range) found.push(range);
      }
    }
  }
  figureCache.set(key, found);
  return found;
}

/** The figures in a script's text and in the strings of its data (escaped in the text: "1.2\u00a0M"). */
const dataCache = new Map<string, CountRange[]>();
function figuresInData(text: string, langs: readonly (string | null)[]): CountRange[] {
  const key = `${langs.join('|')}\u0000${text}`;
  let found = dataCache.get(key);
  if (!found) {
    found = [text, ...jsonStrings(text)].filter((part) => /\p{Nd}/u.test(part)).flatMap((part) => figuresIn(part, langs));
    dataCache.set(key, found);
  }
  return found;
}

function jsonStrings(text: string): string[] {
  const strings: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  for (const candidate of [text, text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)]) {
    try {
      visit(JSON.parse(candidate));
      break;
    } catch {
      // not JSON as a whole: the figures in its text are read below all the same
    }
  }
  return strings;
}

/** Every figure a page shows or holds, leaving out the elements in `except` (another creator's data). */
function evidence(doc: Document, except: ReadonlySet<Element>): { values: Set<number>; ranges: Set<string> } {
  const lang = pageLang(doc);
  const langs = [...new Set([lang, null, 'en'])];
  const values = new Set<number>();
  const ranges = new Set<string>();
  const addAll = (found: readonly CountRange[]) => {
    for (const range of found) {
      values.add(range.value);
      ranges.add(`${range.min}..${range.max}`);
    }
  };
  const add = (text: string | null | undefined) => {
    if (text && /\p{Nd}/u.test(text)) addAll(figuresIn(text, langs));
  };
  // Children before their parents, so that each element's shown text is built from its children's.
  const elements = Array.from(doc.querySelectorAll('*')).reverse();
  const foreign = new Set<Element>();
  for (const element of except) for (const inside of [element, ...Array.from(element.querySelectorAll('*'))]) foreign.add(inside);
  // The text an element shows runs its text nodes together: <span>1.2</span><span>M</span> shows "1.2M".
  const shown = new Map<Element, string | null>();
  for (const element of elements) {
    if (foreign.has(element)) continue;
    for (const attribute of Array.from(element.attributes)) add(attribute.value);
    const data = element.tagName === 'SCRIPT' || element.tagName === 'STYLE';
    let text: string | null = '';
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        const node = (child as CharacterData).data;
        if (data) addAll(figuresInData(node, langs));
        else add(node);
        if (text !== null) text += node;
      } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const inner = shown.get(child as Element);
        text = text === null || inner === null || inner === undefined ? null : text + inner;
      }
      if (text !== null && text.length > 80) text = null;
    }
    shown.set(element, data ? null : text);
    if (text !== null && element.childNodes.length > 1) add(text);
  }
  return { values, ranges };
}

/**
 * Where the unharmed page shows or holds each figure: text nodes, attributes, data scripts, the text
 * of small elements. A count a variant reports is explained at once when one of these is still in
 * the page as it was; only the others are looked for in the whole variant (which costs more).
 */
type Support = { node: Node; read: () => string | null; text: string };
function supportsOf(doc: Document): Map<string, Support[]> {
  const langs = [...new Set([pageLang(doc), null, 'en'])];
  const supports = new Map<string, Support[]>();
  const note = (found: readonly CountRange[], support: Support) => {
    for (const range of found) {
      for (const key of [`v${range.value}`, `r${range.min}..${range.max}`]) {
        const list = supports.get(key) ?? [];
        if (!list.includes(support)) list.push(support);
        supports.set(key, list);
      }
    }
  };
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (/\p{Nd}/u.test(value)) note(figuresIn(value, langs), { node: element, read: () => element.getAttribute(name), text: value });
    }
    const data = element.tagName === 'SCRIPT' || element.tagName === 'STYLE';
    if (data) {
      const text = element.textContent ?? '';
      note(figuresInData(text, langs), { node: element, read: () => element.textContent, text });
      continue;
    }
    for (const child of Array.from(element.childNodes)) {
      const text = child.nodeType === 3 ? (child as CharacterData).data : '';
      if (/\p{Nd}/u.test(text)) note(figuresIn(text, langs), { node: child, read: () => (child as CharacterData).data, text });
    }
    const shown = element.textContent ?? '';
    if (element.childNodes.length > 1 && shown.length <= 80 && /\p{Nd}/u.test(shown) && !element.querySelector('script, style')) {
      note(figuresIn(shown, langs), { node: element, read: () => element.textContent, text: shown });
    }
  }
  return supports;
}

/** Whether the unharmed page's support for `count` is still in the variant, unchanged. */
function stillShown(count: Count, supports: ReadonlyMap<string, Support[]>): boolean {
  for (const key of [`v${count.value}`, `r${count.min}..${count.max}`]) {
    for (const support of supports.get(key) ?? []) {
      if (support.node.isConnected && support.read() === support.text) return true;
    }
  }
  return false;
}

const CREATOR_COUNTS = ['followers', 'following', 'totalLikes', 'postCount'] as const;
const POST_COUNTS = ['views', 'likes', 'comments', 'shares', 'saves'] as const;

/** Every count of the snapshot with where it is. */
function countsOf(snapshot: Snapshot): [string, Count][] {
  const counts: [string, Count][] = [];
  for (const field of CREATOR_COUNTS) {
    const count = snapshot.creator[field];
    if (count) counts.push([`creator.${field}`, count]);
  }
  snapshot.posts.forEach((post, i) => {
    for (const field of POST_COUNTS) {
      const count = post[field];
      if (count) counts.push([`posts[${i}].${field} (${post.id})`, count]);
    }
  });
  return counts;
}

const describeCount = (count: Count) => `${count.value} [${count.min}..${count.max}] from ${count.source}${count.shown === undefined ? '' : ` "${count.shown}"`}`;

// ---- One variant --------------------------------------------------------------------------

interface Variant {
  seed: number;
  mutations: string[];
  problems: string[];
}

/** Identity tokens of a page: a donor naming any of them is the same creator or post, not another. */
function namesAny(scripts: readonly string[], tokens: readonly string[]): boolean {
  const text = scripts.join('\n').toLowerCase();
  return tokens.some((token) => {
    const name = token.toLowerCase();
    return text.includes(`"${name}"`) || text.includes(`/${name}/`) || text.includes(`/${name}"`) || new RegExp(`@${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9_.])`).test(text);
  });
}

async function checkVariant(doc: Document, href: string, supports: ReadonlyMap<string, Support[]>, seed: number, donors: readonly Donor[]): Promise<Variant> {
  const random = prng(seed);
  const mutations: string[] = [];
  const undos: (() => void)[] = [];
  const swap = donors.length > 0 && chance(random, 0.2) ? pick(random, donors) : null;
  for (let count = int(random, 1, swap ? 2 : 4); count > 0; count--) {
    const [name, mutate] = pickMutation(random);
    const change = mutate(doc, random);
    mutations.push(change?.done ?? `${name}: nothing to do`);
    if (change) undos.push(change.undo);
  }
  // The swap comes last, so the other creator's data is as that page had it.
  let foreign = new Set<Element>();
  if (swap) {
    const swapped = swapData(doc, swap);
    foreign = swapped.added;
    undos.push(swapped.undo);
    mutations.push(`data swapped for that of ${swap.file}`);
  }
  try {
    return { seed, mutations, problems: await problemsOf(doc, href, supports, foreign, swap !== null) };
  } finally {
    for (const undo of undos.reverse()) undo();
  }
}

async function problemsOf(doc: Document, href: string, supports: ReadonlyMap<string, Support[]>, foreign: ReadonlySet<Element>, swapped: boolean): Promise<string[]> {
  const problems: string[] = [];
  let response;
  try {
    response = await readCurrentPage(doc, () => href, () => NOW, 1);
  } catch (error) {
    return [`reading threw: ${error instanceof Error ? error.stack : String(error)}`];
  }
  const checked = ReadPageResponseSchema.safeParse(response);
  if (!checked.success) {
    // A damaged number that became an impossible one (a count above a trillion, a date before the
    // platform existed) is refused where the answer is received, with its field named: never stored.
    const received = parseResponse(response);
    if (!received.ok && typeof received.error.message !== 'string' && received.error.message.key === 'pg_readingOutOfBounds') return problems;
  }
  if (!checked.success) problems.push(`the answer fails the schema: ${JSON.stringify(checked.error.issues).slice(0, 600)}`);
  if (!response.ok) {
    const { code, message } = response.error;
    // An extractor may refuse a page with a PageError that says why; anything else is a crash.
    if (code !== 'extract-failed' || typeof message === 'string' || message.key === 'pg_readFailed') problems.push(`reading failed: ${code} ${JSON.stringify(message)}`);
    const sentence = sentenceProblem(message);
    if (sentence) problems.push(`the failure is not a sentence: ${sentence}`);
    return problems;
  }
  const { snapshot } = response;

  // Every main figure that is not there is named in `missing`.
  const missing = new Set(snapshot.missing.map((entry) => entry.field));
  const listed = `[${[...missing].join(', ')}]`;
  for (const field of CREATOR_COUNTS) {
    if (snapshot.creator[field] === null && !missing.has(field)) problems.push(`creator.${field} is null but not in missing ${listed}`);
  }
  if (snapshot.posts.length === 0 && !missing.has('posts')) problems.push(`no posts, but "posts" is not in missing ${listed}`);
  if (snapshot.pageKind === 'post') {
    const post = snapshot.posts[0];
    if (post && post.likes === null && !missing.has('posts.likes') && !missing.has('likes')) problems.push(`the post's likes are null but not in missing ${listed}`);
  }
  for (const entry of snapshot.missing) {
    const sentence = sentenceProblem(entry.reason);
    if (sentence) problems.push(`missing ${entry.field}: ${sentence}`);
  }

  // Every count is one the page shows or holds; after a swap, not one only the other creator's data holds.
  const counts = countsOf(snapshot).filter(([, count]) => !stillShown(count, supports));
  if (counts.length > 0) {
    const page = evidence(doc, foreign);
    for (const [where, count] of counts) {
      if (!page.values.has(count.value) && !page.ranges.has(`${count.min}..${count.max}`)) {
        problems.push(`${where} = ${describeCount(count)} appears nowhere in the page${swapped ? " outside the other creator's data" : ''}`);
      }
    }
  }
  return problems;
}

// ---- The runs ------------------------------------------------------------------------------

function identityTokens(href: string): string[] {
  const support = recognisePage(href);
  if (!support.supported) return [];
  const { key, creatorHandle } = support.reader;
  const parts = key.replace(/^(video|post|watch|shorts):?/, '').split(/[/:@]/).filter((part) => part.length > 2 && !['featured', 'videos', 'shorts', 'channel'].includes(part));
  return [...new Set([...parts, ...(creatorHandle ? [creatorHandle] : [])])];
}

// Moving a <script src> puts it into the document again, and happy-dom, which loads no scripts,
// would report each one as a failed load on the console.
const happyDom = (globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM;
if (happyDom) happyDom.settings.handleDisabledFileLoadingAsSuccess = true;

describe('page readers on damaged pages', () => {
  const pages = CASES.map(([file, href]) => ({ file, href, html: fixture(file), platform: file.split('/')[0]! }));

  it.each(pages.map((page, index) => [page.file, page, index] as const))('%s', { timeout: 120_000 }, async (_file, page, index) => {
    const doc = parseHtml(page.html);
    const pristine = doc.documentElement.outerHTML;
    // The creator or post the page names as read unharmed: a donor naming them is not another creator.
    const unharmed = await readCurrentPage(doc, () => page.href, () => NOW, 1);
    const tokens = [...identityTokens(page.href), ...(unharmed.ok ? [unharmed.snapshot.creator.handle] : [])];
    const donors: Donor[] = pages
      .filter((other) => other.platform === page.platform && other.file !== page.file)
      .map((other) => ({ file: other.file, scripts: dataScripts(parseHtml(other.html)) }))
      .filter((donor) => donor.scripts.length > 0 && !namesAny(donor.scripts.map((script) => script.textContent ?? ''), tokens));
    const supports = supportsOf(doc);
    const failures: Variant[] = [];
    const variants = variantsOf(page.html);
    for (let i = 0; i < variants; i++) {
      const variant = await checkVariant(doc, page.href, supports, BASE_SEED + index * 100_000 + i, donors);
      if (variant.problems.length > 0) failures.push(variant);
      // The harness itself: every variant is taken back before the next.
      if (i % 50 === 49) expect(doc.documentElement.outerHTML, `page not restored after seed ${variant.seed}: ${variant.mutations.join('; ')}`).toBe(pristine);
    }
    const report = failures.slice(0, 8).map((variant) => `seed ${variant.seed}: ${variant.mutations.join('; ')}\n    ${variant.problems.join('\n    ')}`);
    expect(report, `${failures.length} of ${variants} variants of ${page.file} at ${page.href} went wrong`).toEqual([]);
  });
});

// Variants the fuzzing found, kept as plain cases.
describe('found by the fuzzing', () => {
  const read = async (file: string, href: string, edit: (doc: Document) => void) => {
    const doc = parseHtml(fixture(file));
    edit(doc);
    const response = await readCurrentPage(doc, () => href, () => NOW, 1);
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    return response.snapshot;
  };
  const following = (text: string) => (doc: Document) => {
    const span = doc.querySelector('header a[href$="/following/"] span span');
    if (span) span.textContent = text;
  };

  it('a TikTok video page without its data names the author figures it could not read in `missing`', async () => {
    // Every variant of this page: following, total likes and video count were null and not named.
    const snapshot = await read('tiktok/video-dom-after-navigation-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', () => {});
    const missing = snapshot.missing.map((entry) => entry.field);
    for (const field of ['followers', 'following', 'totalLikes', 'postCount'] as const) {
      expect(snapshot.creator[field], field).toBeNull();
      expect(missing, field).toContain(field);
    }
  });

  it('a relative date too far back for a Count (before 1970) is unreadable, not an invalid snapshot', async () => {
    // TikTok's author line under a video: "Lena · vor 2488 Jahren".
    const tiktok = await read('tiktok/video-dom-after-navigation-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', (doc) => {
      const line = doc.querySelector('[data-e2e="browser-nickname"] span:last-child');
      if (line) line.textContent = 'vor 2488 Jahren';
    });
    // Instagram's <time> without a readable datetime, as text only (the same reading, not found by the fuzzing).
    const instagram = await read('instagram/post-2025-06.html', 'https://www.instagram.com/p/DJx7Qm2sT1a/', (doc) => {
      for (const script of doc.querySelectorAll('script')) script.remove();
      for (const time of doc.querySelectorAll('time')) {
        time.setAttribute('datetime', '');
        time.removeAttribute('title');
        time.textContent = '80 years ago';
      }
    });
    for (const snapshot of [tiktok, instagram]) {
      const checked = SnapshotSchema.safeParse(snapshot);
      expect(checked.success, `${snapshot.platform}: ${JSON.stringify(checked.error?.issues)}`).toBe(true);
      expect(snapshot.posts[0]?.publishedAt, snapshot.platform).toBeNull();
      expect(snapshot.missing.map((entry) => entry.field), snapshot.platform).toContain('posts.publishedAt');
    }
  });

  it('a timestamp in the data too large for milliseconds is unreadable, not an invalid snapshot', async () => {
    const inScripts = (from: string, to: string) => (doc: Document) => {
      for (const script of doc.querySelectorAll('script')) script.textContent = (script.textContent ?? '').replace(from, to);
    };
    const tiktok = await read('tiktok/video-universal-2025-06.html', 'https://www.tiktok.com/@lena.makeup/video/7301000000000001111', inScripts('"createTime": 1748430000', '"createTime": 8121259342888584'));
    const instagram = await read('instagram/reel-2025-06.html', 'https://www.instagram.com/reel/DKr9Xy7uVw2/', inScripts('"taken_at":1748880000', '"taken_at":276799567478250'));
    for (const snapshot of [tiktok, instagram]) {
      const checked = SnapshotSchema.safeParse(snapshot);
      expect(checked.success, `${snapshot.platform}: ${JSON.stringify(checked.error?.issues)}`).toBe(true);
      // Not the data's figure: that is no instant; the page's own date text, or unknown.
      expect(snapshot.posts[0]?.publishedAt?.source ?? null, snapshot.platform).not.toBe('embedded-json');
    }
  });

  it('Instagram reads a header figure whole, whatever script its digits are in, never cut inside the number', async () => {
    // "198" and Thai "๘๕" run together (a span and a copy of it) were read as 1,988: a number cut in two.
    const mixed = await read('instagram/profile-stale-2025-06.html', 'https://www.instagram.com/second.maker/', following('198๘๕'));
    expect(mixed.creator.following?.value ?? null).not.toBe(1988);
    // Arabic-Indic, Persian and Devanagari digits, as parseCount reads them.
    for (const [shown, value] of [['١٬٢٣٤', 1234], ['۸۷۶', 876], ['१२३', 123]] as const) {
      const snapshot = await read('instagram/profile-stale-2025-06.html', 'https://www.instagram.com/second.maker/', following(shown));
      expect(snapshot.creator.following?.value, shown).toBe(value);
    }
  });
});
