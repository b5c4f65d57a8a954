// The tracking link a creator shares: the brand's page with utm_source / utm_medium / utm_campaign /
// utm_content added, so the shop's analytics can tell this creator's visitors apart. The page's own
// query parameters (a product variant, a coupon) are kept; only the utm_ ones are written.
import { TEXT_LIMITS } from '../schema/limits';
import { text, type Text } from '../i18n/text';

export const UTM_FIELDS = ['source', 'medium', 'campaign', 'content'] as const;
export type UtmField = (typeof UTM_FIELDS)[number];

export interface UtmParts {
  /** The page the link opens, as the user typed it. */
  base: string;
  source: string;
  medium: string;
  campaign: string;
  content: string;
}

export type UtmErrors = Partial<Record<'base' | UtmField, Text>>;

/** A campaign's name as a link carries it: "Summer Glow 2026!" -> "summer-glow-2026"; letters of any script stay. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** What the builder starts from for a creator with no link yet: who sends the visitor, and how. */
export function suggestedUtm(base: string, platform: string, campaignName: string, handle: string): UtmParts {
  return { base, source: platform, medium: 'influencer', campaign: slug(campaignName), content: handle };
}

/** A stored link taken apart again: its utm_ values, and the page without them. */
export function utmPartsOf(link: string): UtmParts | null {
  const url = httpUrl(link);
  if (url === null) return null;
  const parts = { source: '', medium: '', campaign: '', content: '' };
  for (const field of UTM_FIELDS) {
    parts[field] = url.searchParams.get(`utm_${field}`) ?? '';
    url.searchParams.delete(`utm_${field}`);
  }
  return { base: url.href, ...parts };
}

function httpUrl(input: string): URL | null {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The link with the utm_ parameters set (an empty one left out), or why it cannot be made: a base that
 * is no http(s) address, or a link longer than a stored link may be.
 */
export function buildTrackingLink(parts: UtmParts): { link: string } | { errors: UtmErrors } {
  const url = httpUrl(parts.base);
  if (url === null) return { errors: { base: text('deal_errBase') } };
  for (const field of UTM_FIELDS) {
    const value = parts[field].trim();
    if (value) url.searchParams.set(`utm_${field}`, value);
    else url.searchParams.delete(`utm_${field}`);
  }
  const link = url.href;
  if (link.length > TEXT_LIMITS.url) return { errors: { base: text('deal_errLinkLong', { max: TEXT_LIMITS.url }) } };
  return { link };
}
