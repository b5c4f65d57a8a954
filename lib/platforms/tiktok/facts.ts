// What a seller asks first about a TikTok account, from the user object of the creator the page
// belongs to: when the account was made, whether it sells, its business category, its region.
// Only that user object is read. The page data also carries the viewer's own region and
// language (webapp.app-context) and the app language the creator uses (user.language): neither
// says where the creator is, and neither is read.
import type { SellerMark } from '../../schema/limits';
import type { Snapshot } from '../../schema/snapshot';
import { asBoolean, asIntegerString, asString, asWholeNumber, at, secondsToMs, type JsonRecord } from '../json';
import { TIKTOK_USER_FACTS } from './selectors';

export interface TikTokFacts {
  /** When the account was made, Unix ms; null when the data does not say. */
  joinedAt: number | null;
  /** The marks of selling the data carries; [] when it says none; null when it carries none of them. */
  sellerMarks: SellerMark[] | null;
  category: string | null;
  /** The account's region code ("ES"), as the creator's own user object holds it. */
  country: string | null;
}

export const NO_FACTS: TikTokFacts = { joinedAt: null, sellerMarks: null, category: null, country: null };

/** TikTok counts from musical.ly (2014): an account made before is a misread. */
const TIKTOK_SINCE = Date.UTC(2014, 0, 1);
const MAX_CATEGORY = 200;

/** The facts of `user`, the creator's own user object; `now` bounds the creation time. */
export function userFacts(user: JsonRecord | null, now: number): TikTokFacts {
  if (user === null) return NO_FACTS;
  return {
    joinedAt: joinedAt(user, now),
    sellerMarks: sellerMarks(user),
    category: category(user),
    country: region(user),
  };
}

function joinedAt(user: JsonRecord, now: number): number | null {
  for (const path of TIKTOK_USER_FACTS.createTime) {
    const raw = at(user, ...path);
    const ms = secondsToMs(asWholeNumber(raw) ?? asIntegerString(raw));
    // 0 stands for "not sent"; a time after the reading is a misread.
    if (ms !== null && ms >= TIKTOK_SINCE && ms <= now) return ms;
  }
  return null;
}

function sellerMarks(user: JsonRecord): SellerMark[] | null {
  let carried = false;
  const marks: SellerMark[] = [];
  for (const [mark, paths] of Object.entries(TIKTOK_USER_FACTS.sellerMarks) as [SellerMark, readonly (readonly string[])[]][]) {
    const said = paths.map((path) => asBoolean(at(user, ...path))).find((value) => value !== null) ?? null;
    if (said === null) continue;
    carried = true;
    if (said) marks.push(mark);
  }
  return carried ? marks : null;
}

function category(user: JsonRecord): string | null {
  const shown = asString(at(user, ...TIKTOK_USER_FACTS.category))?.trim();
  return shown ? shown.slice(0, MAX_CATEGORY) : null;
}

function region(user: JsonRecord): string | null {
  const code = asString(at(user, ...TIKTOK_USER_FACTS.region))?.trim().toUpperCase();
  // A two-letter region code; anything else is not one TikTok sends.
  return code !== undefined && /^[A-Z]{2}$/.test(code) ? code : null;
}

/** A seller mark the rendered profile adds to those of the data: its shop tab. */
export function withShopTab(facts: TikTokFacts, shopTabShown: boolean): TikTokFacts {
  if (!shopTabShown || facts.sellerMarks?.includes('shop-tab')) return facts;
  return { ...facts, sellerMarks: [...(facts.sellerMarks ?? []), 'shop-tab'] };
}

/** The facts as a snapshot's creator fields: null where the page does not say. */
export function creatorFacts(facts: TikTokFacts): Pick<Snapshot['creator'], 'joinedAt' | 'sellerMarks' | 'category' | 'country'> {
  return {
    joinedAt: facts.joinedAt === null ? null : { value: facts.joinedAt, source: 'embedded-json' },
    sellerMarks: facts.sellerMarks,
    category: facts.category,
    country: facts.country,
  };
}
