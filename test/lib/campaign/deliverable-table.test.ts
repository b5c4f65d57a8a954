// When a delivered post went up against its due day and the campaign's first day: late by whole
// calendar days, on time on the day itself, and never "on time" for a post older than the campaign.
import { describe, expect, it } from 'vitest';
import { postedState } from '../../../lib/campaign/deliverable-table';

/** Noon of a day in the browser's time zone, so the calendar day is the one named. */
const noon = (day: string) => new Date(`${day}T12:00:00`).getTime();

describe('posted on time or not', () => {
  it.each([
    ['on the due day', '2026-03-10', '2026-03-10', null, { kind: 'onTime' }],
    ['a day early', '2026-03-10', '2026-03-09', null, { kind: 'onTime' }],
    ['three days late', '2026-03-10', '2026-03-13', null, { kind: 'late', days: 3 }],
    ['without a due day', null, '2026-03-13', null, { kind: 'noDue' }],
    ['due, posting day not read yet', '2026-03-10', null, '2026-03-01', { kind: 'unknown' }],
    ['before the campaign began, though before the due day', '2026-03-10', '2025-05-28', '2026-03-01', { kind: 'beforeStart', start: '2026-03-01' }],
    ['before the campaign began, without a due day', null, '2026-02-28', '2026-03-01', { kind: 'beforeStart', start: '2026-03-01' }],
    ['on the campaign’s first day', '2026-03-10', '2026-03-01', '2026-03-01', { kind: 'onTime' }],
  ] as const)('%s', (_case, dueDate, postedDay, campaignStart, expected) => {
    expect(postedState({ dueDate, postedAt: postedDay === null ? null : noon(postedDay) }, campaignStart)).toEqual(expected);
  });
});
