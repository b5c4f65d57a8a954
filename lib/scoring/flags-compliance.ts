// Ad disclosure: marked-but-unclear sponsorships, and brand signals on posts without any disclosure.
import type { Post } from '../schema';
import { checked, thin, type Check, type CheckInput } from './check';
import { readDisclosure, type PostDisclosure } from './disclosure';
import type { Sample } from './sample';
import type { Flag } from './types';

export const DISCLOSURE_SOURCE =
  'US FTC Disclosures 101 / Endorsement Guides 2023; UK ASA/CMA influencer guidance; China Internet Advertising Measures 2023 (互联网广告管理办法)';

export interface JudgedPost {
  post: Post;
  disclosure: PostDisclosure & { status: NonNullable<PostDisclosure['status']> };
}

/** Recent and pinned posts whose label or caption is known. */
export function judgedPosts(sample: Sample): JudgedPost[] {
  return [...sample.pinned, ...sample.recent].flatMap((post) => {
    const disclosure = readDisclosure(post);
    return disclosure.status === null ? [] : [{ post, disclosure: { ...disclosure, status: disclosure.status } }];
  });
}

const hardSignals = (d: PostDisclosure) => d.codes.length + d.affiliateLinks.length > 0;
const list = (items: readonly string[]) => [...new Set(items)].slice(0, 5).join(', ');

export function disclosure({ sample }: CheckInput): Check {
  const id = 'disclosure';
  const judged = judgedPosts(sample);
  if (judged.length === 0) {
    return thin(id, 'compliance', 'no caption or paid-partnership label has been read', 'open a few recent posts so that their captions are read');
  }
  const flags: Flag[] = [];
  const unclear = judged.filter(({ disclosure }) => disclosure.status === 'unclear');
  if (unclear.length > 0) {
    flags.push({
      id: 'unclear-disclosure',
      severity: 'warn',
      message: `${unclear.length} of ${judged.length} posts mark a sponsorship only unclearly (${list(unclear.flatMap((p) => p.disclosure.markers))}): regulators expect "#ad" or "#sponsored" up front, or the platform's paid-partnership label.`,
      evidence: { posts: unclear.length, judged: judged.length, markers: list(unclear.flatMap((p) => p.disclosure.markers)) },
      rule: '#sp, #spon, #collab, #partner, "thanks @brand", or #ad buried after the first ~125 characters / two lines, and no platform label',
      source: DISCLOSURE_SOURCE,
      postIds: unclear.map(({ post }) => post.id),
    });
  }
  const undisclosed = judged.filter(({ disclosure }) => disclosure.status === 'none' && (hardSignals(disclosure) || disclosure.mentions.length > 0));
  if (undisclosed.length > 0) {
    const hard = undisclosed.filter(({ disclosure }) => hardSignals(disclosure));
    const codes = undisclosed.flatMap((p) => p.disclosure.codes);
    const links = undisclosed.flatMap((p) => p.disclosure.affiliateLinks);
    const mentions = undisclosed.flatMap((p) => p.disclosure.mentions.map((m) => `@${m}`));
    flags.push({
      id: 'undisclosed-brand-signals',
      // A discount code or an affiliate link is commercial; an @mention may be a friend.
      severity: hard.length > 0 ? 'warn' : 'info',
      message:
        hard.length > 0
          ? `${hard.length} of ${judged.length} posts carry a discount code or affiliate link without any ad disclosure.`
          : `${undisclosed.length} of ${judged.length} posts mention other accounts without any ad disclosure: check whether they are brands.`,
      evidence: {
        posts: hard.length > 0 ? hard.length : undisclosed.length,
        judged: judged.length,
        ...(codes.length ? { codes: list(codes) } : {}),
        ...(links.length ? { affiliateLinks: list(links) } : {}),
        ...(mentions.length ? { mentions: list(mentions) } : {}),
      },
      rule: 'discount code ("code X", "use my code"), affiliate link (amzn.to, /ref=, utm_, bit.ly …) or @mention, with no label and no ad tag',
      source: DISCLOSURE_SOURCE,
      postIds: (hard.length > 0 ? hard : undisclosed).map(({ post }) => post.id),
    });
  }
  return checked(id, 'compliance', flags);
}
