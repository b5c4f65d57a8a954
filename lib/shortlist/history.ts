// A creator's figures over the snapshots saved of it, oldest first, for the history charts.
import type { Snapshot } from '../schema/snapshot';
import { assess, metricValue } from '../scoring';

export interface HistoryPoint {
  at: number;
  followers: number | null;
  /** Median views per recent post over followers. */
  viewRate: number | null;
  engagementRate: number | null;
}

/** The calendar day of a moment in the browser's time zone, the one the dashboard shows dates in. */
export function localDay(at: number): string {
  const date = new Date(at);
  // Padded, so days also sort and compare with a typed 'YYYY-MM-DD' (a campaign's start date).
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** One point per day, oldest first: the newest valid snapshot of each day, assessed on its own. */
export function historyPoints(readings: readonly Snapshot[]): HistoryPoint[] {
  const newestOfDay = new Map<string, Snapshot>();
  for (const snapshot of [...readings].sort((a, b) => a.capturedAt - b.capturedAt)) newestOfDay.set(localDay(snapshot.capturedAt), snapshot);
  return [...newestOfDay.values()].map((snapshot) => {
    const assessment = assess(snapshot, { now: snapshot.capturedAt });
    return {
      at: snapshot.capturedAt,
      followers: snapshot.creator.followers?.value ?? null,
      viewRate: metricValue(assessment, 'viewRate'),
      engagementRate: metricValue(assessment, 'engagementRate'),
    };
  });
}
