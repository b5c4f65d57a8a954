// A creator's grade over time, with the reason of each change: every reading and every post seen on
// its own page is a moment the shortlist's grade may move. Each moment is assessed with what was
// known then, by today's scoring, as the shortlist would have shown it.
import { text, type Text } from '../i18n/text';
import type { Grade } from '../schema/assessment';
import type { Post, Snapshot } from '../schema/snapshot';
import type { SavedAssessment } from '../db/records';
import { componentLabel, type Assessment, type ComponentId } from '../scoring';
import { assessReadings, readingSet } from './summary';

export interface GradePoint {
  at: number;
  score: number | null;
  grade: Grade | null;
  provisional: boolean;
  parts: Array<{ id: ComponentId; points: number | null }>;
  /** Why the grade or score moved from the point before; null for the first point. */
  reason: Text | null;
}

type Moment = { at: number; snapshot?: Snapshot; post?: Post };

/** Score moves smaller than this (after rounding) are not a change worth a line. */
const NOTABLE_POINTS = 3;

/**
 * The grade after each reading and each post seen, oldest first; only moments that changed the
 * grade, or the score by 3 or more, are kept (the first always is).
 */
export function gradeHistory(readings: readonly Snapshot[], sample: ReadonlyArray<{ seenAt: number; post: Post }>): GradePoint[] {
  const moments: Moment[] = [
    ...readings.map((snapshot) => ({ at: snapshot.capturedAt, snapshot })),
    ...sample.map(({ seenAt, post }) => ({ at: seenAt, post })),
  ].sort((a, b) => a.at - b.at);
  const points: GradePoint[] = [];
  const read: Snapshot[] = [];
  const seen: Array<{ seenAt: number; post: Post }> = [];
  for (const moment of moments) {
    if (moment.snapshot) read.push(moment.snapshot);
    else if (moment.post) seen.unshift({ seenAt: moment.at, post: moment.post });
    // What the shortlist knew at that moment, chosen and assessed as it chooses and assesses.
    const assessment = assessReadings(readingSet(read, seen, read.length));
    if (!assessment) continue;
    const point = pointOf(moment.at, assessment);
    const before = points.at(-1);
    if (!before) points.push(point);
    else if (before.grade !== point.grade || Math.abs((before.score ?? 0) - (point.score ?? 0)) >= NOTABLE_POINTS) {
      points.push({ ...point, reason: changeReason(before, point, moment) });
    }
  }
  return points;
}

function pointOf(at: number, assessment: Assessment): GradePoint {
  return {
    at,
    score: assessment.score,
    grade: assessment.grade,
    provisional: assessment.provisional,
    parts: assessment.components.map((part) => ({ id: part.id, points: part.points })),
    reason: null,
  };
}

/** "Engagement quality fell from 80 to 55 after a post seen on 3 Dec": the part that moved most, and what brought it. */
function changeReason(before: GradePoint, after: GradePoint, moment: Moment): Text {
  const cause = moment.snapshot ? text('sc_changeAfterReading', { at: moment.at }) : text('sc_changeAfterPost', { at: moment.at });
  const moved = mostMoved(before, after);
  return moved ? text('sc_changeBecause', { change: moved, cause }) : text('sc_changeOther', { cause });
}

/** "Engagement quality fell from 80 to 55": the part whose points moved most; null when none moved. */
function mostMoved(before: GradePoint, after: GradePoint): Text | null {
  let moved: { id: ComponentId; from: number | null; to: number | null; by: number } | null = null;
  for (const part of after.parts) {
    const from = before.parts.find((other) => other.id === part.id)?.points ?? null;
    const by = Math.abs((part.points ?? 50) - (from ?? 50));
    if (by > 0 && (!moved || by > moved.by)) moved = { id: part.id, from, to: part.points, by };
  }
  if (!moved) return null;
  return text('sc_changePart', {
    part: componentLabel(moved.id),
    direction: (moved.to ?? 50) > (moved.from ?? 50) ? 'rose' : 'fell',
    from: moved.from ?? text('sc_partNotMeasured'),
    to: moved.to ?? text('sc_partNotMeasured'),
  });
}

/** What is kept of an assessment with a saved reading: enough to say later what changed. */
export function savedAssessmentOf(assessment: Assessment): SavedAssessment {
  return {
    scoringVersion: assessment.scoringVersion,
    score: assessment.score,
    grade: assessment.grade,
    provisional: assessment.provisional,
    parts: assessment.components.map((part) => ({ id: part.id, points: part.points })),
  };
}

/**
 * "Was S 87 on Dec 3: engagement quality fell from 80 to 55.": said when the grade differs from the
 * one shown when the creator was last saved; null when it does not (or it never was).
 */
export function sinceSaved(saved: (SavedAssessment & { at: number }) | null, assessment: Assessment): Text | null {
  if (!saved || saved.grade === assessment.grade) return null;
  const was = text('sc_wasGrade', { grade: saved.grade ?? '–', score: saved.score ?? '–', at: saved.at });
  if (saved.scoringVersion !== assessment.scoringVersion || !saved.parts) {
    return text('sc_sinceSavedVersion', { was, from: saved.scoringVersion, to: assessment.scoringVersion });
  }
  const before: GradePoint = { at: saved.at, score: saved.score, grade: null, provisional: false, parts: saved.parts, reason: null };
  const moved = mostMoved(before, pointOf(saved.at, assessment));
  return moved ? text('sc_sinceSaved', { was, change: moved }) : text('sc_sinceSavedOther', { was });
}
