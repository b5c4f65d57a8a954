// The one set of bounds (lib/schema/bounds) at its edges: what a page reading, a CSV row, the edit
// form and a restore all accept or refuse.
import { describe, expect, it } from 'vitest';
import { AmountSchema, CurrencySchema, EARLIEST_DATE, MAX_COUNT, CountNumberSchema, MomentSchema, onPlatform, plausiblePostDate, PLATFORM_SINCE } from '../../../lib/schema/bounds';

const DAY = 86_400_000;

describe('bounds', () => {
  it('a profile address is https on the platform’s own site or a subdomain; look-alikes, user names and http are refused', () => {
    expect(onPlatform('tiktok', 'https://www.tiktok.com/@lena')).toBe(true);
    expect(onPlatform('tiktok', 'https://tiktok.com')).toBe(true);
    expect(onPlatform('instagram', 'https://m.instagram.com/lena/?hl=en')).toBe(true);
    expect(onPlatform('youtube', 'https://www.youtube.com:443/@lena')).toBe(true);
    for (const [platform, address] of [
      ['tiktok', 'https://www.tiktok.com.login-check.example/@lena'],
      ['tiktok', 'https://evil.example/www.tiktok.com/'],
      ['tiktok', 'https://www.tiktok.com@evil.example/@lena'],
      ['tiktok', 'https://wwwtiktok.com/@lena'],
      ['instagram', 'http://www.instagram.com/lena/'],
      ['instagram', 'https://www.tiktok.com/@lena'],
      ['youtube', 'javascript:alert(1)//youtube.com'],
    ] as const) {
      expect(onPlatform(platform, address), address).toBe(false);
    }
  });

  it('dates run from 2005 to tomorrow; a post’s from its platform’s start', () => {
    expect(MomentSchema.safeParse(EARLIEST_DATE).success).toBe(true);
    expect(MomentSchema.safeParse(EARLIEST_DATE - 1).success).toBe(false);
    expect(MomentSchema.safeParse(Date.now() + DAY / 2).success).toBe(true);
    expect(MomentSchema.safeParse(Date.now() + 2 * DAY).success).toBe(false);
    expect(MomentSchema.safeParse(1e300).success).toBe(false);
    expect(MomentSchema.safeParse(Number.NaN).success).toBe(false);
    expect(plausiblePostDate('tiktok', PLATFORM_SINCE.tiktok)).toBe(true);
    expect(plausiblePostDate('tiktok', PLATFORM_SINCE.tiktok - 1)).toBe(false);
    expect(plausiblePostDate('youtube', PLATFORM_SINCE.tiktok - 1)).toBe(true);
  });

  it('counts are whole, from 0 to 10^12', () => {
    expect(CountNumberSchema.safeParse(0).success).toBe(true);
    expect(CountNumberSchema.safeParse(MAX_COUNT).success).toBe(true);
    for (const bad of [-1, MAX_COUNT + 1, 1.5, Number.POSITIVE_INFINITY]) expect(CountNumberSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('prices run from a cent to a billion in whole cents, with a three-letter currency', () => {
    for (const good of [0.01, 300.5, 540389290.42, 1e9]) expect(AmountSchema.safeParse(good).success, String(good)).toBe(true);
    for (const bad of [0, 0.0000001, 0.005, -5, 1e9 + 0.01, 1e29]) expect(AmountSchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(CurrencySchema.safeParse('CNY').success).toBe(true);
    expect(CurrencySchema.safeParse('<b>').success).toBe(false);
  });
});
