// What a campaign's contact attempts add up to: per creator the first contact, the answer and how long
// it took; per campaign the response rate, the median reply time and who needs a follow-up. Times are
// instants, so the time zones the message was sent and answered in never change a duration.
import { ANSWERS, type OutreachOutcome, type OutreachRecord } from '../db/outreach-record';
import { t, text, type Text } from '../i18n';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Each channel in words: show it with say(). */
export const CHANNEL_NAMES: Record<OutreachRecord['channel'], Text> = {
  email: text('reach_channel_email'),
  'instagram-dm': text('reach_channel_instagram_dm'),
  'tiktok-message': text('reach_channel_tiktok_message'),
  'tiktok-shop-invite': text('reach_channel_tiktok_shop_invite'),
  agency: text('reach_channel_agency'),
  other: text('reach_channel_other'),
};

/** Each outcome in words: show it with say(). */
export const OUTCOME_NAMES: Record<OutreachOutcome, Text> = {
  waiting: text('reach_outcome_waiting'),
  replied: text('reach_outcome_replied'),
  agreed: text('reach_outcome_agreed'),
  declined: text('reach_outcome_declined'),
  'no-answer': text('reach_outcome_no_answer'),
};

/** A figure computed, or unknown with the reason: never a made-up 0. */
export type OutreachFigure = { value: number; reason?: undefined } | { value: null; reason: Text };

export interface CreatorOutreach {
  creatorId: string;
  /** When the first attempt went. */
  firstContactAt: number;
  attempts: number;
  /** The first answer (replied, agreed or declined) by when it came; null while none came. */
  answer: { outcome: OutreachOutcome; answeredAt: number } | null;
  /** The first answer's time minus the first attempt's: null while unanswered. */
  responseMs: number | null;
  /** Where the creator stands now: the newest answer, else the newest attempt's outcome. */
  standing: OutreachOutcome;
  /** The newest attempt is still waiting after the follow-up days. */
  needsFollowUp: boolean;
  /** The attempt a follow-up is about: the newest one. */
  newestAttemptId: string;
}

export interface CampaignOutreach {
  creators: CreatorOutreach[];
  contacted: number;
  answered: number;
  /** Creators who answered (declines included) out of those contacted. */
  responseRate: OutreachFigure;
  /** The median of the answered creators' response times. */
  medianReplyMs: OutreachFigure;
  /** Creators by where they stand now. */
  standing: Record<OutreachOutcome, number>;
  needsFollowUp: number;
}

/** Replied, agreed and declined are answers; waiting and no answer are not. */
export const isAnswer = (outcome: OutreachOutcome): boolean => ANSWERS.includes(outcome);

function creatorOutreach(creatorId: string, attempts: readonly OutreachRecord[], now: number, followUpDays: number): CreatorOutreach {
  const bySent = [...attempts].sort((a, b) => a.sentAt - b.sentAt || a.id.localeCompare(b.id));
  const first = bySent[0]!;
  const newest = bySent.at(-1)!;
  const answers = bySent.filter((attempt) => isAnswer(attempt.outcome) && attempt.answeredAt !== null).sort((a, b) => a.answeredAt! - b.answeredAt!);
  const firstAnswer = answers[0];
  const newestAnswer = answers.at(-1);
  return {
    creatorId,
    firstContactAt: first.sentAt,
    attempts: bySent.length,
    answer: firstAnswer ? { outcome: firstAnswer.outcome, answeredAt: firstAnswer.answeredAt! } : null,
    responseMs: firstAnswer ? firstAnswer.answeredAt! - first.sentAt : null,
    standing: newestAnswer?.outcome ?? newest.outcome,
    needsFollowUp: newest.outcome === 'waiting' && now - newest.sentAt >= followUpDays * DAY,
    newestAttemptId: newest.id,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The campaign's outreach figures from its attempts, as of `now`. */
export function summariseOutreach(attempts: readonly OutreachRecord[], now: number, followUpDays: number): CampaignOutreach {
  const byCreator = new Map<string, OutreachRecord[]>();
  for (const attempt of attempts) byCreator.set(attempt.creatorId, [...(byCreator.get(attempt.creatorId) ?? []), attempt]);
  const creators = [...byCreator].map(([creatorId, theirs]) => creatorOutreach(creatorId, theirs, now, followUpDays));
  const replyTimes = creators.flatMap((creator) => (creator.responseMs === null ? [] : [creator.responseMs]));
  const standing: Record<OutreachOutcome, number> = { waiting: 0, replied: 0, agreed: 0, declined: 0, 'no-answer': 0 };
  for (const creator of creators) standing[creator.standing] += 1;
  return {
    creators,
    contacted: creators.length,
    answered: replyTimes.length,
    responseRate: creators.length === 0 ? { value: null, reason: text('reach_noneContacted') } : { value: replyTimes.length / creators.length },
    medianReplyMs: replyTimes.length === 0 ? { value: null, reason: text('reach_noneAnswered') } : { value: median(replyTimes) },
    standing,
    needsFollowUp: creators.filter((creator) => creator.needsFollowUp).length,
  };
}

/** "1 d 4 h", "5 h 20 min", "12 min" ("1天4小时"…): a response time to the nearest minute. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('reach_minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('reach_hoursMinutes', { hours, minutes: minutes % 60 });
  return t('reach_daysHours', { days: Math.floor(hours / 24), hours: hours % 24 });
}
