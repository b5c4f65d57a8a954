// TikTok markup, as data. Newest variant first; each names where it was seen.
// TikTok's class names are hashed per build and never used; data-e2e attributes are.

export const TIKTOK_SELECTORS = {
  /** h1 since 2023, h2 in 2022 markup: match on the attribute only. */
  handle: '[data-e2e="user-title"]',
  /** Display name: h2 since 2023, h1 in 2022 markup. */
  displayName: '[data-e2e="user-subtitle"]',
  bio: '[data-e2e="user-bio"]',
  /** The link element itself (2022-2024) or a wrapper around it (some 2024 layouts). */
  bioLink: 'a[data-e2e="user-link"], [data-e2e="user-link"] a, [data-e2e="user-link"]',
  followers: '[data-e2e="followers-count"]',
  following: '[data-e2e="following-count"]',
  likes: '[data-e2e="likes-count"]',
  /**
   * No stable attribute; the badge's hashed class has kept "VerifyBadge" in it since 2022.
   * Only next to the handle: side lists of other accounts carry the same badge.
   */
  verifiedBadge:
    '[data-e2e="user-title"] svg[class*="VerifyBadge"], [data-e2e="user-title"] ~ svg[class*="VerifyBadge"], [data-e2e="user-title"] ~ * svg[class*="VerifyBadge"], [data-e2e="verified-badge"]',
  postItem: '[data-e2e="user-post-item"]',
  postLink: 'a[href*="/video/"], a[href*="/photo/"]',
  postViews: '[data-e2e="video-views"]',
  /** Shared with other labels ("Sponsored"), so its text decides; see PINNED_LABELS. */
  postBadge: '[data-e2e="video-card-badge"]',
  /**
   * A profile's shop (showcase) tab beside videos-tab, repost-tab and liked-tab. Not in a recorded
   * page: the name follows those tabs and a 2025 content blocker's list. [uncertain]
   */
  shopTab: '[data-e2e="shop-tab"], [data-e2e="showcase-tab"]',
  // Video pages: the standalone layout (2023+) and the "browse" modal over a profile (2022+).
  /**
   * The one-column video page (seen 2025-12): the video and the recommended ones after it, each
   * an article with its own counts; the article holding the player of the video in the address
   * (id "xgwrapper-<n>-<video id>") is the page's own.
   */
  videoArticle: '[data-e2e="recommend-list-item-container"]',
  /** The author's avatar link in a video article (href "/@handle"), 2025-12. */
  videoAuthorLink: 'a[data-e2e="video-author-avatar"]',
  /** The "Paid partnership" chip under a video's caption (2025-12); the data's isAd does not carry it. */
  videoPaidPartnership: '[data-e2e="sponsored-tag"]',
  videoLikes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  videoComments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  videoShares: '[data-e2e="share-count"]',
  /** TikTok's own odd name for the bookmark count (2023+). */
  videoSaves: '[data-e2e="undefined-count"], [data-e2e="collect-count"]',
  videoCaption: '[data-e2e="video-desc"], [data-e2e="browse-video-desc"]',
  videoAuthor: '[data-e2e="video-author-uniqueid"], [data-e2e="browse-username"]',
  /** "Display name · 3d ago" under the author (2023+). */
  videoAuthorLine: '[data-e2e="browser-nickname"]',
  /**
   * The comment list under a video: the marked container (2023+), else the styled list whose
   * hashed class keeps "DivCommentListContainer" (2022-25). Consensus scraper knowledge, not a
   * recorded page.
   */
  commentList: '[data-e2e="search-comment-container"], div[class*="DivCommentListContainer"]',
  /**
   * A top-level comment's text: p[data-e2e="comment-level-1"] with the text in a span inside
   * (2023+), the same mark on a span or div in older builds; replies are "comment-level-2".
   * Consensus scraper knowledge, not a recorded page.
   */
  commentText: '[data-e2e="comment-level-1"]',
  /** Embedded page data, newest first. */
  universalData: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
  /** 2021-2023. */
  sigiState: 'script#SIGI_STATE, script#sigi-persisted-data',
  /** Up to 2021. */
  nextData: 'script#__NEXT_DATA__',
} as const;

/**
 * Where a TikTok user object (webapp.user-detail userInfo.user, 2023+; video-detail
 * itemStruct.author; SIGI UserModule.users[handle], 2021-23; __NEXT_DATA__ userInfo.user, up to
 * 2021) keeps what a seller asks first. Several paths: newest first.
 */
export const TIKTOK_USER_FACTS = {
  /** Unix seconds; in every form seen (2025-12 recorded page: 1578872963). */
  createTime: [['createTime']],
  sellerMarks: {
    /** {"commerceUser": false} on the 2025-12 recorded page. */
    'commerce-account': [['commerceUserInfo', 'commerceUser']],
    /** false on the 2025-12 recorded page. */
    seller: [['ttSeller']],
    /** Not in a recorded page; profileTab holds showMusicTab, showQuestionTab, showPlayListTab (2025-12). [uncertain] */
    'shop-tab': [['profileTab', 'showShopTab']],
  },
  /** Third-party schemas of user-detail (2024-25); absent from a creator account that does not sell. */
  category: ['commerceUserInfo', 'category'],
  /** The account's region code, in user-detail answers (2023+). Never webapp.app-context's region (the viewer's). */
  region: ['region'],
} as const;

/** The grid badge text for a pinned video in the UI languages TikTok ships. */
export const PINNED_LABELS = [
  'pinned', 'angepinnt', 'fijado', 'épinglé', 'epinglé', 'fissato', 'fixado', 'vastgezet', 'przypięte',
  'закреплено', 'sabitlendi', 'disematkan', 'đã ghim', 'ปักหมุด', 'مثبت', 'पिन किया गया',
  '置顶', '已置顶', '置頂', '已置頂', '固定済み', '고정됨',
];

/** TikTok's statusCode for a private account in its embedded data. */
export const PRIVATE_ACCOUNT_STATUS = 10222;
