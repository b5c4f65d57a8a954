// Dates in the CSV: local time to the second, "2026-11-23 15:48:07", which Excel and
// LibreOffice both read as a date-time. Import reads the same form (seconds optional, an ISO
// "T" and a time zone allowed), so a round trip on the same computer is exact to the second.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatCsvDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Unix ms of a CSV date, or null when the text is not one. */
export function parseCsvDate(text: string): number | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = match;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0'))] as const;
  if (parts[1] > 11 || parts[2] < 1 || parts[2] > 31 || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) return null;
  if (zone === undefined) {
    const local = new Date(...parts);
    return local.getDate() === parts[2] ? local.getTime() : null;
  }
  const utc = Date.UTC(...parts);
  if (zone === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** A date stamp at the start of a line of the Notes cell. */
export const NOTE_STAMP = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?) /;

// A line inside a note that starts like a stamp ("2026-01-02 09:05 …", pasted from a log) would
// start a new note on import. The export writes one more space before such a line (after the
// spaces it has), the import takes one off: every note comes back as written.
const STAMP_LIKE = '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?::\\d{2})? ';
const STAMP_LIKE_AFTER_BREAK = new RegExp(`(\\r\\n|\\n|\\r)( *)(?=${STAMP_LIKE})`, 'g');
const ESCAPED_STAMP_LIKE = new RegExp(`^ ( *)(?=${STAMP_LIKE})`);

/** A note's text for the Notes cell: its stamp-like lines escaped. */
export function escapeNoteLines(text: string): string {
  return text.replace(STAMP_LIKE_AFTER_BREAK, '$1 $2');
}

/** A line that continues a note in the Notes cell, as the note had it. */
export function unescapeNoteLine(line: string): string {
  return line.replace(ESCAPED_STAMP_LIKE, '$1');
}

/** Drops the milliseconds a CSV date does not carry, for comparing with one. */
export function toCsvPrecision(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
