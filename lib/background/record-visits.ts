// When the user opens a page of a shortlisted creator, the visit is recorded without a click:
// a profile adds a dated snapshot (the history the dashboard draws), a post joins the creator's
// sample. Only creators on the shortlist, only while the setting is on; when the address names
// the creator, nothing is read from the page of a creator who is not shortlisted.
import { creatorId } from '../db/records';
import { recordPosts, saveSnapshot } from '../db/readings';
import type { CreatorLensDatabase } from '../db';
import { identifyPage } from '../platforms/pages';
import type { ReadPageResponse } from '../schema/reading';

export type VisitOutcome = 'snapshot-recorded' | 'post-recorded' | 'not-a-creator-page' | 'switched-off' | 'not-shortlisted' | 'unreadable';

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
  if ((await db.creators.count()) === 0) return 'not-shortlisted';
  if (reader.creatorHandle !== null && !(await db.creators.get(creatorId(reader.platform, reader.creatorHandle)))) {
    return 'not-shortlisted';
  }
  const response = await read();
  if (!response.ok) return 'unreadable';
  const { snapshot } = response;
  if (!(await db.creators.get(creatorId(snapshot.platform, snapshot.creator.handle)))) return 'not-shortlisted';
  if (snapshot.pageKind === 'post') {
    await recordPosts(db, snapshot, now);
    return 'post-recorded';
  }
  await saveSnapshot(db, snapshot, '', now);
  return 'snapshot-recorded';
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
