// Small helpers for the text of addresses, shared by the platforms.

/** decodeURIComponent that leaves malformed escapes ("%E0%A4%A") as they are. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Handles on all three platforms ignore case. */
export function sameHandle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
