// A deliverable as the campaign's table shows it: posted on time or late against its due date, the
// newest figures, the growth in views since the first reading, the disclosure, still up or not.
import type { DeliverablePoint, DeliverableRecord } from '../db/deliverable-record';

export type PostedState =
  | { kind: 'onTime' }
  | { kind: 'late'; days: number }
  /** No due date: the posting day alone, when known. */
  | { kind: 'noDue' }
  /** Due, but no reading has given the posting day yet. */
  | { kind: 'unknown' }
  /** Up before the campaign's first day: an older post attached by mistake, or reused; never "on time". */
  | { kind: 'beforeStart'; start: string };

export interface ViewsGrowth {
  change: number;
  since: number;
}

export interface DeliverableSummary {
  posted: PostedState;
  /** The newest reading; null when the post has not been opened since it was attached. */
  current: DeliverablePoint | null;
  /** Views gained since the first reading; 'one' with a single reading, 'unknown' when either lacks views. */
  growth: ViewsGrowth | 'one' | 'unknown' | null;
}

/** The calendar day of a moment in the browser's time zone, 'YYYY-MM-DD'. */
function localDay(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const DAY_MS = 86_400_000;

export function postedState(deliverable: Pick<DeliverableRecord, 'dueDate' | 'postedAt'>, campaignStart: string | null = null): PostedState {
  if (campaignStart !== null && deliverable.postedAt !== null && localDay(deliverable.postedAt) < campaignStart) return { kind: 'beforeStart', start: campaignStart };
  if (deliverable.dueDate === null) return { kind: 'noDue' };
  if (deliverable.postedAt === null) return { kind: 'unknown' };
  // Whole days between two calendar days, counted at noon UTC so no clock change shifts them.
  const days = Math.round((Date.parse(`${localDay(deliverable.postedAt)}T12:00:00Z`) - Date.parse(`${deliverable.dueDate}T12:00:00Z`)) / DAY_MS);
  return days > 0 ? { kind: 'late', days } : { kind: 'onTime' };
}

/** `points` oldest first, as lib/db/deliverables pointsOf gives them. */
export function summarise(deliverable: Pick<DeliverableRecord, 'dueDate' | 'postedAt'>, points: readonly DeliverablePoint[], campaignStart: string | null = null): DeliverableSummary {
  const first = points[0];
  const current = points.at(-1) ?? null;
  const growth =
    first === undefined || current === null ? null
    : points.length === 1 ? 'one'
    : first.views === null || current.views === null ? 'unknown'
    : { change: current.views - first.views, since: first.at };
  return { posted: postedState(deliverable, campaignStart), current, growth };
}
