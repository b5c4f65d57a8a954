// The limits and codes every reading shares, without zod: the page reader scripts carry these and
// stay small; what they report is checked against lib/schema/snapshot where it is received.

/** Where a number came from, most trusted first. */
export const COUNT_SOURCES = ['embedded-json', 'attribute', 'text'] as const;

export const TEXT_LIMITS = { handle: 100, name: 200, bio: 2000, url: 2048, note: 5000, caption: 5000, tag: 100, comment: 500 } as const;
export const MAX_VISIBLE_COMMENTS = 50;

export const SNAPSHOT_VERSION = 1;

export const PLATFORMS = ['tiktok', 'instagram', 'youtube'] as const;
/** Each platform's own site: the manifest's host permissions and a profile address's check are built from it. */
export const PLATFORM_DOMAINS = { tiktok: 'tiktok.com', instagram: 'instagram.com', youtube: 'youtube.com' } as const;
export const PAGE_KINDS = ['profile', 'post'] as const;

/**
 * Marks a page shows that an account sells: TikTok's commerce account (`commerce-account`), its seller
 * mark (`seller`) and shop or showcase tab (`shop-tab`); an Instagram business account's
 * category (`business-account`); a YouTube channel's store shelf (`store-shelf`).
 */
export const SELLER_MARKS = ['commerce-account', 'seller', 'shop-tab', 'business-account', 'store-shelf'] as const;
export type SellerMark = (typeof SELLER_MARKS)[number];

export const READ_ERROR_CODES = ['unsupported-page', 'page-unreachable', 'extract-failed', 'bad-response'] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** What a message key looks like (the browser's messages.json allows letters, digits and underscores). */
export const MESSAGE_KEY = /^[A-Za-z0-9_]{1,100}$/;
