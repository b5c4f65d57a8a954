// When the user opens a post of a shortlisted creator, its figures join that creator's
// sample without a click. Only post pages, only while the shortlist has creators, and only
// creators on it: other pages cost nothing beyond this check.
import { creatorId, recordPosts, type CreatorLensDatabase } from './db';
import { recognisePage } from './platforms';
import type { ReadPageResponse } from './schema';

export type SampleOutcome = 'recorded' | 'not-a-post' | 'not-shortlisted' | 'unreadable';

export async function sampleIfShortlisted(
  db: CreatorLensDatabase,
  url: string | undefined,
  read: () => Promise<ReadPageResponse>,
  now: number,
): Promise<SampleOutcome> {
  const support = recognisePage(url);
  if (!support.supported || support.reader.pageKind !== 'post') return 'not-a-post';
  if ((await db.creators.count()) === 0) return 'not-shortlisted';
  const response = await read();
  if (!response.ok) return 'unreadable';
  const { snapshot } = response;
  if (!(await db.creators.get(creatorId(snapshot.platform, snapshot.creator.handle)))) return 'not-shortlisted';
  await recordPosts(db, snapshot, now);
  return 'recorded';
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
