// Instagram markup, as data. Newest variant first; each names where it was seen.
// Instagram's atomic class names (x1lliihq, _ac2a ...) change with every build and are never used;
// hrefs, aria-labels, title attributes and element roles are.
// Provenance: [recorded] = the saved logged-out page of April 2021; [consensus] / [uncertain] = as
// graded in the project's reference notes on Instagram (several scrapers agree / one or no source).
// No rendered 2025 page has been recorded yet: the DOM entries await one.

export const INSTAGRAM_SELECTORS = {
  /** The profile header, the page's first <header> (2018-2025) [consensus]. */
  header: 'header',
  /** Its followers link names the profile in its href, "/name/followers/" (2020-2025) [consensus]. */
  followersLink: 'header a[href$="/followers/"]',
  followingLink: 'header a[href$="/following/"]',
  /**
   * Exact follower count in a title attribute, `<span title="1,234,567"><span>1.2M</span></span>`,
   * in the followers link (logged in, 2020-2025) [consensus]; logged out, in the second stats item [uncertain].
   */
  followersTitle: 'header a[href$="/followers/"] span[title], header ul li:nth-child(2) span[title]',
  /** The three stats, posts / followers / following, in this order (2020 xpath, still 2025) [uncertain]. */
  statItems: 'header section ul li, header ul li',
  /** The handle in the header: an h2 (2020-2025; a span inside it since 2023) [uncertain]. */
  headerHandle: 'header h2',
  /** Bio links go through Instagram's redirector, the target in its `u` parameter ([recorded] 2021 JSON; DOM [uncertain]). */
  bioLink: 'header a[href*="l.instagram.com/"]',
  /** Grid tiles: "/p/CODE/" up to 2023, "/name/p/CODE/" and "/name/reel/CODE/" since 2024 [consensus]. */
  gridTile: 'main a[href*="/p/"], main a[href*="/reel/"], main a[href*="/tv/"]',
  /** Reels tab view count: an icon with the count in a sibling span; "View Count Icon" in some builds (2022-2025) [consensus]. */
  tileViewsIcon: 'svg[aria-label="View count icon" i], svg[aria-label="View Count Icon"]',
  /** Pinned tile mark, "Pinned post icon" (2022-2025) [consensus]; English UI only so far. */
  tilePinnedIcon: 'svg[aria-label="Pinned post icon" i]',
  /** A post's date: <time datetime> inside a link to the post (2016-2025) [consensus]. */
  postTime: 'a[href*="/p/"] time, a[href*="/reel/"] time, a[href*="/tv/"] time',
  /** The box that holds one post: article (2016-2024), the dialog over a grid, or main [uncertain]. */
  postBox: 'article, [role="dialog"], main',
  /** Post author: the first named profile link in the post's header [uncertain]. */
  postHeaderLinks: 'header a[href]',
  /** Caption: an h1 inside the post (2022-2025) [uncertain]; none in older markup. */
  postCaption: 'h1',
  /**
   * Comments: `ul > li` items inside the post's box, replies in a nested ul inside their comment's
   * item; the first item is often the caption, by the owner (2016-2025) [consensus scraper
   * knowledge, not a recorded page].
   */
  commentItem: 'ul > li',
  /** The commenter's profile link: inside an h3 (to 2022), a plain link since [consensus]. */
  commentAuthor: 'h3 a[href], a[href]',
  /** The comment's text, outside the author link (2020-2025) [consensus]. */
  commentText: 'span[dir="auto"]',
  /** Page data: `window._sharedData` / `__additionalDataLoaded` up to 2022 [recorded]; JSON blobs since [consensus]. */
  inlineScripts: 'script:not([src])',
  /** Person / ProfilePage with a FollowAction count [recorded 2021; may be gone]. */
  jsonLd: 'script[type="application/ld+json"]',
  /**
   * Profiles: "22 Followers, 9 Following, 1 Posts - …" [recorded 2021; consensus to 2025, many languages].
   * Posts, logged out: "298K likes, 553 comments - willyrex on May 29, 2021: "…". ", the owner without
   * "@" [recorded 2024-12]; "1.234 „Gefällt mir“-Angaben, 56 Kommentare - Name (@name) auf Instagram: „…“" [uncertain, 2025].
   */
  description: 'meta[name="description"], meta[property="og:description"]',
  /**
   * Titles that may name the account as "Name (@name)": twitter:title "Willyrex (@willyrex) • Instagram
   * photo" on a logged-out post [recorded 2024-12]; og:title "tanshio (@_tanshio_) • Instagram photos and
   * videos" on a profile [recorded 2021]. A post's og:title, "Willyrex on Instagram: "…"", names no handle.
   */
  titles: 'meta[name="twitter:title"], meta[property="og:title"]',
  /**
   * The page first loaded: /<name>/reel/<code>/ and /<name>/p/<code>/ name the owner too (2026
   * [uncertain: issue report]); /p/<code>/ does not [recorded 2024-12]; /<name>/ a profile [recorded 2021].
   */
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

/**
 * Data keys of an account's seller facts, newest first. Category label: `category_name` ("Digital
 * creator", 2021 _sharedData [recorded, null there] and later API users [consensus]), `category`
 * (Polaris profile query 2023-2025 [consensus]), `business_category_name` (the broad group, "Creators &
 * Celebrities", 2021 [recorded, null there]). Business account: `is_business` (2023-2025 [consensus]),
 * `is_business_account` (2021 [recorded]). No Instagram page data states the account's own country:
 * `business_address_json` holds a city at most, and `country_code` / `specified_country` in the page
 * data are the viewer's region (PolarisSiteData, [recorded 2024-12]).
 */
export const CATEGORY_KEYS = ['category_name', 'category', 'business_category_name'];
export const BUSINESS_KEYS = ['is_business', 'is_business_account'];

/**
 * The word of a reel's plays in a description that shows them before likes and comments
 * ("1.2M plays, 95K likes, 12 comments - …"), lower case [uncertain: Instagram's UI wording in each
 * language, not yet seen in a saved page]. Likes and comments are read by position after it.
 */
export const PLAYS_WORDS = [
  'plays', 'views', 'reproducciones', 'visualizaciones', 'reproduções', 'visualizações', 'wiedergaben',
  'aufrufe', 'lectures', 'vues', 'riproduzioni', 'visualizzazioni', 'weergaven', '播放', '再生', '재생',
];

/**
 * The verified badge's aria-label: "Verified" (2019-2025) [consensus]; the others are Instagram's
 * UI wording not yet checked against pages [uncertain], so a badge found means verified, but its
 * absence means "not verified" only in the languages listed in VERIFIED_LABEL_CHECKED.
 */
export const VERIFIED_LABELS = ['Verified', 'Verifiziert', 'Vérifié', 'Verificado', 'Verificato', 'Geverifieerd', '認証済み', '인증됨', '已验证'];
export const VERIFIED_BADGE = VERIFIED_LABELS.map((label) => `svg[aria-label="${label}"]`).join(', ');
export const VERIFIED_LABEL_CHECKED = ['en'];

/** The "Paid partnership" label above a sponsored post (2017-2025), no stable element marks it; en [consensus], others [uncertain]. */
export const PAID_PARTNERSHIP_LABELS = [
  'paid partnership', 'bezahlte partnerschaft', 'partenariat rémunéré', 'colaboración pagada',
  'parceria paga', 'partnership retribuita', 'betaald partnerschap', 'タイアップ投稿', '유료 광고', '付费合作',
];

/**
 * The heading of the page Instagram serves for a removed, private or mistyped post, lower case, as
 * text (no element or attribute marks it): "Sorry, this page isn't available." (2018-2025)
 * [consensus: clones of the page and scrapers agree]; Spanish and Chinese [uncertain, Instagram's UI
 * wording not yet seen in a saved page]. Matched inside the heading, so a trailing full stop or a
 * typographic apostrophe does not matter.
 */
export const GONE_PAGE_HEADINGS = [
  "this page isn't available", 'this page isn’t available', 'esta página no está disponible',
  '此页面无法访问', '此页面无法使用', '無法使用此頁面', '此頁面無法使用',
];
/** Where that heading stands: an h2 in main (2018-2023), a span in main since [consensus]. */
export const GONE_PAGE_HEADING = 'main h2, main h1, main span';
