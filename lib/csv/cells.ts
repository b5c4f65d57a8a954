// Importing a CSV: what one cell says, for every column the import fills: its value, or the
// sentence (a Text) saying what is wrong with it, and which creator a row's cells name. Reading
// the header (is row 1 a header?), guessing the mapping and checking rows all read cells this way.
import * as z from 'zod/mini';
import { STATUSES, type Note, type Status } from '../db/records';
import { STATUS_LABELS } from '../shortlist/status';
import { platformName } from '../i18n/format';
import { text, type MessageKey, type Text, type TextParam } from '../i18n';
import { identifyPage } from '../platforms/pages';
import { GRADES, type Grade } from '../schema/assessment';
import { PLATFORMS, TEXT_LIMITS } from '../schema/limits';
import { AmountSchema, CurrencySchema, EmailSchema, MomentSchema, type BoundMessage } from '../schema/bounds';
import type { Platform } from '../schema/snapshot';
import { VALUE_LABELS, csvLabelText, inEveryLanguage, normHeader as norm, type ImportField } from './columns';
import { NOTE_STAMP, parseCsvDate, unescapeNoteLine } from './dates';

const MAX_TAGS = 100;
type Parsed<T> = { ok: true; value: T } | { ok: false; message: Text };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (key: MessageKey, params?: Record<string, TextParam>): Parsed<never> => ({ ok: false, message: text(key, params) });
/** A cell's content as quoted in a message: long ones cut short. */
export const shortenedForMessage = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** A cell parser as a zod schema, so that a cell's problem is an issue carrying our message. */
function cellSchema<T>(parse: (text: string) => Parsed<T>) {
  return z.pipe(
    z.string(),
    z.transform((cell: string, ctx) => {
      const result = parse(cell);
      if (result.ok) return result.value;
      // zod issues carry strings: the Text rides along as a parameter and is read back from there.
      ctx.issues.push({ code: 'custom', message: result.message.key, input: cell, params: { text: result.message } });
      return z.NEVER;
    }),
  );
}

/** The Text a cell schema put into its issue. */
export function issueText(issue: z.core.$ZodIssue): Text {
  const carried = issue.code === 'custom' ? (issue.params as { text?: Text } | undefined)?.text : undefined;
  return carried ?? text('data_cellInvalid', { field: issue.path.join('.') });
}

export function parsePlatform(text: string): Platform | null {
  const value = norm(text);
  const aliases: Record<string, Platform> = { tt: 'tiktok', 'tik tok': 'tiktok', ig: 'instagram', insta: 'instagram', yt: 'youtube', 'you tube': 'youtube' };
  return PLATFORMS.find((platform) => platform === value || norm(platformName(platform)) === value) ?? aliases[value] ?? null;
}

type What = 'data_whatName' | 'data_whatNote' | 'data_whatTargetMarket' | 'data_whatReason';

function limited(max: number, what: What) {
  return (cell: string): Parsed<string> => (cell.length > max ? bad('data_cellTooLong', { what: text(what), max }) : ok(cell));
}

const optionalText = (max: number, what: What) =>
  cellSchema((cell) => {
    const trimmed = cell.trim();
    return trimmed === '' ? ok(null) : limited(max, what)(trimmed);
  });

/** A value the shared bounds (lib/schema/bounds) refuse, said with the cell's text. */
function outOfRange(schema: z.ZodMiniType, value: unknown, cell: string, what: BoundMessage): Parsed<never> | null {
  return schema.safeParse(value).success ? null : bad('data_cellOutOfRange', { value: shortenedForMessage(cell.trim()), what: text(what) });
}

const dateCell = cellSchema((cell): Parsed<number | null> => {
  if (cell.trim() === '') return ok(null);
  const ms = parseCsvDate(cell);
  if (ms === null) return bad('data_cellNotDate', { value: shortenedForMessage(cell) });
  return outOfRange(MomentSchema, ms, cell, 'bound_date') ?? ok(ms);
});

/** A status in any UI language's words, or its id ("to-review", "to review"). */
function parseStatus(value: string): Status | undefined {
  return STATUSES.find((s) => s === value || s.replace('-', ' ') === value || inEveryLanguage(STATUS_LABELS[s]).includes(value));
}

const STATUS_CHOICES = {
  toReview: STATUS_LABELS['to-review'],
  shortlisted: STATUS_LABELS.shortlisted,
  contacted: STATUS_LABELS.contacted,
  negotiating: STATUS_LABELS.negotiating,
  approved: STATUS_LABELS.approved,
  rejected: STATUS_LABELS.rejected,
} satisfies Record<string, Text>;

const YES = ['yes', 'y', 'true', '1', 'x', '是', '√', '✓', ...inEveryLanguage(VALUE_LABELS.yes)];
const NO = ['no', 'n', 'false', '0', '否'];

export const CELL_SCHEMAS = {
  name: cellSchema((cell) => (cell.trim() === '' ? ok(null) : limited(TEXT_LIMITS.name, 'data_whatName')(cell))),
  platform: cellSchema((cell): Parsed<Platform | null> => {
    if (cell.trim() === '') return ok(null);
    const platform = parsePlatform(cell);
    return platform ? ok(platform) : bad('data_cellUnknownPlatform', { value: shortenedForMessage(cell.trim()) });
  }),
  notes: cellSchema((cell) => parseNotes(cell)),
  latest_note: optionalText(TEXT_LIMITS.note, 'data_whatNote'),
  tags: cellSchema((cell): Parsed<string[]> => {
    const tags = [...new Set((cell.includes('\n') ? cell.split('\n') : cell.split(/[,;]/)).map((tag) => tag.trim()).filter(Boolean))];
    const long = tags.find((tag) => tag.length > TEXT_LIMITS.tag);
    if (long) return bad('data_cellTagTooLong', { value: shortenedForMessage(long), max: TEXT_LIMITS.tag });
    return tags.length > MAX_TAGS ? bad('data_cellTooManyTags', { max: MAX_TAGS }) : ok(tags);
  }),
  status: cellSchema((cell): Parsed<Status | null> => {
    const value = norm(cell);
    if (value === '') return ok(null);
    const status = parseStatus(value);
    return status ? ok(status) : bad('data_cellUnknownStatus', { value: shortenedForMessage(cell.trim()), ...STATUS_CHOICES });
  }),
  status_set: dateCell,
  price: cellSchema((cell): Parsed<{ amount: number; symbol: string | null } | null> => {
    const value = cell.trim();
    if (value === '') return ok(null);
    const match = /^([$€£¥₹])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(value);
    if (!match) return bad('data_cellNotPrice', { value: shortenedForMessage(value) });
    const amount = Number(`${match[2]!.replace(/,/g, '')}${match[3] ?? ''}`);
    return outOfRange(AmountSchema, amount, value, 'bound_price') ?? ok({ amount, symbol: match[1] ?? null });
  }),
  currency: cellSchema((cell): Parsed<string | null> => {
    const value = cell.trim().toUpperCase();
    if (value === '') return ok(null);
    return CurrencySchema.safeParse(value).success ? ok(value) : bad('data_cellNotCurrency', { value: shortenedForMessage(cell.trim()) });
  }),
  email: cellSchema((cell): Parsed<string | null> => {
    const value = cell.trim();
    if (value === '') return ok(null);
    return EmailSchema.safeParse(value).success ? ok(value) : bad('data_cellNotEmail', { value: shortenedForMessage(value) });
  }),
  email_source: cellSchema((cell): Parsed<'user' | 'bio'> => {
    const value = norm(cell);
    if (value === '' || value === 'user' || inEveryLanguage(VALUE_LABELS.emailSource.user).includes(value)) return ok('user');
    if (value === 'bio' || inEveryLanguage(VALUE_LABELS.emailSource.bio).includes(value)) return ok('bio');
    return bad('data_cellNotEmailSource', { value: shortenedForMessage(cell.trim()), user: VALUE_LABELS.emailSource.user, bio: VALUE_LABELS.emailSource.bio });
  }),
  target_market: optionalText(100, 'data_whatTargetMarket'),
  grade_override: cellSchema((cell): Parsed<Grade | null> => {
    const value = cell.trim().toUpperCase();
    if (value === '') return ok(null);
    const grade = GRADES.find((g) => g === value);
    return grade ? ok(grade) : bad('data_cellNotGrade', { value: shortenedForMessage(cell.trim()) });
  }),
  grade_override_reason: optionalText(TEXT_LIMITS.note, 'data_whatReason'),
  do_not_work: cellSchema((cell): Parsed<boolean | null> => {
    const value = norm(cell);
    if (value === '') return ok(null);
    if (YES.includes(value)) return ok(true);
    if (NO.includes(value)) return ok(false);
    return bad('data_cellNotYesNo', { value: shortenedForMessage(cell.trim()) });
  }),
  do_not_work_reason: optionalText(TEXT_LIMITS.note, 'data_whatReason'),
  first_saved: dateCell,
  last_seen: dateCell,
  updated: dateCell,
} as const;

/** "2026-01-02 09:05:07 text" lines; a line without a stamp continues the note above it. */
function parseNotes(cell: string): Parsed<{ dated: Note[]; undated: string[] }> {
  if (cell.trim() === '') return ok({ dated: [], undated: [] });
  const lines = cell.split(/\r\n|\n|\r/);
  if (!NOTE_STAMP.test(lines[0] ?? '')) {
    return cell.length > TEXT_LIMITS.note ? bad('data_cellTooLong', { what: text('data_whatNote'), max: TEXT_LIMITS.note }) : ok({ dated: [], undated: [cell.trim()] });
  }
  const dated: Note[] = [];
  for (const line of lines) {
    const stamp = NOTE_STAMP.exec(line);
    const at = stamp ? parseCsvDate(stamp[1]!) : null;
    if (stamp && at !== null && !MomentSchema.safeParse(at).success) return outOfRange(MomentSchema, at, stamp[1]!, 'bound_date')!;
    if (stamp && at !== null) dated.push({ text: line.slice(stamp[0].length), at });
    else if (dated.length > 0) dated[dated.length - 1]!.text += `\n${unescapeNoteLine(line)}`;
  }
  const long = dated.find((note) => note.text.length > TEXT_LIMITS.note);
  return long ? bad('data_cellNoteTooLong', { max: TEXT_LIMITS.note }) : ok({ dated, undated: [] });
}

type Identity = { platform: Platform; handle: string; profileUrl: string };
const HANDLE = /^[\p{L}\p{M}\p{N}_.\-·]{1,100}$/u;

function canonicalProfileUrl(platform: Platform, handle: string): string {
  if (platform === 'tiktok') return `https://www.tiktok.com/@${handle}`;
  if (platform === 'instagram') return `https://www.instagram.com/${handle}/`;
  return /^UC[A-Za-z0-9_-]{22}$/.test(handle) ? `https://www.youtube.com/channel/${handle}` : `https://www.youtube.com/@${handle}`;
}

/** The creator a profile address names (a TikTok video's address names its creator too). */
export function identityFromUrl(cell: string): Parsed<Identity> {
  const trimmed = cell.trim();
  const href = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const support = identifyPage(href);
  if (!support.supported) return bad('data_cellNotProfile', { value: shortenedForMessage(trimmed) });
  const { reader } = support;
  let handle = reader.creatorHandle;
  if (handle === null && reader.platform === 'youtube' && reader.pageKind === 'profile') {
    // channel/UC…/tab, c/name/tab or user/name/tab: the id or legacy name stands in for the handle.
    handle = reader.key.split('/')[1] ?? null;
  }
  if (handle === null) return bad('data_cellPostAddress', { value: shortenedForMessage(trimmed) });
  return ok({ platform: reader.platform, handle, profileUrl: reader.pageKind === 'profile' ? href : canonicalProfileUrl(reader.platform, handle) });
}

export function looksLikeUrl(text: string): boolean {
  return /^(https?:\/\/|www\.)|^(m\.|www\.)?(tiktok|instagram|youtube)\.com\//i.test(text.trim());
}

/** What a cell names a creator by: a profile URL of one of the platforms, an @handle, or neither (null). */
export function identityCellKind(cell: string): 'url' | 'handle' | null {
  const value = cell.trim();
  if (looksLikeUrl(value)) return identityFromUrl(value).ok ? 'url' : null;
  return /^@[\p{L}\p{M}\p{N}_.\-·]+$/u.test(value) ? 'handle' : null;
}

/** The creator a row's handle, profile URL and platform cells name, or what is wrong and in which column. */
export function readIdentity(
  handleCell: string | undefined,
  urlCell: string | undefined,
  platformCell: Platform | null,
  defaultPlatform: Platform | null,
): { ok: true; value: Identity } | { ok: false; message: Text; column: ImportField | null } {
  let handleText = handleCell?.trim() ?? '';
  let urlText = urlCell?.trim() ?? '';
  // A hand-made list may hold URLs and @handles in the same column.
  if (looksLikeUrl(handleText)) {
    if (urlText === '') urlText = handleText;
    handleText = '';
  }
  if (handleText === '' && urlText !== '' && !looksLikeUrl(urlText) && !urlText.includes('/')) {
    handleText = urlText;
    urlText = '';
  }
  if (handleText !== '') {
    const handle = handleText.replace(/^@/, '');
    if (!HANDLE.test(handle)) return { ok: false, message: text('data_cellNotHandle', { value: shortenedForMessage(handleText) }), column: 'handle' };
    const fromUrl = urlText !== '' ? identityFromUrl(urlText) : null;
    const platform = platformCell ?? (fromUrl?.ok ? fromUrl.value.platform : null) ?? defaultPlatform;
    if (platform === null) {
      return { ok: false, message: text('data_cellNoPlatform', { value: shortenedForMessage(`@${handle}`), platform: csvLabelText('platform') }), column: 'platform' };
    }
    if (urlText !== '' && !/^https?:\/\/\S+$/i.test(urlText)) return { ok: false, message: text('data_cellNotWebAddress', { value: shortenedForMessage(urlText) }), column: 'profile_url' };
    if (urlText.length > TEXT_LIMITS.url) return { ok: false, message: text('data_cellUrlTooLong'), column: 'profile_url' };
    return { ok: true, value: { platform, handle, profileUrl: urlText || canonicalProfileUrl(platform, handle) } };
  }
  if (urlText === '') return { ok: false, message: text('data_cellNoIdentity'), column: null };
  const identity = identityFromUrl(urlText);
  if (!identity.ok) return { ok: false, message: identity.message, column: 'profile_url' };
  if (platformCell !== null && platformCell !== identity.value.platform) {
    return {
      ok: false,
      message: text('data_cellPlatformMismatch', { said: platformName(platformCell), value: shortenedForMessage(urlText), actual: platformName(identity.value.platform) }),
      column: 'platform',
    };
  }
  return identity;
}
