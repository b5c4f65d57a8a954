// Fills the extension's shortlist database, inside a real extension page, with N creators and
// M snapshots each, shaped like real readings (valid snapshots with a 12-video grid).
import type { Page } from 'playwright-core';
import { emptyPost } from '../lib/platforms/common';
import { SNAPSHOT_VERSION } from '../lib/schema/limits';
import type { Count, Snapshot } from '../lib/schema/snapshot';

const exact = (value: number): Count => ({ value, min: value, max: value, source: 'embedded-json' });

/** One profile reading; the page varies handle, counts and dates per creator and snapshot. */
export function templateSnapshot(): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    platform: 'tiktok',
    pageKind: 'profile',
    lang: 'en',
    url: 'https://www.tiktok.com/@template',
    capturedAt: 0,
    creator: {
      handle: 'template',
      displayName: 'Template',
      bio: 'Makeup for monolids 💄 | 中文/English',
      bioLinks: ['linktr.ee/template'],
      email: null,
      verified: false,
      privateAccount: false,
      followers: exact(48_213),
      following: exact(312),
      totalLikes: exact(1_287_450),
      postCount: exact(214),
    },
    posts: Array.from({ length: 12 }, (_, i) => ({ ...emptyPost(`73010000000000${String(i).padStart(5, '0')}`, `https://www.tiktok.com/@template/video/${i}`), views: exact(5_000 + i * 700) })),
    missing: [],
    sources: ['embedded-json:universal', 'dom'],
    notices: [],
  };
}

/**
 * Seeds the database the open extension page uses; every sixth creator also gets a post seen on its
 * own page. Returns the seconds it took. Written in transactions of `perTransaction` creators, in
 * separate calls of at most 100,000 creators (a million creators seed in one pass this way).
 */
export async function seedShortlist(page: Page, creators: number, snapshotsEach: number, perTransaction = 500): Promise<number> {
  const started = Date.now();
  for (let from = 0; from < creators; from += 100_000) await seedPart(page, from, Math.min(creators, from + 100_000), snapshotsEach, perTransaction);
  return (Date.now() - started) / 1000;
}

async function seedPart(page: Page, from: number, to: number, snapshotsEach: number, perTransaction: number): Promise<void> {
  await page.evaluate(
    async ({ from, creators, snapshotsEach, perTransaction, template }) => {
      const platforms = ['tiktok', 'instagram', 'youtube'] as const;
      const statuses = ['to-review', 'shortlisted', 'contacted', 'negotiating', 'approved', 'rejected'];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('creator-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const day = 86_400_000;
      const now = Date.now();
      for (let start = from; start < creators; start += perTransaction) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['creators', 'snapshots', 'postSamples'], 'readwrite');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          for (let i = start; i < Math.min(creators, start + perTransaction); i++) {
            const platform = platforms[i % 3]!;
            const handle = `creator.${i}`;
            const id = `${platform}:${handle}`;
            const followers = 1_000 + ((i * 7919) % 2_000_000);
            const status = statuses[i % statuses.length]!;
            tx.objectStore('creators').put({
              id,
              platform,
              handle,
              displayName: i % 4 === 0 ? `达人 ${i}` : `Creator ${i}`,
              // On the creator's own platform, as every stored profile address is (lib/schema/bounds).
              profileUrl: `https://www.${platform}.com/${platform === 'instagram' ? handle : `@${handle}`}`,
              notes: [{ text: `note for creator ${i}${i % 10 === 0 ? ' spring launch' : ''}`, at: now - day }],
              createdAt: now - snapshotsEach * day,
              lastSeenAt: now - (i % 30) * day,
              tags: i % 5 === 0 ? ['spring', 'beauty'] : ['beauty'],
              status,
              statusHistory: [{ status: 'to-review', at: now - snapshotsEach * day }, { status, at: now - day }],
              gradeOverride: null,
              price: i % 3 === 0 ? { amount: 100 + (i % 900), currency: 'USD' } : null,
              email: null,
              targetMarket: i % 2 ? 'US' : 'DE',
              doNotWork: null,
              updatedAt: now - day,
            });
            for (let s = 0; s < snapshotsEach; s++) {
              const capturedAt = now - (snapshotsEach - s) * day;
              const grow = 1 + s * 0.01;
              tx.objectStore('snapshots').add({
                creatorId: id,
                capturedAt,
                snapshot: {
                  ...template,
                  platform,
                  url: `https://www.${platform}.com/${platform === 'instagram' ? handle : `@${handle}`}`,
                  capturedAt,
                  creator: {
                    ...template.creator,
                    handle,
                    followers: { ...template.creator.followers!, value: Math.round(followers * grow), min: Math.round(followers * grow), max: Math.round(followers * grow) },
                  },
                  posts: template.posts.map((post, p) => ({
                    ...post,
                    views: { ...post.views!, value: (followers * (p + 3)) / 40 | 0, min: (followers * (p + 3)) / 40 | 0, max: (followers * (p + 3)) / 40 | 0 },
                  })),
                },
              });
            }
            if (snapshotsEach > 0 && i % 6 === 0) {
              const post = template.posts[0]!;
              tx.objectStore('postSamples').put({ id: `${id}|${post.id}`, creatorId: id, seenAt: now - day, post: { ...post, url: `https://www.${platform}.com/@${handle}/video/${post.id}` } });
            }
          }
        });
      }
      db.close();
    },
    { from, creators: to, snapshotsEach, perTransaction, template: templateSnapshot() },
  );
}
