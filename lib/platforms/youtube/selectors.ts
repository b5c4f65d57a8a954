// YouTube markup, as data. Newest variant first; each names where and when it was seen.
// Custom element names (ytd-*, yt-*-view-model) have been stable for years; class names are
// moving from kebab/BEM (`yt-content-metadata-view-model__metadata-row`, 2024-25, with a
// `-wiz` infix before mid-2024) to camelCase (`ytContentMetadataViewModelMetadataRow`, 2026).
// Every class-based selector lists both. Sources: the channel and watch-page markup notes (3.2-3.3) the selectors were checked against.

/** Both spellings of a view-model class: camelCase (2026) first, then BEM (2025), then `-wiz` (to mid-2024). */
function viewModelClass(camel: string, bem: string, wiz?: string): string {
  return [`.${camel}`, `.${bem}`, ...(wiz ? [`.${wiz}`] : [])].join(', ');
}

const METADATA_ROW = viewModelClass(
  'ytContentMetadataViewModelMetadataRow',
  'yt-content-metadata-view-model__metadata-row',
  'yt-content-metadata-view-model-wiz__metadata-row',
);
const METADATA_TEXT = viewModelClass(
  'ytContentMetadataViewModelMetadataText',
  'yt-content-metadata-view-model__metadata-text',
  'yt-content-metadata-view-model-wiz__metadata-text',
);

export const YOUTUBE_SELECTORS = {
  // ---- Embedded data -------------------------------------------------------------------
  /** Inline scripts; `var ytInitialData = {...};` sits in a <script nonce> (seen 2019-2026). */
  inlineScripts: 'script:not([src])',

  // ---- Channel page --------------------------------------------------------------------
  /**
   * The visible channel page. YouTube keeps earlier pages in ytd-page-manager with `hidden`;
   * the first form excludes them, the second serves pages without ytd-browse (mobile, fixtures).
   */
  channelRoot: 'ytd-browse[page-subtype="channels"]:not([hidden])',
  /** New header (rollout from April 2024): yt-page-header-view-model inside yt-page-header-renderer. */
  headerNew: 'yt-page-header-view-model, yt-page-header-renderer',
  /** Old header (to ~mid-2024). */
  headerOld: 'ytd-c4-tabbed-header-renderer',
  /** Channel name. New header: an h1 inside yt-dynamic-text-view-model (2024-26); class forms listed too. */
  headerName: [
    '.ytPageHeaderViewModelPageHeaderTitle h1', // camelCase form by the 2026 renaming pattern; not yet seen itself
    '.yt-page-header-view-model__page-header-title h1', // 2025 (avindra/useascript)
    '.page-header-view-model-wiz__page-header-title h1', // 2024 -wiz builds
    'yt-dynamic-text-view-model h1',
    '.ytPageHeaderViewModelPageHeaderTitle, .yt-page-header-view-model__page-header-title, .page-header-view-model-wiz__page-header-title',
  ].join(', '),
  /** Old header name: ytd-channel-name's formatted string (2020 to mid-2024). */
  headerNameOld: '#channel-name #text, ytd-channel-name yt-formatted-string',
  /**
   * The verified mark in the new header's title: an attributed-string image attachment
   * (JSON: title…attachmentRuns CHECK_CIRCLE_FILLED). It is the title's only attachment.
   */
  headerVerifiedNew: [
    '.ytCoreAttributedStringImageElement', // 2026 camelCase
    '.yt-core-attributed-string__image-element', // 2024-25
    'yt-icon', // an icon inside the title, whatever its wrapper class
  ].join(', '),
  /** Badge next to a channel name (to 2026); verified-artist channels carry the -artist variant. */
  verifiedBadge: '.badge-style-type-verified, .badge-style-type-verified-artist',
  /** The old header's badge, next to its name only (2020 to mid-2024). */
  verifiedBadgeOld: '#channel-name .badge-style-type-verified, #channel-name .badge-style-type-verified-artist',
  /** New header metadata: rows of parts ("@handle" / "5.04M subscribers • 18K videos"). */
  metadataModel: 'yt-content-metadata-view-model',
  metadataRow: METADATA_ROW,
  metadataText: METADATA_TEXT,
  /** Old header fields (2020 to mid-2024). */
  handleOld: '#channel-handle',
  subscribersOld: '#subscriber-count',
  videosCountOld: '#videos-count',
  /** Description preview in the new header (2024-26); the "...more" button is left out. */
  descriptionNew: [
    'yt-description-preview-view-model .ytTruncatedTextTruncatedTextContent', // 2026
    'yt-description-preview-view-model .yt-truncated-text__truncated-text-content', // 2024-25
    'yt-description-preview-view-model',
  ].join(', '),
  /** Old header tagline (late 2023 to mid-2024). */
  descriptionOld: '#channel-tagline #content, #channel-tagline',
  /** Header links: attribution in the new header (2024-26), header links in the old one (2020-24). */
  headerLinks: 'yt-attribution-view-model a[href], #channel-header-links a[href], #links-holder a[href]',

  /** Grid items of the selected tab: rich grid (2021-26) and the older grid renderer (to 2021). */
  gridItem: 'ytd-rich-item-renderer, ytd-grid-video-renderer',
  /** Shelves on the Home tab hold curated and other channels' items, never the tab's grid. */
  shelf: 'ytd-rich-section-renderer, ytd-rich-shelf-renderer, ytd-shelf-renderer, ytd-reel-shelf-renderer',
  /**
   * A shelf of the rendered Home tab: the classic shelf (2019-26), the rich shelf of a rich section
   * (2024-26), the Shorts shelf (2021-26).
   */
  homeShelf: 'ytd-shelf-renderer, ytd-rich-shelf-renderer, ytd-reel-shelf-renderer',
  /** A shelf's title link, where it says what it lists ("/@name/videos?view=0&sort=dd&shelf_id=0"). */
  homeShelfLink: '#title-container a[href], a#title-text[href], #title a[href], h2 a[href]',
  /**
   * An item of a Home shelf: grid items (gridItem), the Shorts lockup (2024-26, ytm- element names
   * on desktop too) and the reel item (to 2023).
   */
  homeShelfItem: 'ytd-grid-video-renderer, ytd-rich-item-renderer, ytm-shorts-lockup-view-model-v2, ytm-shorts-lockup-view-model, ytd-reel-item-renderer',
  /** The video link inside a grid item, watch or Shorts. */
  itemLink: 'a[href*="/watch?v="], a[href*="/shorts/"]',
  /** Item title: lockup (2025-26, camel then BEM), rich-grid media (to 2024), Shorts lockups (2024-26). */
  itemTitle: [
    '.ytLockupMetadataViewModelTitle',
    '.yt-lockup-metadata-view-model__title',
    '.shortsLockupViewModelHostMetadataTitle',
    '.shortsLockupViewModelHostOutsideMetadataTitle',
    '#video-title',
  ].join(', '),
  /**
   * Old rich-grid media (to 2024): the title link's aria-label holds the exact view count
   * ("… by Kurzgesagt 572,797 views 4 hours ago 12 minutes, 33 seconds").
   */
  itemLabel: 'a#video-title-link[aria-label], #video-title[aria-label]',
  /** Old rich-grid media and grid renderer (to 2024): views, then age. */
  itemMetadataOld: '#metadata-line span.inline-metadata-item, #metadata-line span',
  /** Shorts lockup (2024-26): the views line under the title; no date is shown. */
  itemShortsViews: [
    '.shortsLockupViewModelHostMetadataSubhead',
    '.shortsLockupViewModelHostOutsideMetadataSubhead',
  ].join(', '),
  /** A channel link inside an item (home feeds show one; a channel's own grid does not). */
  itemChannelLink: 'a[href^="/@"], a[href*="/channel/UC"]',
  /** A live or upcoming item's badge: the thumbnail overlay's style, the badge classes (its count is viewers, not views). */
  itemLive: '[overlay-style="LIVE"], .badge-style-type-live-now, .badge-style-type-live-now-alternate',

  // ---- Watch page ----------------------------------------------------------------------
  /** The watch page; its video-id attribute says which video the page shows (2018-26). */
  watchRoot: 'ytd-watch-flexy',
  watchTitle: [
    'ytd-watch-metadata #title h1', // 2022-26
    'h1.ytd-watch-metadata',
    'ytd-video-primary-info-renderer h1.title', // to 2022
  ].join(', '),
  /**
   * View count. ytd-watch-info-text carries the full figure in aria-label (2024-26, uncertain);
   * ytd-video-view-count-renderer showed it as text (to 2022).
   */
  watchViewsExact: 'ytd-watch-info-text #view-count[aria-label], ytd-video-view-count-renderer .view-count',
  /** The info line under the title (2022-26): "41M views  6 years ago" collapsed, exact when expanded. */
  watchInfoParts: 'ytd-watch-metadata #info-container #info span, ytd-watch-info-text #info span',
  /** Upload date: ytd-watch-info-text (2024-26, uncertain), #info-strings (to 2022). */
  watchDate: 'ytd-watch-info-text #date-text[aria-label], #info-strings yt-formatted-string',
  /**
   * The like button. 2026: like-button-view-model (Return YouTube Dislike spec, 97d93e4);
   * to 2023: ytd-segmented-like-dislike-button-renderer #segmented-like-button; older toggle button.
   * aria-label: "like this video along with 5,471,574 other people".
   */
  likeButton: [
    'like-button-view-model button[aria-label]',
    '#segmented-like-button button[aria-label]',
    'ytd-toggle-button-renderer button[aria-label]',
  ].join(', '),
  /** The like button's count text (animated rolling digits in 2026; aria-label is preferred). */
  likeText: [
    'like-button-view-model .ytSpecButtonShapeNextButtonTextContent',
    'like-button-view-model .yt-spec-button-shape-next__button-text-content',
    '#segmented-like-button .yt-spec-button-shape-next__button-text-content',
  ].join(', '),
  /** "2,455,259 Comments" once the comments have loaded; just "Comments" before. */
  commentCount: [
    'ytd-comments-header-renderer #count .count-text',
    'ytd-comments-header-renderer h2#count yt-formatted-string',
    'ytd-comments-header-renderer #count',
  ].join(', '),
  /**
   * Comments under the video, consensus scraper knowledge (not a recorded page): one
   * ytd-comment-thread-renderer per top-level comment (2018-26), its replies inside
   * ytd-comment-replies-renderer (in div#replies), never counted.
   */
  commentThread: 'ytd-comment-thread-renderer',
  /** One comment, top-level or reply: the view model (2024-26), the renderer (to 2024). */
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  /**
   * A comment's text: yt-attributed-string#content-text in ytd-comment-view-model (2024-26),
   * yt-formatted-string#content-text in ytd-comment-renderer (to 2024), then any #comment.
   */
  commentText: [
    'ytd-comment-view-model #content-text',
    'ytd-comment-renderer #content-text',
    '#comment #content-text',
  ].join(', '),
  commentReplies: 'ytd-comment-replies-renderer, #replies',
  /** The commenter's channel link, "/@name" (2018-26), to leave out the creator's own comments. */
  commentAuthor: 'a#author-text[href], #author-text a[href]',
  owner: 'ytd-video-owner-renderer',
  ownerLink: 'ytd-channel-name a[href], #channel-name a[href], a[href^="/@"], a[href*="/channel/UC"]',
  ownerSubscribers: '#owner-sub-count',
  /** Full description in the inline expander (2022-26), formatted string (to 2022). */
  watchDescription: [
    'ytd-text-inline-expander #expanded yt-attributed-string',
    'ytd-text-inline-expander #attributed-snippet-text',
    'ytd-video-secondary-info-renderer #description yt-formatted-string',
  ].join(', '),
  /**
   * "Includes paid promotion" in the player (player JS, 2020-26): the overlay's text, or the
   * newer link form. It shows for the first seconds only, so its absence says nothing.
   */
  paidOverlay: '.ytp-paid-content-overlay .ytp-paid-content-overlay-text, .ytp-paid-content-overlay .ytp-paid-content-overlay-link',

  // ---- Shorts player -------------------------------------------------------------------
  /** The Short on screen: the reel renderer YouTube marks active (2022-26). */
  shortsActive: 'ytd-reel-video-renderer[is-active]',
  shortsTitle: [
    'yt-shorts-video-title-view-model h2',
    '.ytShortsVideoTitleViewModelShortsVideoTitle',
    '.title.ytd-reel-player-header-renderer',
  ].join(', '),
  shortsChannelLink: 'yt-reel-channel-bar-view-model a[href], ytd-channel-name a[href], a[href^="/@"]',
  shortsLikeButton: 'like-button-view-model button[aria-label], #like-button button[aria-label]',
  shortsCommentsButton: '#comments-button button[aria-label], #comments-button',
} as const;

/** The views and subscribers words in the UI languages YouTube ships, to tell header parts apart. */
export const SUBSCRIBER_WORDS = [
  'subscriber', 'abonnent', 'abonné', 'suscriptor', 'inscrit', 'iscritt', 'subskrybent', 'подписчик',
  'abone', 'pelanggan', 'người đăng ký', 'ผู้ติดตาม', 'مشترك', 'सब्सक्राइबर', '登録者', '订阅者', '訂閱者', '구독자',
];
export const VIDEO_WORDS = ['video', 'vídeo', 'відео', 'видео', 'วิดีโอ', 'فيديو', 'वीडियो', '動画', '视频', '影片', '동영상'];

/** JSON imageName of the verified check in the new header's title (NewPipe YoutubeParsingHelper). */
export const VERIFIED_IMAGE_NAMES = ['CHECK_CIRCLE_FILLED', 'OFFICIAL_ARTIST_BADGE', 'AUDIO_BADGE'];
/** metadataBadgeRenderer styles of verified channels (c4 header, owner renderer). */
export const VERIFIED_BADGE_STYLES = ['BADGE_STYLE_TYPE_VERIFIED', 'BADGE_STYLE_TYPE_VERIFIED_ARTIST'];

/**
 * Where things sit in ytInitialData, as data: each entry is a path of keys, '*' standing for every
 * element of an array; newest form first, each with the page variant and when it was seen.
 */
export const YOUTUBE_DATA = {
  /** The sections of a channel tab's content, where the Home tab keeps its shelves. */
  tabSections: [
    // Home tab as a rich grid of sections (2024-26, richSectionRenderer around each shelf).
    ['richGridRenderer', 'contents', '*', 'richSectionRenderer', 'content'],
    // Home tab as a section list (2019-26; recorded in browse responses of 2022-23).
    ['sectionListRenderer', 'contents', '*', 'itemSectionRenderer', 'contents', '*'],
  ],
  /** A shelf of a channel's Home tab and the path to its items: newest form first. */
  shelves: [
    // Shorts shelf: reelShelfRenderer with shortsLockupViewModel items (2024-26, also on the 2025 watch page), reelItemRenderer before.
    { shelf: 'reelShelfRenderer', items: ['items'] },
    // Rich shelf inside a rich section (2024-26): richItemRenderer items.
    { shelf: 'richShelfRenderer', items: ['contents'] },
    // Classic shelf (2019-26): a horizontal list of gridVideoRenderer (to 2025) or lockupViewModel (2025-26) items,
    // a grid, or an expanded list of videoRenderer items.
    { shelf: 'shelfRenderer', items: ['content', 'horizontalListRenderer', 'items'] },
    { shelf: 'shelfRenderer', items: ['content', 'gridRenderer', 'items'] },
    { shelf: 'shelfRenderer', items: ['content', 'expandedShelfContentsRenderer', 'items'] },
  ],
  /** Where a shelf says what it links to: its own endpoint, then its title's link (2019-26). */
  shelfEndpoints: [
    ['endpoint'],
    ['title', 'runs', '*', 'navigationEndpoint'],
    ['navigationEndpoint'],
    ['headerRenderer', 'shelfHeaderRenderer', 'title', 'runs', '*', 'navigationEndpoint'],
  ],
  /**
   * A channel's store: the merchandise shelf on its Home tab and under its videos (2019-26, the
   * watch page's results list and the Home tab's sections), and the newer product list view model
   * (2025-26, not yet seen in a recorded page).
   */
  storeShelves: ['merchandiseShelfRenderer', 'productListViewModel'],
  /**
   * The About panel's view model (2024-26): on the /about address inside the engagement panel it
   * opens, or in a continuation answer; both searched within a budget, as their wrapping varies.
   * Before 2024 the About tab held channelAboutFullMetadataRenderer (the tab's sections).
   */
  aboutRoots: [['onResponseReceivedEndpoints'], ['engagementPanels']],
  aboutViewModel: 'aboutChannelViewModel',
  aboutOld: 'channelAboutFullMetadataRenderer',
} as const;
