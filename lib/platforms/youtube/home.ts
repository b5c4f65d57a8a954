// A channel's Home tab: the shelves that list its latest uploads (the "Videos" shelf sorted by date,
// the Shorts shelf), told from its other shelves (popular, playlists, other channels) by where they
// link, never by their title. Paths in YOUTUBE_DATA (selectors.ts).
import type { SellerMark } from '../../schema/limits';
import { asArray, asRecord, asString, at } from '../json';
import { YOUTUBE_DATA as D } from './selectors';
import { parseYouTubeUrl, type ChannelRef, type ChannelTab } from './url';

/** The tabs whose newest uploads a Home shelf may list. */
const SHELF_TABS = ['videos', 'shorts', 'streams'] as const;
type ShelfTab = (typeof SHELF_TABS)[number];

export interface UploadShelf {
  tab: ShelfTab;
  /** The shelf's items, not read yet (gridVideo reads each). */
  items: unknown[];
}

const MAX_SHELF_ITEMS = 100;

/** Every value at `path` below `root`, '*' standing for each element of an array. */
export function valuesAt(root: unknown, path: readonly string[]): unknown[] {
  let found: unknown[] = [root];
  for (const key of path) {
    found = key === '*' ? found.flatMap(asArray) : found.flatMap((value) => (at(value, key) === undefined ? [] : [at(value, key)]));
  }
  return found;
}

/** The sections of a tab's content (Home: one per shelf). */
export function tabSections(content: unknown): unknown[] {
  return D.tabSections.flatMap((path) => valuesAt(content, path));
}

/**
 * The shelves of a tab's sections that list the channel's newest uploads: their link is the
 * channel's own Videos, Shorts or Live tab, sorted by date (the default). `isOwn` says whether a
 * channel named by a link is the page's channel.
 */
export function uploadShelves(sections: readonly unknown[], isOwn: (ref: ChannelRef | string) => boolean): UploadShelf[] {
  const shelves: UploadShelf[] = [];
  for (const section of sections) {
    for (const form of D.shelves) {
      const shelf = asRecord(at(section, form.shelf));
      if (shelf === null) continue;
      const items = asArray(at(shelf, ...form.items));
      if (items.length === 0) continue;
      const tab = shelfTab(shelf, isOwn);
      if (tab !== null) shelves.push({ tab, items: items.slice(0, MAX_SHELF_ITEMS) });
      break;
    }
  }
  return shelves;
}

/** The own-uploads tab a shelf links to, newest first; null for any other shelf. */
function shelfTab(shelf: unknown, isOwn: (ref: ChannelRef | string) => boolean): ShelfTab | null {
  const endpoints = D.shelfEndpoints.flatMap((path) => valuesAt(shelf, path));
  for (const endpoint of endpoints) {
    const link = endpointLink(endpoint);
    if (link === null) continue;
    // The first link that says where it goes decides: a shelf is not read by a later, vaguer one.
    if (link.tab === null || !isOwn(link.channel) || !link.newestFirst) return null;
    return SHELF_TABS.find((tab) => tab === link.tab) ?? null;
  }
  return null;
}

interface EndpointLink {
  channel: ChannelRef | string;
  tab: ChannelTab | string | null;
  newestFirst: boolean;
}

/** Where a browse endpoint goes: its address (2019-26), else its browse id and tab params. */
function endpointLink(endpoint: unknown): EndpointLink | null {
  const url = asString(at(endpoint, 'commandMetadata', 'webCommandMetadata', 'url'));
  if (url !== null) return addressLink(url);
  const browse = at(endpoint, 'browseEndpoint');
  const channel = asString(at(browse, 'browseId')) ?? asString(at(browse, 'canonicalBaseUrl'));
  const params = tabParams(asString(at(browse, 'params')));
  if (channel === null || params === null) return null;
  return { channel, tab: params.tab, newestFirst: params.sort === null || params.sort === SORT_NEWEST };
}

/** Where a shelf's address goes. */
function addressLink(url: string): EndpointLink | null {
  let address: URL;
  try {
    address = new URL(url, 'https://www.youtube.com');
  } catch {
    return null;
  }
  const page = parseYouTubeUrl(address);
  if (page?.kind !== 'channel') return null;
  // "?view=0&sort=dd&shelf_id=0" is the newest first; "sort=p" the most popular, "sort=da" the oldest.
  const sort = address.searchParams.get('sort');
  return { channel: page.channel, tab: page.tab, newestFirst: sort === null || sort === 'dd' };
}

/** The own-uploads tab a rendered shelf's title link goes to; null for any other link. */
export function shelfLinkTab(href: string | null, isOwn: (ref: ChannelRef | string) => boolean): ShelfTab | null {
  const link = href === null ? null : addressLink(href);
  if (link === null || !isOwn(link.channel) || !link.newestFirst) return null;
  return SHELF_TABS.find((tab) => tab === link.tab) ?? null;
}

/** Field 3 of the tab params: 1 most popular, 2 oldest, 3 newest (absent: the tab's default, newest). */
const SORT_NEWEST = 3;

/**
 * The tab and sort a browse endpoint's params name. They are a base64 protocol buffer: field 2 the
 * tab's name ("videos"), field 3 its sort ("EgZ2aWRlb3MYAyAAMAE%3D": videos, newest first).
 */
export function tabParams(params: string | null): { tab: string; sort: number | null } | null {
  if (params === null || params.length > 400) return null;
  let bytes: Uint8Array;
  try {
    const base64 = decodeURIComponent(params).replace(/-/g, '+').replace(/_/g, '/');
    bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
  let tab: string | null = null;
  let sort: number | null = null;
  for (let i = 0; i < bytes.length; ) {
    const [key, afterKey] = varint(bytes, i);
    if (key === null) return null;
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) {
      const [value, next] = varint(bytes, afterKey);
      if (value === null) return null;
      if (field === 3) sort = value;
      i = next;
    } else if (wire === 2) {
      const [length, start] = varint(bytes, afterKey);
      if (length === null || start + length > bytes.length) return null;
      if (field === 2) tab = new TextDecoder().decode(bytes.subarray(start, start + length));
      i = start + length;
    } else {
      break; // a field kind the tab and sort never use: they come first.
    }
  }
  return tab === null ? null : { tab, sort };
}

/** A protocol buffer varint at `start`: its value and where the next field starts. */
function varint(bytes: Uint8Array, start: number): [number | null, number] {
  let value = 0;
  for (let i = start, shift = 1; i < bytes.length && i < start + 5; i++, shift *= 128) {
    value += (bytes[i]! & 0x7f) * shift;
    if ((bytes[i]! & 0x80) === 0) return [value, i + 1];
  }
  return [null, bytes.length];
}

/** Whether any of `nodes` (sections of a tab, a watch page's results) is the channel's store shelf. */
export function holdsStoreShelf(nodes: readonly unknown[]): boolean {
  return nodes.some((node) => D.storeShelves.some((key) => at(node, key) !== undefined));
}

/**
 * The seller marks a YouTube page shows: its store, when the data holds one. Its absence proves
 * nothing (a Home tab shows the sections the creator chose), so it gives null, never [].
 */
export function storeMarks(store: boolean): SellerMark[] | null {
  return store ? ['store-shelf'] : null;
}
