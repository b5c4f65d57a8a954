// What a seller asks of an Instagram account, as far as a page says it. Instagram shows the
// account's category and whether it is a business account in its data; "Date joined" and
// "Account based in" live in the "About this account" dialog, which no page holds, and the
// country codes in the page data are the viewer's region, never the creator's.
import { TEXT_LIMITS, type SellerMark } from '../../schema/limits';
import type { Snapshot } from '../../schema/snapshot';
import { clip } from '../common';
import type { EmbeddedUser } from './embedded';

type SellerFacts = Pick<Snapshot['creator'], 'joinedAt' | 'sellerMarks' | 'category' | 'country'>;

export function sellerFacts(user: EmbeddedUser | null): SellerFacts {
  const business = user?.business ?? null;
  const marks: SellerMark[] | null = business === null ? null : business ? ['business-account'] : [];
  return {
    joinedAt: null,
    sellerMarks: marks,
    category: clip(user?.category, TEXT_LIMITS.name),
    country: null,
  };
}
