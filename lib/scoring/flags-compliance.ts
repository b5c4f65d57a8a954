// Ad disclosure: marked-but-unclear sponsorships, and brand signals on posts without any disclosure.
import { text, type Text, type TextParam } from '../i18n/text';
import { checked, thin, whenPostsToOpen, type Check, type CheckInput } from './check';
import { codeText, EARLY_CHARACTERS, markerText, type PostDisclosure } from './disclosure';
import { judgedPosts } from './series';
import type { Flag } from './types';
import { joinTexts } from './words';

/** US FTC Disclosures 101 / Endorsement Guides 2023; UK ASA/CMA guidance; China's Internet Advertising Measures 2023. */
export const DISCLOSURE_SOURCE: Text = text('sc_sourceDisclosure');

const hardSignals = (d: PostDisclosure) => d.codes.length + d.affiliateLinks.length > 0;
/** Up to five of the items, each once, as one list. */
const list = (items: readonly string[], words: (item: string) => TextParam = (item) => item) => joinTexts([...new Set(items)].slice(0, 5).map(words));

/** The undisclosed posts, those judged, and the codes, links and mentions found (those found only). */
function signalEvidence(posts: number, judged: number, codes: readonly string[], links: readonly string[], mentions: readonly string[]): Flag['evidence'] {
  const evidence: Flag['evidence'] = { posts, judged };
  if (codes.length) evidence.codes = list(codes, codeText);
  if (links.length) evidence.affiliateLinks = list(links);
  if (mentions.length) evidence.mentions = list(mentions);
  return evidence;
}

export function disclosure({ sample }: CheckInput): Check {
  const id = 'disclosure';
  const judged = judgedPosts(sample);
  if (judged.length === 0) {
    return thin(id, 'compliance', text('sc_reasonNoCaptions'), whenPostsToOpen(sample, text('sc_tipOpenCaptions')));
  }
  const flags: Flag[] = [];
  const unclear = judged.filter(({ disclosure }) => disclosure.status === 'unclear');
  if (unclear.length > 0) {
    const markers = list(unclear.flatMap((p) => p.disclosure.markers), markerText);
    flags.push({
      id: 'unclear-disclosure',
      severity: 'warn',
      message: text('sc_flagUnclearDisclosure', { posts: unclear.length, judged: judged.length, markers }),
      evidence: { posts: unclear.length, judged: judged.length, markers },
      rule: text('sc_ruleUnclearDisclosure', { characters: EARLY_CHARACTERS }),
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
          ? text('sc_flagUndisclosedCodes', { posts: hard.length, judged: judged.length })
          : text('sc_flagUndisclosedMentions', { posts: undisclosed.length, judged: judged.length }),
      evidence: signalEvidence(hard.length > 0 ? hard.length : undisclosed.length, judged.length, codes, links, mentions),
      rule: text('sc_ruleUndisclosedBrandSignals'),
      source: DISCLOSURE_SOURCE,
      postIds: (hard.length > 0 ? hard : undisclosed).map(({ post }) => post.id),
    });
  }
  return checked(id, 'compliance', flags);
}
