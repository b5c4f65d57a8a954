// The outreach figures a campaign page shows: each creator's response time (the same instant whatever
// time zones the message and the answer were typed in), the response rate with declines counted as
// answers and silence not, the median reply time, and who needs a follow-up.
import { describe, expect, it } from 'vitest';
import { formatDuration, summariseOutreach } from '../../../lib/campaign/outreach';
import type { OutreachOutcome, OutreachRecord } from '../../../lib/db/outreach-record';
import { say, setLocale } from '../../../lib/i18n';
import { formatPercent } from '../../../lib/i18n/format';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-03-20T12:00:00Z');

let next = 0;
function attempt(creatorId: string, sentAt: string, outcome: OutreachOutcome = 'waiting', answeredAt: string | null = null): OutreachRecord {
  next += 1;
  return { id: `o${next}`, campaignId: 'c1', creatorId, channel: 'email', sentAt: Date.parse(sentAt), outcome, answeredAt: answeredAt === null ? null : Date.parse(answeredAt), note: '', updatedAt: NOW };
}
const creator = (attempts: OutreachRecord[], id: string) => summariseOutreach(attempts, NOW, 3).creators.find((c) => c.creatorId === id)!;

describe('a creator’s response time', () => {
  it.each([
    // Sent in Shenzhen (UTC+8) on the 8th, answered in New York (UTC-5) on the 7th by the calendar: still 8 hours later.
    ['across the date line', '2026-03-08T01:00:00+08:00', '2026-03-07T20:00:00-05:00', 8 * HOUR],
    // New York moves to summer time (UTC-4) on 8 March 2026: the answer's clock jumped, the wait did not.
    ['across a summer-time change', '2026-03-07T23:00:00+08:00', '2026-03-08T10:00:00-04:00', 23 * HOUR],
    ['on the same clock', '2026-03-02T09:00:00Z', '2026-03-03T13:00:00Z', 28 * HOUR],
  ])('%s', (_case, sent, answered, expected) => {
    expect(creator([attempt('tiktok:lena', sent, 'replied', answered)], 'tiktok:lena').responseMs).toBe(expected);
  });

  it('counts from the first attempt to the first answer, whichever attempt it came to', () => {
    const lena = creator(
      [
        attempt('tiktok:lena', '2026-03-01T09:00:00Z', 'no-answer'),
        attempt('tiktok:lena', '2026-03-04T09:00:00Z', 'agreed', '2026-03-06T09:00:00Z'),
        attempt('tiktok:lena', '2026-03-03T09:00:00Z', 'replied', '2026-03-05T10:00:00Z'),
      ],
      'tiktok:lena',
    );
    expect(lena).toMatchObject({ firstContactAt: Date.parse('2026-03-01T09:00:00Z'), attempts: 3, answer: { outcome: 'replied' }, standing: 'agreed' });
    expect(lena.responseMs).toBe(4 * DAY + HOUR);
  });

  it('is unknown while no answer came', () => {
    expect(creator([attempt('tiktok:kai', '2026-03-01T09:00:00Z', 'no-answer')], 'tiktok:kai')).toMatchObject({ answer: null, responseMs: null, standing: 'no-answer' });
  });
});

describe('the campaign’s figures', () => {
  const six = [
    attempt('a', '2026-03-01T09:00:00Z', 'replied', '2026-03-02T13:00:00Z'), // 1 d 4 h
    attempt('b', '2026-03-01T09:00:00Z', 'agreed', '2026-03-01T15:00:00Z'), // 6 h
    attempt('c', '2026-03-01T09:00:00Z', 'declined', '2026-03-04T09:00:00Z'), // 3 d
    attempt('d', '2026-03-01T09:00:00Z', 'replied', '2026-03-03T09:00:00Z'), // 2 d
    attempt('e', '2026-03-01T09:00:00Z', 'no-answer'),
    attempt('f', '2026-03-10T09:00:00Z', 'waiting'),
  ];

  it('counts a decline as an answer and silence as none: 4 of 6 answered', () => {
    const figures = summariseOutreach(six, NOW, 3);
    expect(figures).toMatchObject({ contacted: 6, answered: 4, standing: { replied: 2, agreed: 1, declined: 1, 'no-answer': 1, waiting: 1 } });
    expect(formatPercent(figures.responseRate.value)).toBe('66.67%');
  });

  it('takes the median reply time over the answered creators only', () => {
    // 6 h, 1 d 4 h, 2 d, 3 d: between the middle two.
    expect(summariseOutreach(six, NOW, 3).medianReplyMs.value).toBe((28 * HOUR + 48 * HOUR) / 2);
    expect(summariseOutreach(six.slice(0, 3), NOW, 3).medianReplyMs.value).toBe(28 * HOUR);
  });

  it('says why the rate and the median are unknown with no attempts, never 0%', () => {
    const figures = summariseOutreach([], NOW, 3);
    expect(figures.responseRate).toEqual({ value: null, reason: { key: 'reach_noneContacted' } });
    expect(figures.medianReplyMs).toEqual({ value: null, reason: { key: 'reach_noneAnswered' } });
    expect(say(figures.responseRate.reason)).toBe('no creator contacted yet');
  });

  it('with only declines and silence: a rate, and a median of the declines', () => {
    const figures = summariseOutreach([six[2]!, six[4]!], NOW, 3);
    expect(figures.responseRate.value).toBe(0.5);
    expect(figures.medianReplyMs.value).toBe(3 * DAY);
  });

  it('with nobody answering: 0% is a figure, the median is unknown', () => {
    const figures = summariseOutreach([six[4]!, six[5]!], NOW, 3);
    expect(figures.responseRate.value).toBe(0);
    expect(figures.medianReplyMs.value).toBeNull();
  });
});

describe('needs follow-up', () => {
  it.each([
    ['a message waiting 3 days', [attempt('a', '2026-03-17T12:00:00Z')], 3, true],
    ['a message waiting just under 3 days', [attempt('a', '2026-03-17T12:01:00Z')], 3, false],
    ['the same message with a 1-day setting', [attempt('a', '2026-03-19T00:00:00Z')], 1, true],
    ['an old answered message', [attempt('a', '2026-03-01T12:00:00Z', 'replied', '2026-03-02T12:00:00Z')], 3, false],
    ['an old message closed as unanswered', [attempt('a', '2026-03-01T12:00:00Z', 'no-answer')], 3, false],
    ['an old waiting message followed up yesterday', [attempt('a', '2026-03-01T12:00:00Z'), attempt('a', '2026-03-19T12:00:00Z')], 3, false],
  ])('%s: %s', (_case, attempts, days, expected) => {
    const figures = summariseOutreach(attempts, NOW, days);
    expect(figures.creators[0]!.needsFollowUp).toBe(expected);
    expect(figures.needsFollowUp).toBe(expected ? 1 : 0);
  });
});

describe('durations in words', () => {
  it.each([
    [12 * 60_000, '12 min', '12分钟'],
    [5 * HOUR + 20 * 60_000, '5 h 20 min', '5小时20分钟'],
    [28 * HOUR, '1 d 4 h', '1天4小时'],
    [3 * DAY + 30 * 60_000, '3 d 0 h', '3天0小时'],
  ])('%d ms', (ms, english, chinese) => {
    expect(formatDuration(ms)).toBe(english);
    setLocale('zh_CN');
    try {
      expect(formatDuration(ms)).toBe(chinese);
    } finally {
      setLocale('en');
    }
  });
});
