// How the dates pages show become spans of time: "3 days ago" is at least 3 and less than 4
// days before now; "24 Aug 2019" is that day in UTC. A date that cannot be read is null, so
// the post counts as undated rather than as posted now.
import { describe, expect, it } from 'vitest';
import type { CountRange } from '../../../lib/parse/count';
import { parseAbsoluteDate, parseRelativeDate, relativeRange, type DateUnit } from '../../../lib/parse/date';

const NOW = Date.UTC(2024, 5, 15, 12, 0, 0); // Saturday 15 June 2024, 12:00 UTC
const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const RLM = '\u200f';
const NBSP = '\u00a0';

function day(iso: string): CountRange {
  const start = Date.parse(`${iso}T00:00:00Z`);
  return { value: start + DAY / 2, min: start, max: start + DAY - 1 };
}

describe('relativeRange', () => {
  it.each<[string, number, DateUnit, number, number]>([
    ['3 days ago: from 4 days (exclusive) to 3 days before now', 3, 'day', NOW - 4 * DAY + 1, NOW - 3 * DAY],
    ['5 hours ago', 5, 'hour', NOW - 6 * HOUR + 1, NOW - 5 * HOUR],
    ['0 seconds ago ("now")', 0, 'second', NOW - SECOND + 1, NOW],
    ['1 month ago: months are 30.44 days', 1, 'month', NOW - 2 * 30.44 * DAY + 1, NOW - 30.44 * DAY],
    ['1 year ago: years are 365.25 days', 1, 'year', NOW - 2 * 365.25 * DAY + 1, NOW - 365.25 * DAY],
  ])('spans %s', (_label, amount, unit, min, max) => {
    expect(relativeRange(amount, unit, NOW)).toEqual({ value: Math.round((min + max) / 2), min, max });
  });
});

describe('parseRelativeDate', () => {
  it.each<[string | null, string, number, DateUnit]>([
    ['en', '3 days ago', 3, 'day'],
    ['en', '2 weeks ago', 2, 'week'],
    ['en', '1 year ago', 1, 'year'],
    ['en', 'a month ago', 1, 'month'],
    ['en', 'an hour ago', 1, 'hour'],
    ['en', 'Streamed 2 days ago', 2, 'day'],
    ['en', 'Premiered 3 weeks ago', 3, 'week'],
    ['en', '1,000 days ago', 1000, 'day'],
    ['en', 'yesterday', 1, 'day'],
    ['en', 'last week', 1, 'week'],
    ['en', '5 min. ago', 5, 'minute'],
    ['en-US', '4 months ago', 4, 'month'],
    // TikTok's short forms (English's narrow style), on every page.
    ['en', '3d ago', 3, 'day'],
    ['en', '2w ago', 2, 'week'],
    ['en', '5h ago', 5, 'hour'],
    ['de', '3d ago', 3, 'day'],
    [null, '5h ago', 5, 'hour'],
    [null, '3 days ago', 3, 'day'],
    ['de', 'vor 3 Tagen', 3, 'day'],
    ['de', 'Vor einem Monat', 1, 'month'],
    ['de', 'vor 2 Std.', 2, 'hour'],
    ['de', 'gestern', 1, 'day'],
    ['de', 'vorgestern', 2, 'day'],
    ['de', `vor 1.000${NBSP}Tagen`, 1000, 'day'],
    ['zh-CN', '3天前', 3, 'day'],
    ['zh-CN', '3个月前', 3, 'month'],
    ['zh-CN', '昨天', 1, 'day'],
    ['zh-CN', '前天', 2, 'day'],
    ['zh-TW', '3 天前', 3, 'day'],
    ['zh-TW', '3天前', 3, 'day'],
    ['ja', '3 日前', 3, 'day'],
    ['ja', '3日前', 3, 'day'],
    ['ja', '2 か月前', 2, 'month'],
    ['ja', '昨日', 1, 'day'],
    ['ko', '3일 전', 3, 'day'],
    ['ko', '2주 전', 2, 'week'],
    ['ko', '어제', 1, 'day'],
    ['fr', 'il y a 3 jours', 3, 'day'],
    ['fr', 'il y a un mois', 1, 'month'],
    ['fr', 'hier', 1, 'day'],
    ['es', 'hace 3 días', 3, 'day'],
    ['es', 'hace un mes', 1, 'month'],
    ['es', 'ayer', 1, 'day'],
    ['pt-BR', 'há 3 dias', 3, 'day'],
    ['pt-BR', 'há uma semana', 1, 'week'],
    ['pt-BR', 'Transmitido há 2 dias', 2, 'day'],
    ['it', '3 giorni fa', 3, 'day'],
    ['it', '1 ora fa', 1, 'hour'],
    ['ru', '3 дня назад', 3, 'day'],
    ['ru', '5 дней назад', 5, 'day'],
    ['ru', '21 день назад', 21, 'day'],
    ['ru', 'вчера', 1, 'day'],
    ['tr', '3 gün önce', 3, 'day'],
    ['tr', 'bir ay önce', 1, 'month'],
    ['tr', 'dün', 1, 'day'],
    ['id', '3 hari yang lalu', 3, 'day'],
    ['id', '2 minggu yang lalu', 2, 'week'],
    ['vi', '3 ngày trước', 3, 'day'],
    ['vi', '3 tuần trước', 3, 'week'],
    ['vi', 'tuần trước', 1, 'week'],
    ['th', '3 วันที่ผ่านมา', 3, 'day'],
    ['th', '2 ปีที่แล้ว', 2, 'year'],
    ['th', 'เมื่อวาน', 1, 'day'],
    // Arabic: pages write منذ where CLDR writes قبل; duals carry no number; tanween may be dropped.
    ['ar', 'منذ 3 أيام', 3, 'day'],
    ['ar', 'منذ ٣ أيام', 3, 'day'],
    ['ar', `${RLM}منذ ٣ أيام${RLM}`, 3, 'day'],
    ['ar', 'قبل 3 أيام', 3, 'day'],
    ['ar', 'منذ يومين', 2, 'day'],
    ['ar', 'منذ 11 يومًا', 11, 'day'],
    ['ar', 'منذ 11 يوما', 11, 'day'],
    ['ar', 'أمس', 1, 'day'],
    ['hi', '3 दिन पहले', 3, 'day'],
    ['hi', '2 घंटे पहले', 2, 'hour'],
    ['pl', '3 dni temu', 3, 'day'],
    ['pl', '2 tygodnie temu', 2, 'week'],
    ['pl', '5 lat temu', 5, 'year'],
    ['nl', '3 dagen geleden', 3, 'day'],
    ['nl', 'een maand geleden', 1, 'month'],
    ['nl', 'gisteren', 1, 'day'],
  ])('reads %s "%s"', (lang, text, amount, unit) => {
    expect(parseRelativeDate(text, lang, NOW)).toEqual(relativeRange(amount, unit, NOW));
  });

  it('reads "3 days ago" as at least 3 and less than 4 days before now', () => {
    const range = parseRelativeDate('3 days ago', 'en', NOW);
    expect(range?.max).toBe(NOW - 3 * DAY);
    expect(range?.min).toBe(NOW - 4 * DAY + 1);
  });

  it.each<[string, string | null | undefined, string | null]>([
    ['no "ago"', '3 days', 'en'],
    ['a vague amount', 'a few days ago', 'en'],
    ['a vague Chinese amount', '几天前', 'zh-CN'],
    ['the future', 'in 3 days', 'en'],
    ['an absolute date', '24 Aug 2019', 'en'],
    ['another language than the page’s', 'vor 3 Tagen', 'en'],
    ['a fraction', '1.5 hours ago', 'en'],
    ['an empty string', '', 'en'],
    ['null', null, 'en'],
    ['undefined', undefined, 'de'],
  ])('returns null for %s', (_label, text, lang) => {
    expect(parseRelativeDate(text, lang, NOW)).toBeNull();
  });
});

describe('parseAbsoluteDate', () => {
  it.each<[string | null, string, string]>([
    ['en', '24 Aug 2019', '2019-08-24'],
    ['en', 'Aug 24, 2019', '2019-08-24'],
    ['en', 'August 24, 2019', '2019-08-24'],
    ['en', 'Premiered Aug 24, 2019', '2019-08-24'],
    ['en', 'Streamed live on Sep 3, 2021', '2021-09-03'],
    ['en', '08/24/2019', '2019-08-24'],
    ['en-GB', '24/08/2019', '2019-08-24'],
    ['en', '2019-8-24', '2019-08-24'],
    [null, '2019-08-24', '2019-08-24'],
    [null, '2019-08-24T17:03:11.000Z', '2019-08-24'],
    [null, '2019-08-24 17:03:11', '2019-08-24'],
    [null, '24 Aug 2019', '2019-08-24'],
    [null, '2019年8月24日', '2019-08-24'],
    ['ja', '2019年8月24日', '2019-08-24'],
    ['ja', '2019/08/24', '2019-08-24'],
    ['zh-CN', '2019年8月24日', '2019-08-24'],
    ['zh-CN', '十一月 24, 2019', '2019-11-24'],
    ['ko', '2019. 8. 24.', '2019-08-24'],
    ['de', '24. Aug. 2019', '2019-08-24'],
    ['de', '24. August 2019', '2019-08-24'],
    ['de', '24.08.2019', '2019-08-24'],
    ['de', 'Nov 3, 2023', '2023-11-03'], // English month names on any page
    ['pt-BR', '24 de ago. de 2019', '2019-08-24'],
    ['pt-BR', '24/08/2019', '2019-08-24'],
    ['es', '24 de ago. de 2019', '2019-08-24'],
    ['es', '3 sept 2021', '2021-09-03'],
    ['fr', '24 août 2019', '2019-08-24'],
    ['fr', '3 sept. 2021', '2021-09-03'],
    ['it', '24 ago 2019', '2019-08-24'],
    ['ru', '24 августа 2019 г.', '2019-08-24'],
    ['ru', '24 авг. 2019 г.', '2019-08-24'],
    ['pl', '24 sierpnia 2019', '2019-08-24'],
    ['tr', '24 Ağu 2019', '2019-08-24'],
    ['id', '24 Agu 2019', '2019-08-24'],
    ['vi', '24 thg 8, 2019', '2019-08-24'],
    ['th', '24 ส.ค. 2562', '2019-08-24'], // Buddhist era
    ['th', '24 สิงหาคม 2019', '2019-08-24'],
    ['ar', '٢٤ أغسطس ٢٠١٩', '2019-08-24'],
    ['ar', `24${RLM}/08${RLM}/2019`, '2019-08-24'],
    ['hi', '24 अग॰ 2019', '2019-08-24'],
    ['nl', '24 aug 2019', '2019-08-24'],
    ['en', '29 Feb 2024', '2024-02-29'],
  ])('reads %s "%s"', (lang, text, iso) => {
    expect(parseAbsoluteDate(text, lang)).toEqual(day(iso));
  });

  it.each<[string | null, string, string]>([
    // TikTok's "8-24" is month-day in the current year; a day still to come is last year's.
    [null, '6-14', '2024-06-14'],
    [null, '6-15', '2024-06-15'],
    [null, '8-24', '2023-08-24'],
    ['de', '1-3', '2024-01-03'],
    ['en', '24 Aug', '2023-08-24'],
    ['en', 'Jan 3', '2024-01-03'],
    ['de', '24.8.', '2023-08-24'],
    ['ja', '1月3日', '2024-01-03'],
    ['ko', '1월 3일', '2024-01-03'],
  ])('reads %s "%s" (no year) relative to now', (lang, text, iso) => {
    expect(parseAbsoluteDate(text, lang, NOW)).toEqual(day(iso));
  });

  it.each<[string, string | null | undefined, string | null, number | undefined]>([
    ['a year-less date without now', '8-24', null, undefined],
    ['a day that does not exist', '30 Feb 2019', 'en', NOW],
    ['29 Feb in a common year', '29 Feb 2023', 'en', NOW],
    ['month 13', '13-24', null, NOW],
    ['day-month order without a language', '03/04/2019', null, NOW],
    ['two month names', '24 Aug Sep 2019', 'en', NOW],
    ['a year alone', '2019', 'en', NOW],
    ['a month and year without a day', 'Aug 2019', 'en', NOW],
    ['a relative date', '3 days ago', 'en', NOW],
    ['a count', `12${NBSP}345`, 'fr', NOW],
    ['a date with a time', 'Aug 24, 2019, 10:30', 'en', NOW],
    ['an empty string', '', 'en', NOW],
    ['null', null, 'en', NOW],
  ])('returns null for %s', (_label, text, lang, now) => {
    expect(parseAbsoluteDate(text, lang, now)).toBeNull();
  });
});
