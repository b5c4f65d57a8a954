// The shortlist as CSV: RFC 4180 through papaparse, UTF-8 with a byte order mark so Excel
// reads Chinese and other non-Latin text, and formula injection neutralised.
import Papa from 'papaparse';
import { formatPercent, formatSheetDate, platformName } from '../format';
import type { Count } from '../schema';
import type { ShortlistRow } from '../shortlist';

export const BOM = '\uFEFF';

// OWASP CSV injection: a cell starting with = + - @ tab or carriage return is prefixed with
// a quote so spreadsheets show it as text. papaparse's own pattern misses multi-line cells.
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  'Name',
  'Handle',
  'Platform',
  'Profile URL',
  'Followers',
  'Followers as shown',
  'Following',
  'Total likes',
  'Videos',
  'View rate',
  'Likes per video per follower',
  'Score',
  'Grade',
  'Confidence',
  'Tier',
  'Class',
  'Flags',
  'Latest note',
  'Notes',
  'Last seen',
  'Snapshots',
] as const;

type Cell = string | number;

const countCell = (count: Count | null): Cell => count?.value ?? '';

function toRecord({ entry, assessment }: ShortlistRow): Record<(typeof CSV_COLUMNS)[number], Cell> {
  const { creator, latest } = entry;
  const fields = latest?.creator;
  const metric = (id: string) => assessment?.metrics.find((m) => m.id === id)?.value ?? null;
  const viewRate = metric('viewRate');
  const likes = metric('likesPerVideoPerFollower');
  return {
    Name: creator.displayName ?? '',
    // Without the @: a leading @ would have to be neutralised as a formula.
    Handle: creator.handle,
    Platform: platformName(creator.platform),
    'Profile URL': creator.profileUrl,
    Followers: countCell(fields?.followers ?? null),
    'Followers as shown': fields?.followers?.shown ?? '',
    Following: countCell(fields?.following ?? null),
    'Total likes': countCell(fields?.totalLikes ?? null),
    Videos: countCell(fields?.postCount ?? null),
    'View rate': viewRate === null ? '' : formatPercent(viewRate),
    'Likes per video per follower': likes === null ? '' : formatPercent(likes),
    Score: assessment?.score ?? '',
    Grade: assessment?.grade ?? '',
    Confidence: assessment?.confidence ?? '',
    Tier: assessment?.tier?.label ?? '',
    Class: assessment?.creatorClass?.id ?? '',
    Flags: assessment?.flags.map((flag) => `${flag.severity}: ${flag.message}`).join('\n') ?? '',
    'Latest note': creator.notes.at(-1)?.text ?? '',
    Notes: creator.notes.map((note) => `${formatSheetDate(note.at)} ${note.text}`).join('\n'),
    'Last seen': formatSheetDate(creator.lastSeenAt),
    Snapshots: entry.snapshotCount,
  };
}

export function shortlistToCsv(rows: ShortlistRow[]): string {
  const body = Papa.unparse(
    {
      fields: [...CSV_COLUMNS], data: rows.map((row) => {
        const record = toRecord(row);
        return CSV_COLUMNS.map((column) => record[column]);
      }),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  // papaparse ends a header-only file with a line break and a file with rows without one.
  return `${BOM}${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

export function csvFileName(now: number): string {
  return `creator-lens-shortlist-${formatSheetDate(now).slice(0, 10)}.csv`;
}
