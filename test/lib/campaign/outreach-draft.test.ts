// The log-contact form's rules: a booked creator, times typed in the user's own time zone that are
// real, not in the future, and an answer no earlier than the message; nothing is made half.
import { describe, expect, it } from 'vitest';
import { attemptFromDraft, emptyAttemptDraft, instantOfLocal, localInputOf, utcOffsetName, type AttemptDraft } from '../../../lib/campaign/outreach-draft';

const NOW = new Date(2026, 2, 10, 15, 30).getTime();
const context = { id: 'o1', campaignId: 'c1', booked: ['tiktok:lena', 'youtube:mia'], now: NOW };
const draft = (change: Partial<AttemptDraft>): AttemptDraft => ({ ...emptyAttemptDraft(NOW), creatorId: 'tiktok:lena', sentAt: '2026-03-09T09:00', ...change });

describe('times as the user types them', () => {
  it('reads a typed time in the user’s time zone and shows it back the same', () => {
    expect(instantOfLocal('2026-03-09T09:05')).toBe(new Date(2026, 2, 9, 9, 5).getTime());
    expect(localInputOf(new Date(2026, 2, 9, 9, 5).getTime())).toBe('2026-03-09T09:05');
  });

  it.each([
    [480, 'UTC+8'],
    [-300, 'UTC-5'],
    [330, 'UTC+5:30'],
    [-570, 'UTC-9:30'],
    [0, 'UTC+0'],
  ])('names the time zone %d minutes east of UTC “%s”', (minutes, name) => {
    expect(utcOffsetName(minutes)).toBe(name);
  });

  it.each(['2026-02-31T10:00', '2026-03-09', 'yesterday', ''])('refuses “%s”', (typed) => {
    expect(instantOfLocal(typed)).toBeNull();
  });
});

describe('an attempt from the form', () => {
  it('makes the attempt, waiting or answered', () => {
    expect(attemptFromDraft(draft({ note: ' sent the brief ' }), context)).toEqual({
      attempt: { id: 'o1', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'email', sentAt: new Date(2026, 2, 9, 9).getTime(), outcome: 'waiting', answeredAt: null, note: 'sent the brief', updatedAt: NOW },
    });
    const answered = attemptFromDraft(draft({ channel: 'tiktok-shop-invite', outcome: 'agreed', answeredAt: '2026-03-10T08:00' }), context);
    expect(answered).toMatchObject({ attempt: { channel: 'tiktok-shop-invite', outcome: 'agreed', answeredAt: new Date(2026, 2, 10, 8).getTime() } });
  });

  it.each<[string, Partial<AttemptDraft>, Record<string, string>]>([
    ['no creator', { creatorId: '' }, { creatorId: 'reach_errNoCreator' }],
    ['a creator not booked in the campaign', { creatorId: 'tiktok:someone' }, { creatorId: 'reach_errNoCreator' }],
    ['no sent time', { sentAt: '' }, { sentAt: 'reach_errTimeMissing' }],
    ['a sent time in the future', { sentAt: '2026-03-11T09:00' }, { sentAt: 'reach_errFuture' }],
    ['a day that does not exist', { sentAt: '2026-02-30T09:00' }, { sentAt: 'reach_errTimeInvalid' }],
    ['an answer before the message went', { outcome: 'replied', answeredAt: '2026-03-09T08:59' }, { answeredAt: 'reach_errAnswerBeforeSent' }],
    ['an answer in the future', { outcome: 'declined', answeredAt: '2026-03-12T08:00' }, { answeredAt: 'reach_errFuture' }],
    ['a note too long', { note: 'x'.repeat(501) }, { note: 'reach_errNoteLong' }],
  ])('refuses %s at its field', (_case, change, expected) => {
    const result = attemptFromDraft(draft(change), context);
    expect('errors' in result && Object.fromEntries(Object.entries(result.errors).map(([field, message]) => [field, message.key]))).toEqual(expected);
  });

  it('ignores the answer time while the outcome is no answer yet', () => {
    expect(attemptFromDraft(draft({ outcome: 'no-answer', answeredAt: '2020-01-01T00:00' }), context)).toMatchObject({ attempt: { outcome: 'no-answer', answeredAt: null } });
  });
});
