// The shortlist as CSV: RFC 4180 through papaparse, UTF-8 with a byte order mark so Excel
// reads Chinese and other non-Latin text, and formula injection neutralised.
import Papa from 'papaparse';
import { platformName } from '../i18n/format';
import { getLocale, say, t, type Locale, type Text } from '../i18n';
import type { Count } from '../schema/snapshot';
import type { SellerMark } from '../schema/limits';
import type { ShortlistRow } from '../shortlist/rows';
import type { CreatorSummary } from '../db/records';
import { CSV_FIELDS, VALUE_LABELS, csvHeader, type CsvField, type HeaderStyle } from './columns';
import { escapeNoteLines, formatCsvDate } from './dates';

export const BOM = '\uFEFF';

// OWASP CSV injection: a cell starting with = + - @ tab or carriage return is prefixed with
// a quote so spreadsheets show it as text. papaparse's own pattern misses multi-line cells.
const FORMULA_START = /^[=+\-@\t\r]/;
// A cell that already starts with quotes before a formula character gets one more, so that
// import can take exactly one off every such cell and give back what was typed.
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/;
const ESCAPED = new RegExp(`${FORMULA_START.source}|${QUOTED_FORMULA_START.source}`);

/** Takes off the quote the export put in front of a formula-looking cell. */
export function unescapeFormula(cell: string): string {
  return QUOTED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export interface CsvOptions {
  /**
   * 'labels' (default): headers and value words (status, tier, confidence, flags…) in the UI
   * language; 'keys': stable snake_case ids as headers and ids as values where a value has one.
   */
  headers?: HeaderStyle;
  /** The language of a 'labels' file; the UI language by default. */
  locale?: Locale;
}

/** A cell as the export writes it: text, or a number written plainly. */
export type CsvCell = string | number;
type Cell = CsvCell;

/**
 * A number as spreadsheets and our import read it: plain decimal digits, never exponent notation
 * ("1e+29", "1e-7"), which JavaScript writes for numbers from 10^21 and below 10^-6 and which our
 * own import would refuse. The digits are JavaScript's shortest exact ones, the point moved.
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const written = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(written);
  if (!exponent) return written;
  const [, sign, first, rest = '', power] = exponent;
  const digits = `${first}${rest}`;
  const point = 1 + Number(power); // where the decimal point falls in `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

// A NUL makes the file binary to spreadsheets and tools, and to the import, which refuses it:
// text from a page's data may hold one, so the export writes the replacement character instead.
const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell.replace(/\u0000/g, '\uFFFD') : plainDecimal(cell));

/**
 * A ratio as a percentage a spreadsheet reads as a number: two decimals below 1% ("0.47%"), one
 * from there ("12.6%"), as the file has always written them. toFixed turns to exponent notation from 10^21.
 */
const percentCell = (ratio: number): string =>
  Math.abs(ratio * 100) < 1e21 ? `${(ratio * 100).toFixed(ratio < 0.01 ? 2 : 1)}%` : `${plainDecimal(ratio * 100)}%`;

const countCell = (count: Count | null | undefined): Cell => count?.value ?? '';
const dateCell = (ms: number | null | undefined): Cell => (ms === null || ms === undefined ? '' : formatCsvDate(ms));

/**
 * Tags joined by ", "; by line breaks when a tag itself holds a comma or semicolon. The import
 * splits a cell at line breaks when it has one, else at commas: so one such tag alone is
 * followed by a line break.
 */
export function joinTags(tags: readonly string[]): string {
  if (!tags.some((tag) => /[,;]/.test(tag))) return tags.join(', ');
  return tags.length === 1 ? `${tags[0]}\n` : tags.join('\n');
}

/** The marks by name; "none" where the page's data says the account has none; empty where unknown. */
function sellerMarksCell(marks: readonly SellerMark[] | null | undefined, keys: boolean, locale: Locale): Cell {
  if (!marks) return '';
  if (marks.length === 0) return keys ? 'none' : say(VALUE_LABELS.noSellerMarks, locale);
  return marks.map((mark) => (keys ? mark : say(VALUE_LABELS.sellerMark[mark], locale))).join(', ');
}

function toRecord({ creator, summary }: ShortlistRow, style: HeaderStyle, locale: Locale): Record<CsvField, Cell> {
  const percent = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? '' : percentCell(value));
  const medianViews = summary?.medianViews ?? null;
  const keys = style === 'keys';
  // An id in a keys file, its words in the file's language in a labels file.
  const word = <Id extends string>(id: Id, words: Record<Id, Text>): string => (keys ? id : say(words[id], locale));
  const bioEmail = summary?.bioEmail ?? null;
  const lastStatus = creator.statusHistory.at(-1);
  const flagLine = (flag: CreatorSummary['flags'][number]) =>
    t('data_flagLine', { severity: word(flag.severity, VALUE_LABELS.severity), message: say(flag.message, locale) }, locale);
  return {
    name: creator.displayName ?? '',
    // Without the @: a leading @ would have to be neutralised as a formula.
    handle: creator.handle,
    platform: keys ? creator.platform : platformName(creator.platform),
    profile_url: creator.profileUrl,
    followers: countCell(summary?.followers),
    followers_shown: summary?.followers?.shown ?? '',
    following: countCell(summary?.following),
    total_likes: countCell(summary?.totalLikes),
    posts: countCell(summary?.postCount),
    view_rate: percent(summary?.viewRate),
    engagement_rate: percent(summary?.engagementRate),
    // The list's engagement: measured the platform's way, with the measure named (its id with key headers).
    engagement: percent(summary?.engagement?.value),
    engagement_measure: summary?.engagement && summary.engagement.value !== null ? (keys ? summary.engagement.metric : t('columns_convention', { metric: summary.engagement.metric }, locale)) : '',
    median_views: medianViews === null ? '' : Math.round(medianViews),
    likes_per_post_per_follower: percent(summary?.likesPerVideoPerFollower),
    score: summary?.score ?? '',
    grade: summary?.grade ?? '',
    confidence: summary?.confidence ? word(summary.confidence, VALUE_LABELS.confidence) : '',
    grade_override: creator.gradeOverride?.grade ?? '',
    grade_override_reason: creator.gradeOverride?.reason ?? '',
    tier: summary?.tier ? (keys ? summary.tier.id : say(summary.tier.label, locale)) : '',
    class: summary?.creatorClass?.id ?? '',
    flags: summary?.flags.map(flagLine).join('\n') ?? '',
    // The account's facts: empty where the newest reading does not say.
    joined: summary?.joinedAt == null ? '' : new Date(summary.joinedAt).toISOString().slice(0, 10),
    seller_marks: sellerMarksCell(summary?.sellerMarks, keys, locale),
    category: summary?.category ?? '',
    creator_country: summary?.country ?? '',
    status: word(creator.status, VALUE_LABELS.status),
    status_set: dateCell(lastStatus?.status === creator.status ? lastStatus.at : null),
    tags: joinTags(creator.tags),
    price: creator.price?.amount ?? '',
    currency: creator.price?.currency ?? '',
    email: creator.email ?? bioEmail ?? '',
    email_source: creator.email ? word('user', VALUE_LABELS.emailSource) : bioEmail ? word('bio', VALUE_LABELS.emailSource) : '',
    target_market: creator.targetMarket ?? '',
    do_not_work: creator.doNotWork ? (keys ? 'yes' : say(VALUE_LABELS.yes, locale)) : '',
    do_not_work_reason: creator.doNotWork?.reason ?? '',
    latest_note: creator.notes.at(-1)?.text ?? '',
    notes: creator.notes.map((note) => `${formatCsvDate(note.at)} ${escapeNoteLines(note.text)}`).join('\n'),
    first_saved: dateCell(creator.createdAt),
    last_seen: dateCell(creator.lastSeenAt),
    updated: dateCell(creator.updatedAt),
    snapshots: summary?.snapshotCount ?? '',
  };
}

/**
 * One line per creator with every field. `rows` is what the caller wants exported: the
 * filtered view or the whole shortlist.
 */
export function shortlistToCsv(rows: readonly ShortlistRow[], options: CsvOptions = {}): string {
  const style = options.headers ?? 'labels';
  const locale = options.locale ?? getLocale();
  return toCsv(
    CSV_FIELDS.map((field) => csvHeader(field, style, locale)),
    rows.map((row) => {
      const record = toRecord(row, style, locale);
      return CSV_FIELDS.map((field) => record[field]);
    }),
  );
}

/**
 * A CSV file's text as every export of ours writes it: a byte order mark, CRLF line ends, quoting
 * where a cell needs it, and formula-looking cells neutralised.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const body = Papa.unparse({ fields: [...header], data: rows.map((row) => row.map(cellText)) }, { escapeFormulae: ESCAPED, newline: '\r\n' });
  // papaparse ends a header-only file with a line break and a file with rows without one.
  return `${BOM}${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

export function csvFileName(now: number): string {
  return `creator-lens-shortlist-${formatCsvDate(now).slice(0, 10)}.csv`;
}

/** Hands a text file to the browser's download (extension pages only). */
export function downloadText(text: string | readonly string[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
