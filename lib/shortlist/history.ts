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

/** Every valid snapshot by capturedAt, each assessed on its own. */
export function historyPoints(readings: readonly Snapshot[]): HistoryPoint[] {
  const snapshots = [...readings].sort((a, b) => a.capturedAt - b.capturedAt);
  return snapshots.map((snapshot) => {
    const assessment = assess(snapshot, { now: snapshot.capturedAt });
    return {
      at: snapshot.capturedAt,
      followers: snapshot.creator.followers?.value ?? null,
      viewRate: metricValue(assessment, 'viewRate'),
      engagementRate: metricValue(assessment, 'engagementRate'),
    };
  });
}
