// Finds `var ytInitialData = {...};` and `var ytInitialPlayerResponse = {...};` in the page's
// inline scripts. The data describes the page YouTube first loaded; callers check it against
// the URL, because in-app navigation leaves it behind unchanged.
import { YOUTUBE_SELECTORS as S } from './selectors';

export type ScriptName = 'ytInitialData' | 'ytInitialPlayerResponse';

export interface PageScripts {
  initialData: unknown;
  playerResponse: unknown;
}

// Recorded pages hold ytInitialData of up to ~1 MB; anything far larger is not what we look for.
const MAX_SCRIPT_CHARS = 8_000_000;
const MAX_SCRIPTS = 400;

// The readiness check and the reading each ask for the page's data: a script's megabyte of JSON is
// parsed once (a 300-video channel's extraction 1.07x slower in the page without; paired, 40 runs).
// Kept per script element and its text's length, since YouTube may refill a script in place.
const cache = new WeakMap<Element, { length: number; values: Map<ScriptName, unknown> }>();

export function readPageScripts(doc: Document): PageScripts {
  const found: Record<ScriptName, unknown> = { ytInitialData: null, ytInitialPlayerResponse: null };
  const scripts = Array.from(doc.querySelectorAll(S.inlineScripts)).slice(0, MAX_SCRIPTS);
  for (const name of ['ytInitialData', 'ytInitialPlayerResponse'] as const) {
    for (const script of scripts) {
      const value = scriptValue(script, name);
      if (value !== null) {
        found[name] = value;
        break;
      }
    }
  }
  return { initialData: found.ytInitialData, playerResponse: found.ytInitialPlayerResponse };
}

/** The value assigned to `name` in one script, parsed once per script element. */
function scriptValue(script: Element, name: ScriptName): unknown {
  const text = script.textContent ?? '';
  let entry = cache.get(script);
  if (!entry || entry.length !== text.length) {
    entry = { length: text.length, values: new Map() };
    cache.set(script, entry);
  }
  if (entry.values.has(name)) return entry.values.get(name) ?? null;
  const value = text.length <= MAX_SCRIPT_CHARS && text.includes(name) ? assignedValue(text, name) : null;
  entry.values.set(name, value);
  return value;
}

/** `var name = {...}`, `window["name"] = {...}` or the mobile site's `var name = '\x7b…'`. */
export function assignedValue(text: string, name: ScriptName): unknown {
  const assignment = new RegExp(`(?:var\\s+${name}|window\\[["']${name}["']\\]|window\\.${name})\\s*=\\s*(?=[{'"])`, 'g');
  for (const match of text.matchAll(assignment)) {
    const start = match.index + match[0].length;
    const value = text[start] === '{' ? parseObjectAt(text, start) : parseStringLiteralAt(text, start);
    if (value !== null) return value;
  }
  return null;
}

/** JSON.parse of the balanced {...} starting at `start`, strings and escapes respected. */
export function parseObjectAt(text: string, start: number): unknown {
  // Mostly the object runs to the end of its script ("var ytInitialData = {...};"): then parsing
  // up to the last brace gives the same value, without first scanning a megabyte char by char.
  const last = text.lastIndexOf('}') + 1;
  const whole = /^[\s;]*$/.test(text.slice(last)) ? parseJson(text.slice(start, last)) : null;
  if (whole !== null) return whole;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b) depth++;
    else if (char === 0x7d && --depth === 0) return parseJson(text.slice(start, i + 1));
  }
  return null;
}

/** m.youtube.com writes the data as a JS string of JSON with \xNN escapes. */
function parseStringLiteralAt(text: string, start: number): unknown {
  const quote = text[start];
  let decoded = '';
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === quote) return parseJson(decoded);
    if (char !== '\\') {
      decoded += char;
      continue;
    }
    const next = text[++i];
    if (next === 'x') {
      decoded += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u') {
      decoded += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next !== undefined) {
      decoded += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[next] ?? next;
    }
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
