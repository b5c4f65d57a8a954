// Whether a creator's post looks made for a campaign they are booked in: its caption, hashtags or
// links carry the deal's discount code, its tracking link (the same page, or the same utm_campaign),
// the brand's account or one of the campaign's hashtags. Pure: the popup offers to attach on a match.
import type { CampaignRecord } from '../db/campaign-record';
import type { DealRecord } from '../db/deal-record';
import { text, type Text } from '../i18n';
import type { Post } from '../schema/snapshot';

export type DeliverableMark =
  | { kind: 'code'; code: string }
  | { kind: 'link' }
  | { kind: 'utm'; value: string }
  | { kind: 'handle'; handle: string }
  | { kind: 'hashtag'; tag: string };

const LINK = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?:\/[^\s"'<>()]*)?/giu;

/** A link as written in a caption ("shop.acme.com/summer?utm_campaign=x"), or null. */
function asUrl(written: string): URL | null {
  try {
    return new URL(/^https?:\/\//i.test(written) ? written : `https://${written}`);
  } catch {
    return null;
  }
}

const page = (url: URL) => `${url.hostname.replace(/^www\./, '').toLowerCase()}${url.pathname.replace(/\/+$/, '')}`;
const bare = (mark: string) => mark.replace(/^[@#]+/, '').toLowerCase();

/** The discount code as a word of the caption, whatever its case ("LENA10" in "use lena10 at checkout"). */
function hasCode(caption: string, code: string): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu').test(caption);
}

/** Every mark of this deal and campaign the post carries, strongest first. */
export function deliverableMarks(post: Pick<Post, 'caption' | 'hashtags' | 'mentions'>, deal: Pick<DealRecord, 'discountCode' | 'trackingLink'>, campaign: Pick<CampaignRecord, 'brandHandles' | 'brandHashtags'>): DeliverableMark[] {
  const caption = post.caption ?? '';
  const marks: DeliverableMark[] = [];
  if (deal.discountCode !== null && hasCode(caption, deal.discountCode)) marks.push({ kind: 'code', code: deal.discountCode });
  const tracking = deal.trackingLink === null ? null : asUrl(deal.trackingLink);
  if (tracking !== null) {
    const links = (caption.match(LINK) ?? []).flatMap((written) => asUrl(written) ?? []);
    const utm = tracking.searchParams.get('utm_campaign');
    if (links.some((link) => page(link) === page(tracking))) marks.push({ kind: 'link' });
    else if (utm && links.some((link) => link.searchParams.get('utm_campaign')?.toLowerCase() === utm.toLowerCase())) marks.push({ kind: 'utm', value: utm });
  }
  const mentioned = new Set(post.mentions.map(bare));
  const handle = (campaign.brandHandles ?? []).find((brand) => mentioned.has(bare(brand)));
  if (handle !== undefined) marks.push({ kind: 'handle', handle: bare(handle) });
  const tagged = new Set(post.hashtags.map(bare));
  const tag = (campaign.brandHashtags ?? []).find((brand) => tagged.has(bare(brand)));
  if (tag !== undefined) marks.push({ kind: 'hashtag', tag: bare(tag) });
  return marks;
}

/** A mark in words, for the offer: "discount code LENA10". */
export function markText(mark: DeliverableMark): Text {
  switch (mark.kind) {
    case 'code':
      return text('deliv_markCode', { code: mark.code });
    case 'link':
      return text('deliv_markLink');
    case 'utm':
      return text('deliv_markUtm', { value: mark.value });
    case 'handle':
      return text('deliv_markHandle', { handle: mark.handle });
    case 'hashtag':
      return text('deliv_markHashtag', { tag: mark.tag });
  }
}
