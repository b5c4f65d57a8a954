// Reads channels and videos out of ytInitialData (browse and next responses) and
// ytInitialPlayerResponse. Shapes as documented for ytInitialData 3.1 and 3.3, checked
// against recorded responses (kurzgesagt 2023-12 and 2024-07, gronkh 2026-05, a 2026 watch page).
import { parseAbsoluteDate } from '../../parse/date';
import type { Count } from '../../schema/snapshot';
import { narrower } from '../../parse/count-helpers';
import { asArray, asBoolean, asIntegerString, asRecord, asString, asWholeNumber, at, type JsonRecord } from '../json';
import { safeDecode } from '../url-text';
import {
  emptyChannelFacts,
  headerParts,
  linkDestination,
  viewsAndAge,
  type ChannelFacts,
  type GridVideo,
  type ReadContext,
  type VideoFacts,
} from './facts';
import { SUBSCRIBER_WORDS, VERIFIED_BADGE_STYLES, VERIFIED_IMAGE_NAMES, VIDEO_WORDS, YOUTUBE_DATA as D } from './selectors';
import { exactCountIn, exactWithin, fromSpelledLabel, isRelativeDate, youtubeCount, youtubeDate } from './figures';
import { holdsStoreShelf, tabParams, tabSections, uploadShelves, valuesAt, type UploadShelf } from './home';
import { CHANNEL_TABS, channelIdIn, handleIn, sameName, VIDEO_ID, type ChannelRef, type ChannelTab } from './url';

const MAX_GRID_ITEMS = 500;
const SEARCH_BUDGET = 20_000;

export interface ChannelIdentity {
  /** Lower case, without @. */
  handles: string[];
  channelIds: string[];
  /** "c/name" and "user/name", lower case. */
  legacyPaths: string[];
}

export interface EmbeddedChannel extends ChannelFacts {
  identity: ChannelIdentity;
  /** The tab the data was loaded for; null when it names none (the page's address then says). */
  tab: ChannelTab | null;
  /**
   * That tab's grid items (up to MAX_GRID_ITEMS), not read yet: gridVideos reads them all, and
   * readiness only until it meets a video. Null when the tab has no video grid (Home, Playlists, …).
   */
  grid: unknown[] | null;
  /** That tab's shelves of the channel's newest uploads (the Home tab's Videos and Shorts shelves). */
  uploadShelves: UploadShelf[];
  /** The joined date on the channel's About panel: the middle of its calendar day. */
  joinedAt: JoinedAt | null;
  /** The country the channel states on its About panel, as written there. */
  country: string | null;
  /** Whether the data holds the channel's store: a merchandise shelf or a Store tab. */
  store: boolean;
}

export interface JoinedAt {
  value: number;
  source: Count['source'];
  shown: string;
}

export interface EmbeddedVideo extends VideoFacts {
  /** The video the data describes. */
  videoId: string | null;
  /** Whether the page shows the channel's store under the video (a merchandise shelf). */
  store: boolean;
}

// ---- Text in YouTube's JSON --------------------------------------------------------------

/** simpleText, runs[].text, view-model content, or a plain string. */
export function jsonText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const simple = asString(at(value, 'simpleText')) ?? asString(at(value, 'content'));
  if (simple !== null) return simple;
  const runs = asArray(at(value, 'runs'));
  if (runs.length === 0) return null;
  return runs.map((run) => asString(at(run, 'text')) ?? '').join('');
}

function accessibilityLabel(value: unknown): string | null {
  return asString(at(value, 'accessibility', 'accessibilityData', 'label')) ?? asString(at(value, 'accessibilityData', 'label'));
}

/** The first value stored under `key` anywhere below `root`, breadth first, within a budget. */
export function findKey(root: unknown, key: string, budget = SEARCH_BUDGET): unknown {
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < budget; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    const record = asRecord(node);
    if (record === null) continue;
    if (Object.hasOwn(record, key)) return record[key];
    queue.push(...Object.values(record));
  }
  return undefined;
}

function badgesVerified(badges: unknown): boolean {
  return asArray(badges).some((badge) => {
    const style = asString(at(badge, 'metadataBadgeRenderer', 'style'));
    return style !== null && VERIFIED_BADGE_STYLES.includes(style);
  });
}

// ---- Channel (browse response) -----------------------------------------------------------

export function readEmbeddedChannel(data: unknown, ctx: ReadContext): EmbeddedChannel | null {
  const c4 = asRecord(at(data, 'header', 'c4TabbedHeaderRenderer'));
  const pageHeader = asRecord(at(data, 'header', 'pageHeaderRenderer'));
  const model = asRecord(at(pageHeader, 'content', 'pageHeaderViewModel'));
  const meta = asRecord(at(data, 'metadata', 'channelMetadataRenderer'));
  if (c4 === null && model === null && meta === null) return null;

  const facts = emptyChannelFacts();
  const identity: ChannelIdentity = { handles: [], channelIds: [], legacyPaths: [] };
  const noteUrl = (url: string | null) => {
    if (!url) return;
    const handle = handleIn(url);
    if (handle !== null) identity.handles.push(handle.toLowerCase());
    const id = channelIdIn(url);
    if (id !== null) identity.channelIds.push(id);
    const legacy = /\/(c|user)\/([^/?#]+)/.exec(url);
    if (legacy) identity.legacyPaths.push(`${legacy[1]}/${safeDecode(legacy[2]!)}`.toLowerCase());
  };

  if (c4 !== null) {
    facts.handle = handleIn(jsonText(at(c4, 'channelHandleText')));
    facts.channelId = asString(at(c4, 'channelId'));
    facts.displayName = jsonText(at(c4, 'title'));
    facts.verified = badgesVerified(at(c4, 'badges'));
    const subscribers = at(c4, 'subscriberCountText');
    facts.subscribers =
      youtubeCount(jsonText(subscribers), ctx.lang, 'embedded-json') ?? fromSpelledLabel(accessibilityLabel(subscribers), ctx.lang, 'embedded-json');
    facts.videoCount = youtubeCount(jsonText(at(c4, 'videosCountText')), ctx.lang, 'embedded-json');
    facts.bio = asString(at(c4, 'tagline', 'channelTaglineRenderer', 'content'));
    facts.bioLinks = c4Links(at(c4, 'headerLinks'));
    noteUrl(asString(at(c4, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')));
  }
  if (model !== null) {
    const title = at(model, 'title', 'dynamicTextViewModel', 'text');
    facts.displayName ??= asString(at(title, 'content')) ?? asString(at(pageHeader, 'pageTitle'));
    facts.verified ??= asArray(at(title, 'attachmentRuns')).some((run) =>
      asArray(at(run, 'element', 'type', 'imageType', 'image', 'sources')).some((source) => {
        const name = asString(at(source, 'clientResource', 'imageName'));
        return name !== null && VERIFIED_IMAGE_NAMES.includes(name);
      }),
    );
    const parts = asArray(at(model, 'metadata', 'contentMetadataViewModel', 'metadataRows')).flatMap((row) =>
      asArray(at(row, 'metadataParts')).map((part) => ({
        text: asString(at(part, 'text', 'content')) ?? '',
        label: asString(at(part, 'accessibilityLabel')),
      })),
    );
    const header = headerParts(parts, SUBSCRIBER_WORDS, VIDEO_WORDS);
    facts.handle ??= handleIn(header.handle);
    facts.subscribers ??= header.subscribers
      ? (youtubeCount(header.subscribers.text, ctx.lang, 'embedded-json') ?? fromSpelledLabel(header.subscribers.label, ctx.lang, 'embedded-json'))
      : null;
    facts.videoCount ??= youtubeCount(header.videos, ctx.lang, 'embedded-json');
    facts.bio ??= asString(at(model, 'description', 'descriptionPreviewViewModel', 'description', 'content'));
    facts.bioLinks.push(...commandRunLinks(at(model, 'attribution', 'attributionViewModel', 'text')));
  }
  if (meta !== null) {
    // The full description; the headers carry a one-line preview.
    facts.bio = asString(at(meta, 'description')) || facts.bio;
    facts.displayName = asString(at(meta, 'title')) ?? facts.displayName;
    facts.channelId ??= asString(at(meta, 'externalId'));
    noteUrl(asString(at(meta, 'vanityChannelUrl')));
    noteUrl(asString(at(meta, 'channelUrl')));
    for (const owner of asArray(at(meta, 'ownerUrls'))) noteUrl(asString(owner));
  }
  facts.handle ??= identity.handles[0] ?? null;
  if (facts.handle !== null) identity.handles.push(facts.handle.toLowerCase());
  if (facts.channelId !== null) identity.channelIds.push(facts.channelId);

  const tabs = asArray(at(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'));
  const tabUrls = tabs.map((tab) => asString(at(tab, 'tabRenderer', 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url')));
  for (const url of tabUrls) noteUrl(url);
  const selected = tabs.map((tab) => asRecord(at(tab, 'tabRenderer'))).find((tab) => asBoolean(at(tab, 'selected')) === true) ?? null;
  const owned = {
    handles: [...new Set(identity.handles)],
    channelIds: [...new Set(identity.channelIds)],
    legacyPaths: [...new Set(identity.legacyPaths)],
  };
  const sections = selected === null ? [] : tabSections(at(selected, 'content'));
  const about = aboutFacts(data, facts.channelId, ctx);

  return {
    ...facts,
    bioLinks: [...new Set(facts.bioLinks)],
    identity: owned,
    tab: selected === null ? null : selectedTab(selected),
    grid: selected === null ? null : tabGrid(at(selected, 'content')),
    uploadShelves: uploadShelves(sections, (ref) => namesChannel(owned, ref)),
    ...about,
    store: holdsStoreShelf(sections) || tabUrls.some((url) => tabName(url) === 'store'),
  };
}

/** Whether a channel named by an address (or a bare id or "/@handle") is the one `identity` describes. */
export function namesChannel(identity: ChannelIdentity, ref: ChannelRef | string): boolean {
  if (typeof ref === 'string') {
    const handle = handleIn(ref);
    if (handle !== null) return identity.handles.includes(handle.toLowerCase());
    const id = channelIdIn(ref);
    return id !== null && identity.channelIds.some((known) => sameName(known, id));
  }
  const value = ref.value.toLowerCase();
  switch (ref.type) {
    case 'handle':
      return identity.handles.includes(value);
    case 'id':
      return identity.channelIds.some((id) => sameName(id, ref.value));
    case 'custom':
      return identity.legacyPaths.includes(`c/${value}`);
    case 'user':
      return identity.legacyPaths.includes(`user/${value}`);
  }
}

/** The selected tab: by its address (2019-26), else by the tab name in its params; null when neither says. */
function selectedTab(selected: JsonRecord): ChannelTab | null {
  const endpoint = at(selected, 'endpoint');
  const url = asString(at(endpoint, 'commandMetadata', 'webCommandMetadata', 'url'));
  if (url !== null) return tabName(url);
  const named = tabParams(asString(at(endpoint, 'browseEndpoint', 'params')))?.tab ?? null;
  return CHANNEL_TABS.find((tab) => tab === named) ?? null;
}

function tabName(url: string | null): ChannelTab | null {
  if (url === null) return null;
  const last = url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop()?.toLowerCase() ?? '';
  if (last.startsWith('@') || /^UC[A-Za-z0-9_-]{22}$/.test(last)) return 'featured';
  return CHANNEL_TABS.find((tab) => tab === last) ?? null;
}

const MAX_COUNTRY_CHARS = 64;

/**
 * The joined date and stated country of the channel's About panel: the view model (2024-26) found
 * within the answer's endpoints and panels, or the About tab's renderer (to 2023). A view model
 * that names another channel is not the page's.
 */
function aboutFacts(data: unknown, channelId: string | null, ctx: ReadContext): { joinedAt: JoinedAt | null; country: string | null } {
  const roots = D.aboutRoots.flatMap((path) => valuesAt(data, path));
  let about = roots.map((root) => findKey(root, D.aboutViewModel, ABOUT_BUDGET)).find((found) => asRecord(found) !== null);
  if (about === undefined) {
    const tabs = asArray(at(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'));
    about = tabs.flatMap((tab) => tabSections(at(tab, 'tabRenderer', 'content'))).map((section) => at(section, D.aboutOld)).find((found) => asRecord(found) !== null);
  }
  const aboutId = asString(at(about, 'channelId'));
  if (about === undefined || (aboutId !== null && channelId !== null && aboutId !== channelId)) return { joinedAt: null, country: null };
  const joined = jsonText(at(about, 'joinedDateText'));
  const day = joined === null ? null : parseAbsoluteDate(joined, ctx.lang);
  const country = (jsonText(at(about, 'country')) ?? '').trim();
  return {
    joinedAt: day === null ? null : { value: day.value, source: 'embedded-json', shown: joined!.trim().slice(0, 64) },
    country: country === '' ? null : country.slice(0, MAX_COUNTRY_CHARS),
  };
}

/** Nodes searched for the About panel's view model in each of its roots. */
const ABOUT_BUDGET = 5_000;

/** Links in the old header (view model 2023-24, renderer before). */
function c4Links(headerLinks: unknown): string[] {
  const viewModel = at(headerLinks, 'channelHeaderLinksViewModel');
  if (viewModel !== undefined) return commandRunLinks(at(viewModel, 'firstLink'));
  const renderer = at(headerLinks, 'channelHeaderLinksRenderer');
  return [...asArray(at(renderer, 'primaryLinks')), ...asArray(at(renderer, 'secondaryLinks'))].flatMap((link) => {
    const destination = linkDestination(asString(at(link, 'navigationEndpoint', 'urlEndpoint', 'url')));
    return destination === null ? [] : [destination];
  });
}

function commandRunLinks(text: unknown): string[] {
  return asArray(at(text, 'commandRuns')).flatMap((run) => {
    const destination = linkDestination(asString(at(run, 'onTap', 'innertubeCommand', 'urlEndpoint', 'url')));
    return destination === null ? [] : [destination];
  });
}

/** The items of a tab's grid: rich grid (2021-26) or the grid renderer inside sections (to 2021). */
function tabGrid(content: unknown): unknown[] | null {
  let items = asArray(at(content, 'richGridRenderer', 'contents'));
  if (items.length === 0) {
    const sections = asArray(at(content, 'sectionListRenderer', 'contents'));
    const grids = sections.flatMap((section) =>
      asArray(at(section, 'itemSectionRenderer', 'contents')).flatMap((inner) => asArray(at(inner, 'gridRenderer', 'items'))),
    );
    if (grids.length === 0) return at(content, 'richGridRenderer') === undefined ? null : [];
    items = grids;
  }
  return items.slice(0, MAX_GRID_ITEMS);
}

/** The videos among a tab's grid items (EmbeddedChannel.grid), with their figures. */
export function gridVideos(grid: readonly unknown[], ctx: ReadContext): GridVideo[] {
  return grid.flatMap((item) => gridVideo(item, ctx) ?? []);
}

export function gridVideo(item: unknown, ctx: ReadContext): GridVideo | null {
  const node = at(item, 'richItemRenderer', 'content') ?? item;
  const renderer = asRecord(at(node, 'videoRenderer')) ?? asRecord(at(node, 'gridVideoRenderer'));
  if (renderer !== null) return fromVideoRenderer(renderer, ctx);
  const lockup = asRecord(at(node, 'lockupViewModel'));
  if (lockup !== null) return fromLockup(lockup, ctx);
  const reel = asRecord(at(node, 'reelItemRenderer'));
  if (reel !== null) return fromReelItem(reel, ctx);
  const shorts = asRecord(at(node, 'shortsLockupViewModel')) ?? asRecord(at(node, 'shortsLockupViewModelV2'));
  if (shorts !== null) return fromShortsLockup(shorts, ctx);
  return null;
}

function validId(value: unknown): string | null {
  const id = asString(value);
  return id !== null && VIDEO_ID.test(id) ? id : null;
}

/** videoRenderer (to 2025) and gridVideoRenderer (to 2021). */
function fromVideoRenderer(renderer: JsonRecord, ctx: ReadContext): GridVideo | null {
  const id = validId(at(renderer, 'videoId'));
  if (id === null) return null;
  const live =
    at(renderer, 'upcomingEventData') !== undefined ||
    asArray(at(renderer, 'badges')).some((badge) => asString(at(badge, 'metadataBadgeRenderer', 'style'))?.includes('LIVE') === true) ||
    asArray(at(renderer, 'thumbnailOverlays')).some((overlay) =>
      ['LIVE', 'UPCOMING'].includes(asString(at(overlay, 'thumbnailOverlayTimeStatusRenderer', 'style')) ?? ''),
    );
  let views = narrower(
    youtubeCount(jsonText(at(renderer, 'viewCountText')), ctx.lang, 'embedded-json'),
    youtubeCount(jsonText(at(renderer, 'shortViewCountText')), ctx.lang, 'embedded-json'),
  );
  if (views !== null && views.min !== views.max) {
    const exact = exactWithin(accessibilityLabel(at(renderer, 'title')), views, ctx.lang);
    if (exact !== null) views = { value: exact, min: exact, max: exact, source: 'embedded-json' };
  }
  const url = asString(at(renderer, 'navigationEndpoint', 'commandMetadata', 'webCommandMetadata', 'url')) ?? '';
  return {
    id,
    format: url.startsWith('/shorts/') || at(renderer, 'navigationEndpoint', 'reelWatchEndpoint') !== undefined ? 'shorts' : 'watch',
    title: jsonText(at(renderer, 'title')),
    views: live ? null : views,
    publishedAt: youtubeDate(jsonText(at(renderer, 'publishedTimeText')), ctx.lang, ctx.now, 'embedded-json'),
    live,
  };
}

/** lockupViewModel (2025-26): metadata rows of parts, ["26k views", "17 hours ago"]. */
function fromLockup(lockup: JsonRecord, ctx: ReadContext): GridVideo | null {
  const type = asString(at(lockup, 'contentType'));
  if (type !== null && type !== 'LOCKUP_CONTENT_TYPE_VIDEO') return null;
  const id = validId(at(lockup, 'contentId'));
  if (id === null) return null;
  const metadata = at(lockup, 'metadata', 'lockupMetadataViewModel');
  const rows = asArray(at(metadata, 'metadata', 'contentMetadataViewModel', 'metadataRows'))
    .map((row) => asArray(at(row, 'metadataParts')).map((part) => asString(at(part, 'text', 'content')) ?? ''))
    .filter((parts) => parts.some((part) => part.trim() !== ''));
  const { views, age } = viewsAndAge(rows.at(-1) ?? [], (text) => isRelativeDate(text, ctx.lang, ctx.now));
  const badges = asArray(at(lockup, 'contentImage', 'thumbnailViewModel', 'overlays')).flatMap((overlay) =>
    asArray(at(overlay, 'thumbnailBottomOverlayViewModel', 'badges')),
  );
  const live = badges.some((badge) => /LIVE|UPCOMING/.test(asString(at(badge, 'thumbnailBadgeViewModel', 'badgeStyle')) ?? ''));
  const url = asString(at(lockup, 'rendererContext', 'commandContext', 'onTap', 'innertubeCommand', 'commandMetadata', 'webCommandMetadata', 'url')) ?? '';
  return {
    id,
    format: url.startsWith('/shorts/') ? 'shorts' : 'watch',
    title: asString(at(metadata, 'title', 'content')),
    views: live ? null : youtubeCount(views, ctx.lang, 'embedded-json'),
    publishedAt: youtubeDate(age, ctx.lang, ctx.now, 'embedded-json'),
    live,
  };
}

/** reelItemRenderer: the Shorts tab until 2024. */
function fromReelItem(reel: JsonRecord, ctx: ReadContext): GridVideo | null {
  const id = validId(at(reel, 'videoId'));
  if (id === null) return null;
  return {
    id,
    format: 'shorts',
    title: jsonText(at(reel, 'headline')),
    views: youtubeCount(jsonText(at(reel, 'viewCountText')), ctx.lang, 'embedded-json'),
    publishedAt: null,
    live: false,
  };
}

/** shortsLockupViewModel: the Shorts tab since 2024; the id also ends its entityId. */
function fromShortsLockup(shorts: JsonRecord, ctx: ReadContext): GridVideo | null {
  const entityId = asString(at(shorts, 'entityId')) ?? '';
  const id =
    validId(at(shorts, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ??
    validId(at(shorts, 'onTap', 'innertubeCommand', 'watchEndpoint', 'videoId')) ??
    validId(entityId.slice(-11));
  if (id === null) return null;
  return {
    id,
    format: 'shorts',
    title: asString(at(shorts, 'overlayMetadata', 'primaryText', 'content')),
    views: youtubeCount(asString(at(shorts, 'overlayMetadata', 'secondaryText', 'content')), ctx.lang, 'embedded-json'),
    publishedAt: null,
    live: false,
  };
}

// ---- Video (next response and player response) ------------------------------------------

/** The watch page's or Short's ytInitialData (youtubei/v1/next or reel response). */
export function readEmbeddedVideo(data: unknown, ctx: ReadContext): EmbeddedVideo | null {
  const videoId =
    validId(at(data, 'currentVideoEndpoint', 'watchEndpoint', 'videoId')) ??
    validId(at(data, 'currentVideoEndpoint', 'reelWatchEndpoint', 'videoId')) ??
    validId(at(data, 'replacementEndpoint', 'reelWatchEndpoint', 'videoId')) ??
    validId(at(data, 'endpoint', 'reelWatchEndpoint', 'videoId'));
  const contents = asArray(at(data, 'contents', 'twoColumnWatchNextResults', 'results', 'results', 'contents'));
  const primary = contents.map((item) => asRecord(at(item, 'videoPrimaryInfoRenderer'))).find((item) => item !== null) ?? null;
  const secondary = contents.map((item) => asRecord(at(item, 'videoSecondaryInfoRenderer'))).find((item) => item !== null) ?? null;
  const overlay = asRecord(at(data, 'overlay', 'reelPlayerOverlayRenderer'));
  if (videoId === null && primary === null && overlay === null) return null;

  const viewCount = at(primary, 'viewCount', 'videoViewCountRenderer');
  const live = asBoolean(at(viewCount, 'isLive')) === true;
  const views = live
    ? null
    : narrower(
        youtubeCount(jsonText(at(viewCount, 'viewCount')), ctx.lang, 'embedded-json'),
        youtubeCount(jsonText(at(viewCount, 'shortViewCount')), ctx.lang, 'embedded-json'),
      );
  // On a tie the calendar date wins: it does not depend on when the page was read.
  const publishedAt = narrower(
    youtubeDate(jsonText(at(primary, 'relativeDateText')), ctx.lang, ctx.now, 'embedded-json'),
    youtubeDate(jsonText(at(primary, 'dateText')), ctx.lang, ctx.now, 'embedded-json'),
  );
  const owner = primary !== null || secondary !== null ? watchOwner(at(secondary, 'owner', 'videoOwnerRenderer'), ctx) : shortsOwner(overlay);
  return {
    videoId,
    title: jsonText(at(primary, 'title')),
    description: asString(at(secondary, 'attributedDescription', 'content')) ?? jsonText(at(secondary, 'description')),
    views,
    likes: likesIn(primary !== null ? at(primary, 'videoActions') : overlay, ctx),
    comments: commentsIn(data, contents, overlay, ctx),
    publishedAt: publishedAt ?? youtubeDate(jsonText(findKey(overlay, 'timestampText')), ctx.lang, ctx.now, 'embedded-json'),
    sponsored: null,
    owner,
    store: holdsStoreShelf(contents),
  };
}

function watchOwner(renderer: unknown, ctx: ReadContext): ChannelFacts | null {
  if (asRecord(renderer) === null) return null;
  const facts = emptyChannelFacts();
  const base =
    asString(at(renderer, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')) ??
    asString(at(asArray(at(renderer, 'title', 'runs'))[0], 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'));
  facts.handle = handleIn(base);
  facts.channelId = asString(at(renderer, 'navigationEndpoint', 'browseEndpoint', 'browseId')) ?? channelIdIn(base);
  facts.displayName = jsonText(at(renderer, 'title'));
  const subscribers = at(renderer, 'subscriberCountText');
  facts.subscribers =
    youtubeCount(jsonText(subscribers), ctx.lang, 'embedded-json') ?? fromSpelledLabel(accessibilityLabel(subscribers), ctx.lang, 'embedded-json');
  facts.verified = badgesVerified(at(renderer, 'badges'));
  return facts;
}

/** A Short's overlay names only its own channel. */
function shortsOwner(overlay: JsonRecord | null): ChannelFacts | null {
  if (overlay === null) return null;
  const facts = emptyChannelFacts();
  const base = asString(findKey(overlay, 'canonicalBaseUrl'));
  facts.handle = handleIn(base);
  facts.channelId = channelIdIn(base) ?? asString(findKey(overlay, 'browseId'));
  const header = at(overlay, 'reelPlayerHeaderSupportedRenderers', 'reelPlayerHeaderRenderer');
  facts.displayName = jsonText(at(header, 'channelTitleText')) ?? asString(at(findKey(overlay, 'channelName'), 'content'));
  return facts;
}

/**
 * The like count: exact digits from the button's accessibility text ("like this video along
 * with 5,471,574 other people"), else its abbreviated title ("5.4m").
 */
function likesIn(container: unknown, ctx: ReadContext): Count | null {
  if (container === undefined || container === null) return null;
  const outer = findKey(container, 'likeButtonViewModel');
  const button = at(at(outer, 'likeButtonViewModel') ?? outer, 'toggleButtonViewModel', 'toggleButtonViewModel', 'defaultButtonViewModel', 'buttonViewModel');
  if (button !== undefined) return likeCount(asString(at(button, 'accessibilityText')), asString(at(button, 'title')), ctx);
  // segmentedLikeDislikeButtonRenderer (2022-23) and the plain toggle button before it.
  const plain = findKey(container, 'toggleButtonRenderer');
  const toggle =
    at(findKey(container, 'segmentedLikeDislikeButtonRenderer'), 'likeButton', 'toggleButtonRenderer') ??
    (asString(at(plain, 'defaultIcon', 'iconType')) === 'LIKE' ? plain : undefined);
  if (toggle !== undefined) {
    const text = at(toggle, 'defaultText');
    return likeCount(accessibilityLabel(text), jsonText(text), ctx);
  }
  // Shorts until 2024: an exact likeCount number.
  const renderer = findKey(container, 'likeButtonRenderer');
  const exact = asWholeNumber(at(renderer, 'likeCount')) ?? asIntegerString(at(renderer, 'likeCount'));
  if (exact !== null) return { value: exact, min: exact, max: exact, source: 'embedded-json' };
  return likeCount(accessibilityLabel(at(renderer, 'likeCountWithLikeText')), jsonText(at(renderer, 'likeCountText')), ctx);
}

function likeCount(label: string | null, shown: string | null, ctx: ReadContext): Count | null {
  const rounded = youtubeCount(shown, ctx.lang, 'embedded-json');
  const exact = exactCountIn(label, ctx.lang);
  // "along with N other people" counts the viewer out once they have liked it: allow one off.
  if (exact !== null && (rounded === null || (exact >= rounded.min - 1 && exact <= rounded.max))) {
    return { value: exact, min: exact, max: exact, source: 'embedded-json' };
  }
  return rounded;
}

/** The comments panel's "501k", the loaded header's exact "2,455,259 Comments", a Short's button. */
function commentsIn(data: unknown, contents: unknown[], overlay: JsonRecord | null, ctx: ReadContext): Count | null {
  let count: Count | null = null;
  for (const panel of asArray(at(data, 'engagementPanels'))) {
    const renderer = at(panel, 'engagementPanelSectionListRenderer');
    if (!/comment/i.test(asString(at(renderer, 'panelIdentifier')) ?? '')) continue;
    count = narrower(count, youtubeCount(jsonText(at(renderer, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo')), ctx.lang, 'embedded-json'));
  }
  for (const item of contents) {
    const section = at(item, 'itemSectionRenderer');
    if (asString(at(section, 'sectionIdentifier')) !== 'comment-item-section') continue;
    count = narrower(count, youtubeCount(jsonText(at(section, 'header', 'commentsHeaderRenderer', 'countText')), ctx.lang, 'embedded-json'));
    for (const entry of asArray(at(section, 'contents'))) {
      count = narrower(count, youtubeCount(jsonText(at(entry, 'commentsEntryPointHeaderRenderer', 'commentCount')), ctx.lang, 'embedded-json'));
    }
  }
  if (overlay !== null) {
    const button = at(findKey(overlay, 'viewCommentsButton'), 'buttonRenderer');
    count = narrower(count, youtubeCount(jsonText(at(button, 'text')), ctx.lang, 'embedded-json'));
    const exact = exactCountIn(accessibilityLabel(button) ?? asString(at(button, 'accessibility', 'label')), ctx.lang);
    if (exact !== null) count = { value: exact, min: exact, max: exact, source: 'embedded-json' };
  }
  return count;
}

export interface EmbeddedPlayer {
  videoId: string | null;
  title: string | null;
  description: string | null;
  views: Count | null;
  publishedAt: Count | null;
  owner: ChannelFacts;
  /** "Includes paid promotion" in the player data; false when the data has none. */
  sponsored: boolean;
}

/** ytInitialPlayerResponse: exact views, the upload instant, and the paid-promotion mark. */
export function readEmbeddedPlayer(response: unknown): EmbeddedPlayer | null {
  const details = asRecord(at(response, 'videoDetails'));
  if (details === null) return null;
  const micro = at(response, 'microformat', 'playerMicroformatRenderer');
  const views = asIntegerString(at(details, 'viewCount'));
  const live = asBoolean(at(details, 'isLive')) === true;
  const owner = emptyChannelFacts();
  owner.handle = handleIn(asString(at(micro, 'ownerProfileUrl')));
  owner.channelId = asString(at(details, 'channelId'));
  owner.displayName = asString(at(details, 'author')) ?? asString(at(micro, 'ownerChannelName'));
  return {
    videoId: validId(at(details, 'videoId')),
    title: asString(at(details, 'title')),
    description: asString(at(details, 'shortDescription')),
    views: views === null || live ? null : { value: views, min: views, max: views, source: 'embedded-json' },
    publishedAt: isoDate(asString(at(micro, 'publishDate')) ?? asString(at(micro, 'uploadDate'))),
    owner,
    sponsored:
      asRecord(at(response, 'paidContentOverlay', 'paidContentOverlayRenderer')) !== null ||
      // Newer form named in YouTube's player JS; its inner shape is not recorded yet.
      asRecord(at(response, 'playerOverlays', 'playerOverlayRenderer', 'playerDisclosure')) !== null,
  };
}

const HOUR = 3_600_000;

/** "2019-08-24T10:28:51-07:00" is an instant; "2019-08-24" a day somewhere on Earth. */
function isoDate(text: string | null): Count | null {
  if (text === null) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = Date.parse(text);
    return Number.isSafeInteger(instant) && instant >= 0 ? { value: instant, min: instant, max: instant, source: 'embedded-json' } : null;
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseAbsoluteDate(text, null) : null;
  if (day === null) return null;
  // The calendar day of an unnamed time zone: UTC-12 to UTC+14.
  const min = Math.max(0, day.min - 14 * HOUR);
  const max = day.max + 12 * HOUR;
  return { value: Math.round((min + max) / 2), min, max, source: 'embedded-json' };
}
