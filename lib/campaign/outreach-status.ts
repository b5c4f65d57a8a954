// Logging contact keeps the shortlist's status pipeline in step, so nobody types it twice: an attempt
// moves the creator to contacted, a reply to negotiating, an agreement to approved; never backwards,
// and a decline is one campaign's answer, so it never rejects the creator for every campaign.
import { setStatus } from '../db/creators';
import type { CreatorLensDatabase } from '../db';
import type { OutreachOutcome, OutreachRecord } from '../db/outreach-record';
import { putOutreach } from '../db/outreach';
import type { Status } from '../db/records';

const PIPELINE: readonly Status[] = ['to-review', 'shortlisted', 'contacted', 'negotiating', 'approved'];

const STATUS_OF_OUTCOME: Record<OutreachOutcome, Status> = {
  waiting: 'contacted',
  'no-answer': 'contacted',
  declined: 'contacted',
  replied: 'negotiating',
  agreed: 'approved',
};

/** The status an attempt moves the creator to, or null when it stays (already as far, or rejected by the user). */
export function statusAfter(current: Status, outcome: OutreachOutcome): Status | null {
  if (current === 'rejected') return null;
  const target = STATUS_OF_OUTCOME[outcome];
  return PIPELINE.indexOf(target) > PIPELINE.indexOf(current) ? target : null;
}

/** What logging did to the creator's shortlist status. */
export type StatusStep =
  | { kind: 'moved'; from: Status; to: Status }
  | { kind: 'kept'; status: Status }
  | { kind: 'not-on-shortlist' };

/**
 * Stores an attempt (new or answered) and moves the creator's status with it, in one transaction:
 * either both are written or neither. The status history gets the change as any status change does.
 */
export function recordAttempt(db: CreatorLensDatabase, attempt: OutreachRecord, now: number): Promise<StatusStep> {
  return db.transaction('rw', [db.outreach, db.creators], async (): Promise<StatusStep> => {
    await putOutreach(db, attempt);
    const creator = await db.creators.get(attempt.creatorId);
    if (!creator) return { kind: 'not-on-shortlist' };
    const next = statusAfter(creator.status, attempt.outcome);
    if (next === null) return { kind: 'kept', status: creator.status };
    await setStatus(db, [creator.id], next, now);
    return { kind: 'moved', from: creator.status, to: next };
  });
}
