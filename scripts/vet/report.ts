// Vetting saved pages outside the browser: the same extractors, checks and scoring as the
// extension, turned into the command-line reader's report, in the language asked for.
import { say, text, t, localeTag, type Locale, type MessageKey, type Text } from '../../lib/i18n';
import { formatCount, formatNumber, platformName, SELLER_MARK_WORDS } from '../../lib/i18n/format';
import { errorText } from '../../lib/i18n/text';
import { recognisePage } from '../../lib/platforms';
import { parseResponse } from '../../lib/reading/check';
import { PLATFORM_DOMAINS, type SellerMark } from '../../lib/schema/limits';
import type { Count, Snapshot } from '../../lib/schema/snapshot';
import type { StoredText } from '../../lib/schema/text';
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
    /** When the account was made (ISO 8601); null when the page does not show it. */
    joinedAt: string | null;
    /** The marks of selling the page shows; [] when its data says none; null when it does not say. */
    sellerMarks: SellerMark[] | null;
    category: string | null;
    /** The country the creator states, never the viewer's. */
    country: string | null;
    /** Each figure read, as a person reads it: "783,427" when exact, "≈298K" when the page rounded it. */
    shown: Partial<Record<'followers' | 'following' | 'likes' | 'posts', string>>;
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
    /** Each figure read, as a person reads it: exact, or "≈298K" when the page rounded it. */
    shown: Partial<Record<'views' | 'likes' | 'comments' | 'shares' | 'saves', string>>;
  }>;
  unreadable: Array<{ field: string; reason: string }>;
  /** What the reading says about itself ("The embedded page data describes another video…"), in words. */
  notices: string[];
  assessment: {
    score: number | null;
    grade: Assessment['grade'];
    tier: string | null;
    confidence: Assessment['confidence'];
    /** Below enough evidence the grade is provisional. */
    provisional: boolean;
    /** Why there is no score, when there is none. */
    unscoredReason: string | null;
    checksRun: number;
    checksTotal: number;
    /** The caps that lowered the grade, each with its stable reason id and its sentence. */
    caps: Array<{ grade: string; reason: string; message: string }>;
    flags: Array<{ id: string; severity: string; message: string }>;
  };
}

/**
 * A file that was not read: `error` is a stable id for scripts (one of the codes below, or the
 * message key of a page reader's reason, like pg_igOwnerNotShown), `text` what to tell the user.
 */
export class VetFailure extends Error {
  constructor(
    readonly error: 'unreadable-file' | 'not-html' | 'no-address' | 'other-site' | 'unsupported-page' | MessageKey,
    readonly text: Text,
  ) {
    super(error);
    this.name = 'VetFailure';
  }
}

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

/** A saved web page has markup a browser wrote: a doctype, <html>, <head> or <body>, or a tag of its head. */
const PAGE_MARKUP = /<(?:!doctype\s+html|html|head|body|meta|title|link|script)\b/i;
/** Chrome's "Webpage, single file" (MHTML): a MIME message whose page inside is encoded, not markup to read. */
const WEB_ARCHIVE = /^(?:[\w-]+:.*\r?\n)*?(?:MIME-Version:|Content-Type:\s*multipart\/related)/i;

/** Whether the address is on one of the sites Creator Lens reads (else: a page of another site). */
function onOurSites(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return Object.values(PLATFORM_DOMAINS).some((domain) => host === domain || host.endsWith(`.${domain}`));
}

const value = (count: Count | null) => count?.value ?? null;

/**
 * The figures that were read in `locale`: a rounded one as formatCount writes it ("≈298K"), an exact
 * one in full digits, since a terminal has no tooltip to give the exact figure behind "1.2M".
 */
function shownFigures<K extends string>(counts: Record<K, Count | null>, locale: Locale): Partial<Record<K, string>> {
  const entries = (Object.entries(counts) as [K, Count | null][]).filter((entry): entry is [K, Count] => entry[1] !== null);
  const shown = (count: Count) => (count.min === count.max ? formatNumber(count.value, localeTag(locale)) : formatCount(count, localeTag(locale)));
  return Object.fromEntries(entries.map(([name, count]) => [name, shown(count)])) as Partial<Record<K, string>>;
}
const isoDate = (ms: number) => new Date(ms).toISOString();

/**
 * A post's date as precise as the page gave it, in ISO 8601: the moment when it was exact, the day
 * when the page named only the day ("May 29, 2021"), else the interval of days ("3 days ago").
 */
function postDate(date: { value: number; min: number; max: number }): string {
  if (date.max - date.min < 1000) return isoDate(date.value);
  const [first, last] = [isoDate(date.min).slice(0, 10), isoDate(date.max).slice(0, 10)];
  return first === last ? first : `${first}/${last}`;
}

/**
 * Reads one saved page, as the extension reads an open tab: the reader its address needs, then
 * the same check of the reading (a figure out of bounds is refused). Throws VetFailure when the
 * file is not a page Creator Lens reads, or its reader cannot read it.
 */
export function vetPage(file: string, html: string, doc: Document, urlOverride: string | null, now: number, locale: Locale = 'en'): VetReport {
  if (WEB_ARCHIVE.test(html.slice(0, 2048))) throw new VetFailure('not-html', text('vet_webArchive'));
  if (!PAGE_MARKUP.test(html)) throw new VetFailure('not-html', text('vet_notHtml'));
  const url = urlOverride ?? savedPageUrl(html, doc);
  if (url === null) throw new VetFailure('no-address', text('vet_noAddress', { option: '--url' }));
  const support = recognisePage(url);
  if (!support.supported) throw new VetFailure(onOurSites(url) ? 'unsupported-page' : 'other-site', support.reason);
  const address = new URL(url);
  const readiness = support.reader.readiness(doc, address);
  let read: Snapshot;
  try {
    read = support.reader.extract(doc, address, now);
  } catch (error) {
    const reason = errorText(error);
    throw new VetFailure(reason.key, reason);
  }
  // The extension refuses a reading out of bounds where it receives it; so does the command.
  const checked = parseResponse({ ok: true, snapshot: read });
  if (!checked.ok) {
    const reason = errorText({ text: checked.error.message }, 'pg_invalidSnapshot');
    throw new VetFailure(reason.key, reason);
  }
  const { snapshot } = checked;
  const words = (sentence: Text | StoredText) => say(sentence, locale);
  const assessment = assess(snapshot);
  const { creator } = snapshot;
  const notices = snapshot.notices.map(words);
  if (!readiness.ready) notices.unshift(words(text('vet_savedBeforeReady', { waiting: readiness.waitingFor })));
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
      joinedAt: creator.joinedAt ? isoDate(creator.joinedAt.value) : null,
      sellerMarks: creator.sellerMarks ?? null,
      category: creator.category ?? null,
      country: creator.country ?? null,
      shown: shownFigures({ followers: creator.followers, following: creator.following, likes: creator.totalLikes, posts: creator.postCount }, locale),
    },
    posts: snapshot.posts.map((post) => ({
      id: post.id,
      url: post.url,
      views: value(post.views),
      likes: value(post.likes),
      comments: value(post.comments),
      shares: value(post.shares),
      saves: value(post.saves),
      publishedAt: post.publishedAt === null ? null : postDate(post.publishedAt),
      pinned: post.pinned,
      sponsored: post.sponsored,
      caption: post.caption,
      shown: shownFigures({ views: post.views, likes: post.likes, comments: post.comments, shares: post.shares, saves: post.saves }, locale),
    })),
    unreadable: snapshot.missing.map(({ field, reason }) => ({ field, reason: words(reason) })),
    notices,
    assessment: {
      score: assessment.score,
      grade: assessment.grade,
      tier: assessment.tier ? words(assessment.tier.label) : null,
      confidence: assessment.confidence,
      provisional: assessment.provisional,
      unscoredReason: assessment.unscoredReason ? words(assessment.unscoredReason) : null,
      checksRun: assessment.checksRun,
      checksTotal: assessment.checksTotal,
      caps: assessment.caps.map(({ grade, reason, text: sentence }) => ({ grade, reason, message: words(sentence) })),
      flags: assessment.flags.map(({ id, severity, message }) => ({ id, severity, message: words(message) })),
    },
  };
}


const SEVERITIES: Record<string, MessageKey> = { info: 'data_valueSeverityInfo', warn: 'data_valueSeverityWarn', risk: 'data_valueSeverityRisk' };

/** "joined 2020-01-12 · sells: no marks · not shown on this page: category and country". */
function sellerFacts(creator: VetReport['creator'], locale: Locale): string {
  const list = (items: string[]) => new Intl.ListFormat(localeTag(locale), { type: 'conjunction' }).format(items);
  const shown: string[] = [];
  const notShown: MessageKey[] = [];
  if (creator.joinedAt === null) notShown.push('vet_factJoined');
  else shown.push(t('vet_joined', { date: creator.joinedAt.slice(0, 10) }, locale));
  if (creator.sellerMarks === null) notShown.push('vet_factSells');
  else {
    const marks = creator.sellerMarks.length === 0 ? t('vet_noSellerMarks', undefined, locale) : list(creator.sellerMarks.map((mark) => t(SELLER_MARK_WORDS[mark], undefined, locale)));
    shown.push(t('vet_sells', { marks }, locale));
  }
  if (creator.category === null) notShown.push('vet_factCategory');
  else shown.push(t('vet_category', { category: creator.category }, locale));
  if (creator.country === null) notShown.push('vet_factCountry');
  else shown.push(t('vet_country', { country: creator.country }, locale));
  if (notShown.length > 0) shown.push(t('vet_notShownHere', { facts: list(notShown.map((key) => t(key, undefined, locale))) }, locale));
  return shown.join(' · ');
}

/** The readable summary the command prints without --json, in the report's language. */
export function formatReport(report: VetReport, locale: Locale = 'en'): string {
  const number = (n: number | null) => (n === null ? t('unknown', undefined, locale) : formatNumber(n, localeTag(locale)));
  const figure = (shown: string | undefined) => shown ?? t('unknown', undefined, locale);
  const { creator, assessment } = report;
  const score =
    assessment.score === null
      ? t('vet_notScored', undefined, locale)
      : assessment.grade === null
        ? number(assessment.score)
        : t('vet_score', { score: assessment.score, grade: assessment.grade, provisional: assessment.provisional ? 'yes' : 'no' }, locale);
  const lines = [
    t('vet_header', { hasName: creator.displayName ? 'yes' : 'no', name: creator.displayName ?? '', handle: creator.handle, platform: platformName(report.platform), kind: report.pageKind, file: report.file }, locale),
    t('vet_figures', { followers: figure(creator.shown.followers), following: figure(creator.shown.following), likes: figure(creator.shown.likes), posts: figure(creator.shown.posts) }, locale),
    sellerFacts(creator, locale),
    t(
      'vet_assessment',
      {
        score,
        confidence: t('sc_confidence', { confidence: assessment.confidence }, locale),
        tier: assessment.tier ?? t('unknown', undefined, locale),
        read: report.posts.length,
        run: assessment.checksRun,
        total: assessment.checksTotal,
      },
      locale,
    ),
  ];
  if (assessment.unscoredReason) lines.push(assessment.unscoredReason);
  if (report.pageKind === 'post' && report.posts[0]) {
    const post = report.posts[0];
    lines.push(
      t(
        'vet_thisPost',
        { views: figure(post.shown.views), likes: figure(post.shown.likes), comments: figure(post.shown.comments), posted: post.publishedAt ?? t('unknown', undefined, locale), sponsored: post.sponsored ? 'yes' : 'no' },
        locale,
      ),
    );
  }
  // The ids stay in --json; the summary says why in words ("Capped at C: a risk flag (Bought views).").
  lines.push(...assessment.caps.map((cap) => cap.message));
  lines.push(...assessment.flags.map((flag) => t('vet_flag', { severity: SEVERITIES[flag.severity] ? t(SEVERITIES[flag.severity]!, undefined, locale) : flag.severity, message: flag.message }, locale)));
  lines.push(...report.notices.map((notice) => t('vet_notice', { notice }, locale)));
  lines.push(...report.unreadable.map((entry) => t('vet_notRead', { reason: entry.reason }, locale)));
  const [header, ...rest] = lines;
  return [header, ...rest.map((line) => `  ${line}`)].join('\n');
}
