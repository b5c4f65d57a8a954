// Reads the recorded-markup fixtures under test/fixtures/.
import { readFileSync } from 'node:fs';

// Held in a variable: Vite rewrites `new URL('./…', import.meta.url)` written inline into a
// served-asset URL (http://localhost:3000/…), which readFileSync cannot open.
const HERE = import.meta.url;

/** The text of `test/fixtures/<path>`, e.g. `fixture('tiktok/profile-universal-2025-06.html')`. */
export function fixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, HERE), 'utf8');
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
