// A contact attempt as its form edits it (times as the user types them, in their own time zone) and
// the record it makes. Each field that cannot be taken (no creator, a time in the future, an answer
// before the message went) gets its own message, and no record is made until every field reads.
import { OUTREACH_NOTE_LIMIT, OutreachRecordSchema, type OutreachOutcome, type OutreachRecord } from '../db/outreach-record';
import { EARLIEST_DATE } from '../schema/bounds';
import { text, type Text } from '../i18n';
import { isAnswer } from './outreach';

export interface AttemptDraft {
  creatorId: string;
  channel: OutreachRecord['channel'];
  /** 'YYYY-MM-DDTHH:mm' in the user's time zone, as a datetime-local field gives it. */
  sentAt: string;
  outcome: OutreachOutcome;
  answeredAt: string;
  note: string;
}

export type AttemptField = 'creatorId' | 'sentAt' | 'answeredAt' | 'note';
export type AttemptErrors = Partial<Record<AttemptField, Text>>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The moment as a datetime-local field shows it, in the user's time zone. */
export function localInputOf(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "UTC+8", "UTC-5", "UTC+5:30": a time zone by its offset east of UTC in minutes, as the form names it. */
export function utcOffsetName(minutesEast: number): string {
  const hours = Math.floor(Math.abs(minutesEast) / 60);
  const rest = Math.abs(minutesEast) % 60;
  return `UTC${minutesEast < 0 ? '-' : '+'}${hours}${rest ? `:${pad(rest)}` : ''}`;
}

/** The instant a datetime-local value names in the user's time zone; null when it names no real day. */
export function instantOfLocal(value: string): number | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  // 31 February rolls into March: refused, not moved.
  return date.getMonth() === month - 1 && date.getDate() === day && hour < 24 && minute < 60 ? date.getTime() : null;
}

export function emptyAttemptDraft(now: number): AttemptDraft {
  return { creatorId: '', channel: 'email', sentAt: localInputOf(now), outcome: 'waiting', answeredAt: localInputOf(now), note: '' };
}

/** A time typed in a field: its instant, or why it cannot be taken. */
function readTime(value: string, now: number): { at: number } | { error: Text } {
  if (!value.trim()) return { error: text('reach_errTimeMissing') };
  const at = instantOfLocal(value);
  if (at === null || at < EARLIEST_DATE) return { error: text('reach_errTimeInvalid') };
  // The minute typed may be the current one: only a later minute is the future.
  if (at > now + 60_000) return { error: text('reach_errFuture') };
  return { at };
}

/** The answer's time when the outcome is an answer; checked against the sent time. */
export function answerTime(outcome: OutreachOutcome, value: string, sentAt: number | null, now: number): { at: number | null } | { error: Text } {
  if (!isAnswer(outcome)) return { at: null };
  const answered = readTime(value, now);
  if ('error' in answered) return answered;
  if (sentAt !== null && answered.at < sentAt) return { error: text('reach_errAnswerBeforeSent') };
  return answered;
}

/**
 * The attempt the form describes, or a message per field it cannot take. `booked` are the creators of
 * the campaign: an attempt is only logged with one of them.
 */
export function attemptFromDraft(
  draft: AttemptDraft,
  context: { id: string; campaignId: string; booked: readonly string[]; now: number },
): { attempt: OutreachRecord } | { errors: AttemptErrors } {
  const errors: AttemptErrors = {};
  if (!context.booked.includes(draft.creatorId)) errors.creatorId = text('reach_errNoCreator');
  const sent = readTime(draft.sentAt, context.now);
  if ('error' in sent) errors.sentAt = sent.error;
  const answered = answerTime(draft.outcome, draft.answeredAt, 'at' in sent ? sent.at : null, context.now);
  if ('error' in answered) errors.answeredAt = answered.error;
  if (draft.note.length > OUTREACH_NOTE_LIMIT) errors.note = text('reach_errNoteLong', { max: OUTREACH_NOTE_LIMIT });
  if (Object.keys(errors).length > 0 || !('at' in sent) || !('at' in answered)) return { errors };
  const attempt = OutreachRecordSchema.parse({
    id: context.id,
    campaignId: context.campaignId,
    creatorId: draft.creatorId,
    channel: draft.channel,
    sentAt: sent.at,
    outcome: draft.outcome,
    answeredAt: answered.at,
    note: draft.note.trim(),
    updatedAt: context.now,
  });
  return { attempt };
}
