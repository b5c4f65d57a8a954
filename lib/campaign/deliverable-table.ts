// A deliverable as the campaign's table shows it: posted on time or late against its due date, the
// newest figures, the growth in views since the first reading, the disclosure, still up or not.
import type { DeliverablePoint, DeliverableRecord } from '../db/deliverable-record';
import { localDay } from '../shortlist/history';

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
  /**
   * Views gained from the first reading to the newest that found the post up; 'one' with a single such
   * reading, 'unknown' when either lacks views, 'neverUp' when every reading found it gone.
   */
  growth: ViewsGrowth | 'one' | 'unknown' | 'neverUp' | null;
  /** The newest reading that found the post up: its disclosure stays known after it is gone. */
  lastUp: DeliverablePoint | null;
  /** When the post was first seen gone, in the run of readings up to the newest; null while it is up. */
  goneSince: number | null;
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
  const current = points.at(-1) ?? null;
  const up = points.filter((point) => point.available);
  const first = up[0];
  const lastUp = up.at(-1) ?? null;
  const growth =
    current === null ? null
    : first === undefined || lastUp === null ? 'neverUp'
    : up.length === 1 ? 'one'
    : first.views === null || lastUp.views === null ? 'unknown'
    : { change: lastUp.views - first.views, since: first.at };
  return { posted: postedState(deliverable, campaignStart), current, growth, lastUp, goneSince: goneSince(points) };
}

/** The first of the newest readings that found the post gone: a post that came back starts anew. */
function goneSince(points: readonly DeliverablePoint[]): number | null {
  let since: number | null = null;
  for (const point of points) since = point.available ? null : (since ?? point.at);
  return since;
}
