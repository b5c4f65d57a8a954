// Every schema version ever shipped opens in today's code with nothing lost, and writes from
// the popup, the background and the dashboard at the same moment keep each other's changes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, editCreator, setStatus } from '../../../lib/db/creators';
import { loadSample, recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { loadReadingSet, refreshSummaries } from '../../../lib/shortlist/listing';
import { emptyPost } from '../../../lib/platforms/common';
import { CAPTURED_AT, exact, makeSnapshot } from '../../helpers/snapshots';
import { listShortlist } from '../../helpers/shortlist';

const opened: Dexie[] = [];
const uniqueName = () => `migrate-${Math.random().toString(36).slice(2)}`;
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

// The records each earlier version wrote, exactly as it wrote them.
const V1_CREATOR = {
  id: 'tiktok:lena',
  platform: 'tiktok',
  handle: 'lena',
  displayName: '莉娜 Lena',
  profileUrl: 'https://www.tiktok.com/@lena',
  notes: [{ text: 'first look =cmd', at: 1_700_000_000_000 }],
  createdAt: 1_700_000_000_000,
  lastSeenAt: 1_700_000_500_000,
};
const SNAPSHOT = makeSnapshot({ capturedAt: 1_700_000_500_000 });

// What version 3 added to each creator, as the dashboard of that version wrote it.
const V3_WORK = {
  tags: ['护肤', 'spring'],
  status: 'negotiating',
  statusHistory: [{ status: 'to-review', at: 1_700_000_000_000 }, { status: 'negotiating', at: 1_700_000_700_000 }],
  gradeOverride: { grade: 'A', reason: 'strong DMs', at: 1_700_000_700_000 },
  price: { amount: 300, currency: 'USD' },
  email: 'lena@example.com',
  targetMarket: 'US',
  doNotWork: null,
  updatedAt: 1_700_000_700_000,
};

async function writeVersion(name: string, version: 1 | 2 | 3): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ creators: 'id, platform, handle, lastSeenAt', snapshots: '++id, creatorId, [creatorId+capturedAt]' });
  if (version >= 2) old.version(2).stores({ postSamples: 'id, creatorId, [creatorId+seenAt]' });
  if (version >= 3) old.version(3).stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt' });
  await old.open();
  await old.table('creators').put(version === 3 ? { ...V1_CREATOR, ...V3_WORK } : V1_CREATOR);
  await old.table('snapshots').add({ creatorId: 'tiktok:lena', capturedAt: SNAPSHOT.capturedAt, snapshot: SNAPSHOT });
  if (version >= 2) {
    const post = { ...emptyPost('7301', 'https://www.tiktok.com/@lena/video/7301'), likes: exact(900), comments: exact(40) };
    await old.table('postSamples').put({ id: 'tiktok:lena|7301', creatorId: 'tiktok:lena', seenAt: 1_700_000_600_000, post });
  }
  old.close();
}

function open(name: string): CreatorLensDatabase {
  const db = openDatabase(name);
  opened.push(db);
  return db;
}

describe('upgrades', () => {
  it.each([1, 2] as const)('a database written by version %i opens with every record intact and the new fields filled in', async (version) => {
    const name = uniqueName();
    await writeVersion(name, version);
    const db = open(name);
    const [entry] = await listShortlist(db);
    const set = await loadReadingSet(db, 'tiktok:lena');
    expect(entry?.creator).toEqual({
      ...V1_CREATOR,
      tags: [],
      status: 'to-review',
      statusHistory: [{ status: 'to-review', at: V1_CREATOR.createdAt }],
      gradeOverride: null,
      price: null,
      email: null,
      targetMarket: null,
      doNotWork: null,
      updatedAt: V1_CREATOR.lastSeenAt,
    });
    expect(set.latest).toEqual(SNAPSHOT);
    expect(entry?.summary?.snapshotCount).toBe(1);
    expect(entry?.summary?.followers?.value).toBe(50_000);
    const sample = await loadSample(db, 'tiktok:lena');
    expect(sample.map((seen) => seen.post.likes?.value)).toEqual(version === 2 ? [900] : []);
    // The new indexes work on migrated records.
    expect(await db.creators.where('status').equals('to-review').count()).toBe(1);
  });

  it('a database written by version 3 opens with the vetting work intact and its scores computed on first listing', async () => {
    const name = uniqueName();
    await writeVersion(name, 3);
    const db = open(name);
    expect(await db.summaries.count()).toBe(0);
    const [entry] = await listShortlist(db);
    expect(entry?.creator).toEqual({ ...V1_CREATOR, ...V3_WORK });
    expect(entry?.summary).toMatchObject({ snapshotCount: 1, followers: SNAPSHOT.creator.followers });
    expect(await loadSample(db, 'tiktok:lena')).toHaveLength(1);
    expect(await db.creators.where('tags').equals('护肤').count()).toBe(1);
  });
});

describe('the repair on upgrade to version 5', () => {
  it('sets aside records an older version stored outside the bounds, kept whole, and leaves every sound record as it was', async () => {
    const name = uniqueName();
    await writeVersion(name, 3);
    const old = new Dexie(name);
    old.version(3).stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt', snapshots: '++id, creatorId, [creatorId+capturedAt]', postSamples: 'id, creatorId, [creatorId+seenAt]' });
    // A restored backup whose lastSeenAt was 1e300, and a TikTok createTime read as milliseconds.
    const absurd = { ...V1_CREATOR, ...V3_WORK, id: 'tiktok:absurd', handle: 'absurd', profileUrl: 'https://www.tiktok.com/@absurd', lastSeenAt: 1e300 };
    const spoofed = { ...V1_CREATOR, ...V3_WORK, id: 'tiktok:spoof', handle: 'spoof', profileUrl: 'https://tiktok.com.login-check.example/@spoof' };
    const plain = { ...V1_CREATOR, ...V3_WORK, id: 'tiktok:plain', handle: 'plain', profileUrl: 'http://www.tiktok.com/@plain' };
    await old.table('creators').bulkPut([absurd, spoofed, plain]);
    await old.table('snapshots').add({ creatorId: 'tiktok:lena', capturedAt: 9_007_199_254_740_000, snapshot: SNAPSHOT });
    old.close();

    const db = open(name);
    expect((await db.creators.toCollection().primaryKeys()).sort()).toEqual(['tiktok:lena', 'tiktok:plain']);
    // An http:// profile address an older import kept is repaired, not set aside.
    expect((await db.creators.get('tiktok:plain'))?.profileUrl).toBe('https://www.tiktok.com/@plain');
    expect(await db.snapshots.count()).toBe(1);
    const damaged = (await db.damaged.toArray()).sort((a, b) => a.key.localeCompare(b.key));
    expect(damaged.map(({ key, table, creatorId, field, bound }) => ({ key, table, creatorId, field, bound }))).toEqual([
      { key: 'creators:tiktok:absurd', table: 'creators', creatorId: 'tiktok:absurd', field: 'lastSeenAt', bound: 'bound_date' },
      { key: 'creators:tiktok:spoof', table: 'creators', creatorId: 'tiktok:spoof', field: 'profileUrl', bound: 'bound_profileUrl' },
      { key: 'snapshots:2', table: 'snapshots', creatorId: 'tiktok:lena', field: 'capturedAt', bound: 'bound_date' },
    ]);
    // Kept whole, to be exported as they were.
    expect(damaged[0]!.record).toEqual(absurd);
    // The sound creator lists with its sound reading.
    const entry = (await listShortlist(db)).find((listed) => listed.creator.id === 'tiktok:lena');
    expect(entry?.creator).toEqual({ ...V1_CREATOR, ...V3_WORK });
    expect(entry?.summary?.snapshotCount).toBe(1);
  });
});

describe('the upgrade to version 6', () => {
  it('opens a version 5 database with its creators, readings and set-aside records, and an empty campaigns table', async () => {
    const name = uniqueName();
    await writeVersion(name, 3);
    // Version 5's schema, as it shipped, with a record it set aside.
    const old = new Dexie(name);
    old.version(5).stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt', snapshots: '++id, creatorId, [creatorId+capturedAt]', postSamples: 'id, creatorId, [creatorId+seenAt]', summaries: 'creatorId', damaged: 'key' });
    await old.open();
    expect(old.verno).toBe(5);
    await old.table('damaged').put({ key: 'creators:tiktok:old', table: 'creators', creatorId: 'tiktok:old', record: { id: 'tiktok:old' }, field: 'lastSeenAt', bound: 'bound_date', foundAt: 1_700_000_800_000 });
    old.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(8);
    const [entry] = await listShortlist(db);
    expect(entry?.creator).toEqual({ ...V1_CREATOR, ...V3_WORK });
    expect(await db.snapshots.count()).toBe(1);
    expect(await db.damaged.count()).toBe(1);
    expect(await db.campaigns.count()).toBe(0);
  });
});

describe('the upgrade to version 7', () => {
  it('opens a version 6 database with its campaigns and creators, and empty deal, outreach and deliverable tables', async () => {
    const name = uniqueName();
    await writeVersion(name, 3);
    const old = new Dexie(name);
    old.version(6).stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt', snapshots: '++id, creatorId, [creatorId+capturedAt]', postSamples: 'id, creatorId, [creatorId+seenAt]', summaries: 'creatorId', damaged: 'key', campaigns: 'id, archivedAt' });
    await old.open();
    const campaign = { id: 'c1', name: 'Spring 春季', targetMarkets: ['US'], languages: ['en'], keywords: [], platforms: [], budget: null, minTier: null, goal: 'awareness', startDate: null, endDate: null, kpiTargets: { cpm: 8, cpe: null, cpa: null, roas: null, totalViews: null }, archivedAt: null, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
    await old.table('campaigns').put(campaign);
    old.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.campaigns.toArray()).toEqual([campaign]);
    expect((await listShortlist(db))[0]?.creator).toEqual({ ...V1_CREATOR, ...V3_WORK });
    expect([await db.deals.count(), await db.outreach.count(), await db.deliverables.count(), await db.deliverablePoints.count(), await db.results.count()]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('the upgrade to version 8', () => {
  it('opens a version 7 database with its campaign work, and an empty results table', async () => {
    const name = uniqueName();
    await writeVersion(name, 3);
    const old = new Dexie(name);
    old.version(7).stores({ creators: 'id, platform, handle, lastSeenAt, status, *tags, updatedAt', snapshots: '++id, creatorId, [creatorId+capturedAt]', postSamples: 'id, creatorId, [creatorId+seenAt]', summaries: 'creatorId', damaged: 'key', campaigns: 'id, archivedAt', deals: 'id, campaignId, creatorId', outreach: 'id, campaignId, [campaignId+creatorId]', deliverables: 'id, campaignId, creatorId, postKey', deliverablePoints: '++id, deliverableId, [deliverableId+at]' });
    await old.open();
    const deal = { id: 'c1|tiktok:lena', campaignId: 'c1', creatorId: 'tiktok:lena', fee: { amount: 300, currency: 'USD' }, samples: [], commissionPercent: 10, discountCode: 'LENA10', trackingLink: null, promised: [], usageRights: null, contractNotes: '', addedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
    await old.table('deals').put(deal);
    await old.table('deliverablePoints').add({ deliverableId: 'd1', at: 1_700_000_100_000, views: 1000, likes: 50, comments: 3, shares: null, saves: null, disclosure: 'clear', available: true });
    old.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.deals.toArray()).toEqual([deal]);
    expect(await db.deliverablePoints.count()).toBe(1);
    expect(await db.results.count()).toBe(0);
  });
});

describe('writers at the same time', () => {
  it('popup, background and dashboard writing together lose none of each other\'s changes', async () => {
    const name = uniqueName();
    const popup = open(name);
    await saveSnapshot(popup, makeSnapshot({ capturedAt: CAPTURED_AT + 1_000 }), 'first', 1_000);
    // Three connections, as the three extension contexts each open their own.
    const background = open(name);
    const dashboard = open(name);
    const videoUrl = 'https://www.tiktok.com/@lena/video/7302';
    await Promise.all([
      saveSnapshot(popup, makeSnapshot({ capturedAt: CAPTURED_AT + 2_000 }), 'from the popup', 2_000),
      recordPosts(background, makeSnapshot({ pageKind: 'post', url: videoUrl, posts: [emptyPost('7302', videoUrl)] }), 2_000),
      saveSnapshot(background, makeSnapshot({ capturedAt: CAPTURED_AT + 2_500 }), '', 2_500),
      setStatus(dashboard, ['tiktok:lena'], 'contacted', 2_100),
      addNote(dashboard, 'tiktok:lena', 'from the dashboard', 2_200),
      editCreator(dashboard, 'tiktok:lena', { tags: ['spring'], price: { amount: 300, currency: 'USD' } }, 2_300),
      refreshSummaries(dashboard, ['tiktok:lena']),
    ]);
    const creator = await popup.creators.get('tiktok:lena');
    expect(creator?.notes.map((note) => note.text).sort()).toEqual(['first', 'from the dashboard', 'from the popup']);
    expect(creator?.status).toBe('contacted');
    expect(creator?.statusHistory.map((step) => step.status)).toEqual(['to-review', 'contacted']);
    expect(creator?.tags).toEqual(['spring']);
    expect(creator?.price).toEqual({ amount: 300, currency: 'USD' });
    expect(creator?.lastSeenAt).toBe(CAPTURED_AT + 2_500);
    expect(await popup.snapshots.count()).toBe(3);
    expect(await popup.postSamples.count()).toBe(1);
    // The dashboard's score, computed while the readings were being written, is not older than they are.
    const [row] = await listShortlist(dashboard);
    expect(row?.summary?.snapshotCount).toBe(3);
    expect(row?.summary?.asOf).toBe(CAPTURED_AT + 2_500);
  });
});
