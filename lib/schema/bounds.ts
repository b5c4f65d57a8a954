// The plausible range of every date and count that enters the database, from a page, a CSV file,
// the edit form or a backup: one set of bounds, so a value one path accepts the others accept too.
// A value outside them is refused with its field named (the issue's message is a message key,
// `bound_…`, put in words where it is shown), never stored.
import * as z from 'zod/mini';
import { PLATFORM_DOMAINS, PLATFORMS } from './limits';

type Platform = (typeof PLATFORMS)[number];

const DAY = 86_400_000;

/** Before the oldest of the three platforms (YouTube's first video, April 2005): no record is older. */
export const EARLIEST_DATE = Date.UTC(2005, 0, 1);

/** When each platform began; a post dated before is impossible. TikTok counts from musical.ly (2014), whose posts it carries. */
export const PLATFORM_SINCE: Record<Platform, number> = {
  youtube: Date.UTC(2005, 3, 1),
  instagram: Date.UTC(2010, 9, 1),
  tiktok: Date.UTC(2014, 0, 1),
};

/** No account or post has a trillion of anything; a larger count is a misread. */
export const MAX_COUNT = 1e12;

/** A price per post above a billion is a typing slip; below one cent is not a price. */
export const MAX_PRICE = 1e9;
export const MIN_PRICE = 0.01;

/** The latest plausible moment: tomorrow (a clock or a time zone a day ahead is still honest). */
export const latestDate = (): number => Date.now() + DAY;

export const BOUND_MESSAGES = ['bound_date', 'bound_postDate', 'bound_count', 'bound_price', 'bound_currency', 'bound_profileUrl', 'bound_email'] as const;
export type BoundMessage = (typeof BOUND_MESSAGES)[number];

/** A moment (Unix ms) between 2005 and tomorrow. */
export const MomentSchema = z.number().check(z.refine((ms) => Number.isFinite(ms) && ms >= EARLIEST_DATE && ms <= latestDate(), 'bound_date' satisfies BoundMessage));

/** A count: a whole number from 0 to 10^12. */
export const CountNumberSchema = z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_COUNT, 'bound_count' satisfies BoundMessage));

/** Whether a post's date can be true on this platform. */
export const plausiblePostDate = (platform: Platform, ms: number): boolean => Number.isFinite(ms) && ms >= PLATFORM_SINCE[platform] && ms <= latestDate();

/** An amount of money: one cent to a billion, in whole cents (a whole number of cents divided by 100 is the decimal's own double). */
export const AmountSchema = z.number().check(
  z.refine((amount) => Number.isFinite(amount) && amount >= MIN_PRICE && amount <= MAX_PRICE && Math.round(amount * 100) / 100 === amount, 'bound_price' satisfies BoundMessage),
);

/** An ISO 4217 currency code. */
export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'bound_currency' satisfies BoundMessage));

export const PriceSchema = z.object({ amount: AmountSchema, currency: CurrencySchema });
export type Price = z.infer<typeof PriceSchema>;

/**
 * Each platform's own site (./limits): a creator's profile address is on it or on a subdomain,
 * with nothing (a user name, a look-alike domain) before it.
 */
const PLATFORM_SITES = Object.fromEntries(
  PLATFORMS.map((platform) => [platform, new RegExp(`^https://(?:[a-z0-9-]+\\.)*${PLATFORM_DOMAINS[platform].replaceAll('.', '\\.')}(?::\\d+)?(?:[/?#]|$)`, 'i')]),
) as Record<Platform, RegExp>;

/** Whether an address is a secure web address on the platform's own site (not a look-alike of it). */
export function onPlatform(platform: Platform, address: string): boolean {
  return PLATFORM_SITES[platform].test(address);
}

/** A contact e-mail address as a person would type it. */
export const EmailSchema = z.string().check(z.maxLength(254, 'bound_email' satisfies BoundMessage), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'bound_email' satisfies BoundMessage));

/** The bound an issue broke, when it is one of ours. */
export function boundOf(issue: { message?: string }): BoundMessage | null {
  return (BOUND_MESSAGES as readonly string[]).includes(issue.message ?? '') ? (issue.message as BoundMessage) : null;
}
