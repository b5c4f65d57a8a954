// The one database. It lives in the extension's origin (background and extension pages); a script
// in a web page opening IndexedDB would write into the website's storage instead.
// Schema versions are only ever added, never edited; migrations go in upgrade().
import Dexie, { type EntityTable } from 'dexie';
import type { CampaignRecord } from './campaign-record';
import type { DealRecord } from './deal-record';
import type { DeliverablePoint, DeliverableRecord } from './deliverable-record';
import type { OutreachRecord } from './outreach-record';
import type { ResultRecord } from './result-record';
import type { CreatorRecord, CreatorSummary, PostSampleRecord, SnapshotRecord } from './records';
import { setAsideDamaged, type DamagedRecord } from './repair';

export type CreatorLensDatabase = Dexie & {
  creators: EntityTable<CreatorRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  postSamples: EntityTable<PostSampleRecord, 'id'>;
  summaries: EntityTable<CreatorSummary, 'creatorId'>;
  damaged: EntityTable<DamagedRecord, 'key'>;
  campaigns: EntityTable<CampaignRecord, 'id'>;
  deals: EntityTable<DealRecord, 'id'>;
  outreach: EntityTable<OutreachRecord, 'id'>;
  deliverables: EntityTable<DeliverableRecord, 'id'>;
  deliverablePoints: EntityTable<DeliverablePoint, 'id'>;
  results: EntityTable<ResultRecord, 'id'>;
};

export const DATABASE_NAME = 'creator-lens';

export function openDatabase(name = DATABASE_NAME): CreatorLensDatabase {
  const db = new Dexie(name) as CreatorLensDatabase;
  db.version(1).stores({
    creators: 'id, platform, handle, lastSeenAt',
    snapshots: '++id, creatorId, [creatorId+capturedAt]',
  });
  // v2: posts seen on their own pages (likes and comments the profile grid hides).
  db.version(2).stores({
    postSamples: 'id, creatorId, [creatorId+seenAt]',
  });
  // v3: the vetting work (status pipeline, tags, price, overrides), indexed for filters.
  db.version(3)
    .stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt' })
    .upgrade((tx) =>
      tx
        .table<CreatorRecord>('creators')
        .toCollection()
        .modify((creator) => {
          const created = creator.createdAt ?? creator.lastSeenAt ?? 0;
          creator.tags ??= [];
          creator.status ??= 'to-review';
          creator.statusHistory ??= [{ status: creator.status, at: created }];
          creator.gradeOverride ??= null;
          creator.price ??= null;
          creator.email ??= null;
          creator.targetMarket ??= null;
          creator.doNotWork ??= null;
          creator.updatedAt ??= creator.lastSeenAt ?? created;
        }),
    );
  // v4: each creator's list figures and score, derived from its readings (see lib/shortlist/summary.ts);
  // nothing to migrate, a missing summary is computed when the list needs it.
  db.version(4).stores({ summaries: 'creatorId' });
  // v5: the bounds every value now meets where it enters (lib/schema/bounds). Records an older
  // version stored outside them are set aside once, kept whole, listed on the dashboard to export
  // or delete (./repair).
  db.version(5)
    .stores({ damaged: 'key' })
    .upgrade((tx) => setAsideDamaged(tx, Date.now()));
  // v6: campaigns as records (./campaigns). Earlier versions kept them in the extension's storage,
  // which an upgrade transaction cannot wait for: lib/campaign/store copies them in on first read.
  db.version(6).stores({ campaigns: 'id, archivedAt' });
  // v7: the work in a campaign: creators booked with their deals, contact attempts, delivered posts
  // and their dated figures. New tables only: nothing earlier changes.
  db.version(7).stores({
    deals: 'id, campaignId, creatorId',
    outreach: 'id, campaignId, [campaignId+creatorId]',
    deliverables: 'id, campaignId, creatorId, postKey',
    deliverablePoints: '++id, deliverableId, [deliverableId+at]',
  });
  // v8: what the work brought (clicks, orders, revenue, refunds), typed or from the seller's files.
  db.version(8).stores({ results: 'id, campaignId, [campaignId+creatorId], deliverableId' });
  return db;
}
