// When the user opens a page of a shortlisted creator, the visit is recorded without a click:
// a profile adds a dated snapshot (the history the dashboard draws) when it is news, a post joins
// the creator's sample, and a post attached to a campaign gets a dated point of its figures. Only
// creators on the shortlist (or attached posts), only while the setting is on; when the address
// names the creator, nothing is read from the page of a creator who is not shortlisted.
import { postKeyOfPage, recordDeliverablePoints } from '../db/deliverable-points';
import { creatorId } from '../db/records';
import { recordPosts, saveSnapshot } from '../db/readings';
import type { CreatorLensDatabase } from '../db';
import { identifyPage } from '../platforms/pages';
import type { ReadPageResponse } from '../schema/reading';
import type { Count, Snapshot } from '../schema/snapshot';
import { localDay } from '../shortlist/history';

export type VisitOutcome =
  | 'snapshot-recorded'
  | 'snapshot-unchanged'
  | 'post-recorded'
  /** A post attached to a campaign: its figures became a dated point (and it joined the sample when shortlisted). */
  | 'deliverable-recorded'
  | 'not-a-creator-page'
  | 'switched-off'
  | 'not-shortlisted'
  | 'unreadable';

/** The figures a snapshot carries, as values: what the history is about (not when, nor how it was read). */
function figures(snapshot: Snapshot): string {
  const value = (count: Count | null) => count?.value ?? null;
  const { followers, following, totalLikes, postCount } = snapshot.creator;
  return JSON.stringify([
    [followers, following, totalLikes, postCount].map(value),
    snapshot.posts.map((post) => [post.id, value(post.views), value(post.likes), value(post.comments), value(post.shares), value(post.saves)]),
  ]);
}

/**
 * A visit adds to the history when its figures differ from the newest snapshot's, or when the
 * newest snapshot is from an earlier day (the browser's local day): at most one unchanged
 * snapshot a day, however often the page is opened.
 */
export function isNewHistory(snapshot: Snapshot, newest: Snapshot | null): boolean {
  if (newest === null || figures(snapshot) !== figures(newest)) return true;
  return localDay(snapshot.capturedAt) !== localDay(newest.capturedAt);
}

export async function recordVisit(
  db: CreatorLensDatabase,
  url: string | undefined,
  read: () => Promise<ReadPageResponse>,
  now: number,
  // Read only for creator pages: every other tab update costs nothing but the URL check.
  settings: () => Promise<{ recordVisits: boolean }>,
): Promise<VisitOutcome> {
  const support = identifyPage(url);
  if (!support.supported) return 'not-a-creator-page';
  if (!(await settings()).recordVisits) return 'switched-off';
  const { reader } = support;
  // A post attached to a campaign is read for its figures even when its creator left the shortlist.
  const attached = reader.pageKind === 'post' && (await db.deliverables.where('postKey').equals(postKeyOfPage(reader)).count()) > 0;
  if (!attached && (await db.creators.count()) === 0) return 'not-shortlisted';
  if (!attached && reader.creatorHandle !== null && !(await db.creators.get(creatorId(reader.platform, reader.creatorHandle)))) {
    return 'not-shortlisted';
  }
  const response = await read();
  if (!response.ok) return 'unreadable';
  const { snapshot } = response;
  const { recorded } = attached ? await recordDeliverablePoints(db, snapshot) : { recorded: 0 };
  // A page that says its post is gone has nothing for the creator's sample.
  if (snapshot.unavailable !== undefined) return recorded > 0 ? 'deliverable-recorded' : 'unreadable';
  if (!(await db.creators.get(creatorId(snapshot.platform, snapshot.creator.handle)))) return recorded > 0 ? 'deliverable-recorded' : 'not-shortlisted';
  if (snapshot.pageKind === 'post') {
    await recordPosts(db, snapshot, now);
    return recorded > 0 ? 'deliverable-recorded' : 'post-recorded';
  }
  const { added } = await saveSnapshot(db, snapshot, '', now, undefined, isNewHistory);
  return added ? 'snapshot-recorded' : 'snapshot-unchanged';
}

/** Calls `handle` once per tab and address: a load and an in-app navigation both announce it. */
export function oncePerAddress(handle: (tabId: number, url: string) => void) {
  const last = new Map<number, string>();
  return {
    seen(tabId: number, url: string | undefined): void {
      if (url === undefined || last.get(tabId) === url) return;
      last.set(tabId, url);
      handle(tabId, url);
    },
    forget(tabId: number): void {
      last.delete(tabId);
    },
  };
}
