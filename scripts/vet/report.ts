// Vetting saved pages outside the browser: the same extractors and scoring as the extension,
// turned into the command-line reader's report, in English.
import { english } from '../../lib/i18n';
import { recognisePage } from '../../lib/platforms';
import type { Count, Snapshot } from '../../lib/schema/snapshot';
import { assess, type Assessment } from '../../lib/scoring';

export interface VetReport {
  file: string;
  url: string;
  platform: Snapshot['platform'];
  pageKind: Snapshot['pageKind'];
  creator: {
    handle: string;
    displayName: string | null;
    verified: boolean | null;
    followers: number | null;
    following: number | null;
    likes: number | null;
    posts: number | null;
    bio: string | null;
    links: string[];
  };
  posts: Array<{
    id: string;
    url: string;
    views: number | null;
    likes: number | null;
    comments: number | null;
    shares: number | null;
    saves: number | null;
    publishedAt: string | null;
    pinned: boolean;
    sponsored: boolean | null;
    caption: string | null;
  }>;
  unreadable: Array<{ field: string; reason: string }>;
  assessment: {
    score: number | null;
    grade: Assessment['grade'];
    tier: string | null;
    confidence: Assessment['confidence'];
    /** Below enough evidence the grade is provisional. */
    provisional: boolean;
    checksRun: number;
    checksTotal: number;
    /** The caps that lowered the grade, each with its stable reason id and its sentence. */
    caps: Array<{ grade: string; reason: string; message: string }>;
    flags: Array<{ id: string; severity: string; message: string }>;
  };
}

export class UnsupportedPage extends Error {}

/** The address a saved page came from: Chrome's "saved from" mark, the canonical link, og:url. */
export function savedPageUrl(html: string, doc: Document): string | null {
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const candidates = [
    savedFrom,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new URL(candidate).href;
    } catch {
      // not an absolute URL: try the next source
    }
  }
  return null;
}

const value = (count: Count | null) => count?.value ?? null;

/**
 * Reads one saved page. Throws UnsupportedPage with a one-line reason when the page is not a
 * creator page Creator Lens reads.
 */
export function vetPage(file: string, html: string, doc: Document, urlOverride: string | null, now: number): VetReport {
  const url = urlOverride ?? savedPageUrl(html, doc);
  if (url === null) throw new UnsupportedPage(`${file}: no page address found in the file; pass it with --url`);
  const support = recognisePage(url);
  if (!support.supported) throw new UnsupportedPage(`${file}: ${english(support.reason)}`);
  const snapshot = support.reader.extract(doc, new URL(url), now);
  const assessment = assess(snapshot);
  const { creator } = snapshot;
  return {
    file,
    url: snapshot.url,
    platform: snapshot.platform,
    pageKind: snapshot.pageKind,
    creator: {
      handle: creator.handle,
      displayName: creator.displayName,
      verified: creator.verified,
      followers: value(creator.followers),
      following: value(creator.following),
      likes: value(creator.totalLikes),
      posts: value(creator.postCount),
      bio: creator.bio,
      links: creator.bioLinks,
    },
    posts: snapshot.posts.map((post) => ({
      id: post.id,
      url: post.url,
      views: value(post.views),
      likes: value(post.likes),
      comments: value(post.comments),
      shares: value(post.shares),
      saves: value(post.saves),
      publishedAt: post.publishedAt === null ? null : new Date(post.publishedAt.value).toISOString(),
      pinned: post.pinned,
      sponsored: post.sponsored,
      caption: post.caption,
    })),
    unreadable: snapshot.missing.map(({ field, reason }) => ({ field, reason: english(reason) })),
    assessment: {
      score: assessment.score,
      grade: assessment.grade,
      tier: assessment.tier ? english(assessment.tier.label) : null,
      confidence: assessment.confidence,
      provisional: assessment.provisional,
      checksRun: assessment.checksRun,
      checksTotal: assessment.checksTotal,
      caps: assessment.caps.map(({ grade, reason, text }) => ({ grade, reason, message: english(text) })),
      flags: assessment.flags.map(({ id, severity, message }) => ({ id, severity, message: english(message) })),
    },
  };
}

const PLATFORM = { tiktok: 'TikTok', instagram: 'Instagram', youtube: 'YouTube' } as const;

/** The readable summary the command prints without --json. */
export function formatReport(report: VetReport): string {
  const number = (n: number | null) => (n === null ? 'unknown' : n.toLocaleString('en'));
  const { creator, assessment } = report;
  const lines = [
    `${creator.displayName ? `${creator.displayName} ` : ''}@${creator.handle} · ${PLATFORM[report.platform]} ${report.pageKind} · ${report.file}`,
    `  followers ${number(creator.followers)} · following ${number(creator.following)} · likes ${number(creator.likes)} · posts ${number(creator.posts)}`,
    `  score ${assessment.score ?? 'not scored'}${assessment.grade ? ` (${assessment.grade}${assessment.provisional ? ', provisional' : ''})` : ''} · confidence ${assessment.confidence} · tier ${assessment.tier ?? 'unknown'} · ${report.posts.length} posts read · ${assessment.checksRun} of ${assessment.checksTotal} checks ran`,
  ];
  if (report.pageKind === 'post' && report.posts[0]) {
    const post = report.posts[0];
    lines.push(`  this post: views ${number(post.views)} · likes ${number(post.likes)} · comments ${number(post.comments)} · posted ${post.publishedAt ?? 'unknown'}${post.sponsored ? ' · paid partnership' : ''}`);
  }
  // The ids stay in --json; the summary says why in words ("Capped at C: a risk flag (Bought views).").
  lines.push(...assessment.caps.map((cap) => `  ${cap.message}`));
  lines.push(...assessment.flags.map((flag) => `  [${flag.severity}] ${flag.message}`));
  lines.push(...report.unreadable.map((entry) => `  not readable: ${entry.field} (${entry.reason})`));
  return lines.join('\n');
}
