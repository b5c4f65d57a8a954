// Instagram markup, as data. Newest variant first; each names where it was seen.
// Instagram's atomic class names (x1lliihq, _ac2a ...) change with every build and are never used;
// hrefs, aria-labels, title attributes and element roles are.

export const INSTAGRAM_SELECTORS = {
  /** The profile header: <header> since 2018 on both logged-in and logged-out pages. */
  header: 'main header, header',
  /** Its followers link names the profile in its href ("/name/followers/"), 2018-2025. */
  followersLink: 'header a[href$="/followers/"]',
  followingLink: 'header a[href$="/following/"]',
  /**
   * Exact follower count in a title attribute: `<span title="1,234,567"><span>1.2M</span></span>`,
   * logged-in 2020-2025; inside the link or, logged out, inside the second stats item.
   */
  followersTitle: 'header a[href$="/followers/"] span[title], header ul li:nth-child(2) span[title]',
  /** The three stats, posts / followers / following, in this order (2018-2025). */
  statItems: 'header section ul li, header ul li',
  /** The handle in the header: h2 (2018-2025; a span inside it since 2023). */
  headerHandle: 'header h2',
  /** Bio links go through Instagram's redirector, the target in its `u` parameter (2019-2025). */
  bioLink: 'header a[href*="l.instagram.com/"]',
  /** Grid tiles: "/p/CODE/" up to 2023, "/name/p/CODE/" and "/name/reel/CODE/" since 2024. */
  gridTile: 'main a[href*="/p/"], main a[href*="/reel/"], main a[href*="/tv/"]',
  /** Reels tab view count: an icon with the count in a sibling span; the label's case varies (2022-2025). */
  tileViewsIcon: 'svg[aria-label="View count icon" i]',
  /** Pinned tile mark, "Pinned post icon" (2022-2025); English UI only so far. */
  tilePinnedIcon: 'svg[aria-label="Pinned post icon" i]',
  /** A post's date: <time datetime> inside a link to the post (2016-2025). */
  postTime: 'a[href*="/p/"] time, a[href*="/reel/"] time, a[href*="/tv/"] time',
  /** The box that holds one post: article (2016-2024), the dialog over a grid, or main (2025). */
  postBox: 'article, [role="dialog"], main',
  /** Post author: the first profile link in the post's header (2016-2025). */
  postHeaderLinks: 'header a[href]',
  /** Caption: an h1 inside the post (2022-2025); none in older markup. */
  postCaption: 'h1',
  /** Embedded page data. `window._sharedData` / `__additionalDataLoaded` up to 2022; JSON blobs since. */
  inlineScripts: 'script:not([src])',
  jsonLd: 'script[type="application/ld+json"]',
  description: 'meta[name="description"], meta[property="og:description"]',
  ogTitle: 'meta[property="og:title"]',
  pageUrl: 'meta[property="og:url"], link[rel="canonical"]',
} as const;

/** A post's likes link, "/p/CODE/liked_by/" (2016-2025): it names the post, so stale markup cannot match. */
export function likedBySelector(shortcode: string): string {
  return `a[href*="/${shortcode}/liked_by"]`;
}

/** Inline scripts that hold page data in the 2021 form; the JSON starts at the first "{". */
export const LEGACY_SCRIPT_PREFIXES = ['window._sharedData', 'window.__additionalDataLoaded'];

/**
 * Script text that marks the page's own profile or post data (newest first): the 2023-2025 GraphQL
 * and API responses Instagram inlines, and the 2021 _sharedData entry points.
 */
export const PAGE_DATA_MARKERS = [
  'PolarisProfilePageContentQuery',
  'xdt_api__v1__users__web_profile_info',
  'xdt_api__v1__media__shortcode__web_info',
  'xdt_shortcode_media',
  'ProfilePage',
  'PostPage',
  'shortcode_media',
];

/** The verified badge's aria-label in the UI languages checked so far (2019-2025), by language. */
export const VERIFIED_LABELS: Record<string, string> = {
  en: 'Verified', de: 'Verifiziert', fr: 'Vérifié', es: 'Verificado', pt: 'Verificado', it: 'Verificato',
  nl: 'Geverifieerd', ja: '認証済み', ko: '인증됨', zh: '已验证',
};

/** The "Paid partnership" label above a sponsored post (2017-2025); no stable element marks it. */
export const PAID_PARTNERSHIP_LABELS = [
  'paid partnership', 'bezahlte partnerschaft', 'partenariat rémunéré', 'colaboración pagada',
  'parceria paga', 'partnership retribuita', 'betaald partnerschap', 'タイアップ投稿', '유료 광고', '付费合作',
];
