// Every file we write, we read back: generated databases (dates at the bounds' very ends, prices
// from a cent to a billion, text of any Unicode including lone surrogates, empty and absent fields,
// readings with posts dated on their platform's first day) are backed up, checked and restored
// into an empty database, which then holds exactly the same records. Every record the generator
// makes passes the one schema a CSV import, the edit form and a restore share. The work in
// campaigns comes along: deals with every field set or empty, contact attempts answered or not,
// delivered posts and their readings, numbered with gaps as deleted readings leave them, and results
// typed or imported, for a post or the creator as a whole, with any of their figures unknown.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBackupFile, restoreBackup } from '../../../lib/db/backup-read';
import { writeBackup } from '../../../lib/db/backup-write';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { DealRecordSchema, DELIVERABLE_FORMATS, dealId, type DealRecord } from '../../../lib/db/deal-record';
import { DeliverablePointSchema, DeliverableRecordSchema, type DeliverablePoint, type DeliverableRecord } from '../../../lib/db/deliverable-record';
import { RESULT_SOURCES, ResultRecordSchema, resultId, type ResultRecord } from '../../../lib/db/result-record';
import { OUTREACH_CHANNELS, OUTREACH_OUTCOMES, OutreachRecordSchema, type OutreachRecord } from '../../../lib/db/outreach-record';
import { CreatorRecordSchema, SnapshotRecordSchema, STATUSES, creatorId, type CreatorRecord, type SnapshotRecord } from '../../../lib/db/records';
import { EARLIEST_DATE, MAX_COUNT, PLATFORM_SINCE } from '../../../lib/schema/bounds';
import { SnapshotSchema } from '../../../lib/schema/snapshot';
import { PLATFORMS } from '../../../lib/schema/limits';
import { english } from '../../../lib/i18n';
import { exact, makePosts, makeSnapshot } from '../../helpers/snapshots';

const NOW = Date.now();
const dbs: CreatorLensDatabase[] = [];
const freshDb = () => {
  const db = openDatabase(`round-trip-${dbs.length}-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A moment from 2005 to now, the ends themselves often. */
const moment = fc.oneof(fc.constantFrom(EARLIEST_DATE, NOW), fc.integer({ min: EARLIEST_DATE, max: NOW }));
/** Any text: lone surrogates, NUL, bidi controls, emoji, CJK, quotes and line breaks. */
const anyText = (maxLength: number) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.constantFrom('', '\u0000', '\ud800', '"\n\r\t,;=1+1', '\u202E莉娜😀', 'a'.repeat(maxLength)));
const price = fc.option(
  fc.record({ amount: fc.oneof(fc.constantFrom(1, 1e11), fc.integer({ min: 1, max: 1e11 })).map((cents) => cents / 100), currency: fc.constantFrom('USD', 'CNY', 'EUR', 'JPY') }),
  { nil: null },
);

const creator: fc.Arbitrary<CreatorRecord> = fc
  .record({
    platform: fc.constantFrom(...PLATFORMS),
    handle: fc.stringMatching(/^[a-z0-9_.]{1,30}$/),
    displayName: fc.option(anyText(200), { nil: null }),
    notes: fc.array(fc.record({ text: anyText(5000), at: moment }), { maxLength: 3 }),
    tags: fc.array(anyText(100), { maxLength: 5 }),
    status: fc.constantFrom(...STATUSES),
    dates: fc.array(moment, { minLength: 4, maxLength: 4 }),
    price,
    email: fc.option(fc.emailAddress().filter((email) => email.length <= 254), { nil: null }),
    targetMarket: fc.option(anyText(100), { nil: null }),
    gradeOverride: fc.option(fc.record({ grade: fc.constantFrom('S', 'A', 'B', 'C', 'D' as const), reason: anyText(300) }), { nil: null }),
    doNotWork: fc.option(fc.record({ reason: anyText(300) }), { nil: null }),
    gradeSeen: fc.option(fc.record({ grade: fc.constantFrom('S', 'D', null), score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { nil: undefined }),
  })
  .map(({ platform, handle, dates, gradeSeen, gradeOverride, doNotWork, status, ...rest }) => {
    const [createdAt, lastSeenAt, updatedAt, at] = dates as [number, number, number, number];
    const profileUrl = platform === 'tiktok' ? `https://www.tiktok.com/@${handle}` : platform === 'instagram' ? `https://www.instagram.com/${handle}/` : `https://www.youtube.com/@${handle}`;
    return {
      id: creatorId(platform, handle),
      platform,
      handle,
      profileUrl,
      createdAt,
      lastSeenAt,
      updatedAt,
      status,
      statusHistory: [{ status: 'to-review' as const, at: createdAt }, { status, at }],
      gradeOverride: gradeOverride && { ...gradeOverride, at },
      doNotWork: doNotWork && { ...doNotWork, at },
      ...(gradeSeen ? { gradeSeen: { ...gradeSeen, at } } : {}),
      ...rest,
    };
  });

/** A reading of the creator, its posts dated from the platform's first day to now, counts up to the bound. */
function readingsOf(record: CreatorRecord): fc.Arbitrary<SnapshotRecord[]> {
  const since = PLATFORM_SINCE[record.platform];
  const reading = fc.record({
    capturedAt: moment,
    published: fc.array(fc.oneof(fc.constantFrom(since, NOW), fc.integer({ min: since, max: NOW })), { minLength: 1, maxLength: 4 }),
    views: fc.oneof(fc.constantFrom(0, MAX_COUNT), fc.nat()),
    bio: fc.option(anyText(300), { nil: null }),
  });
  return fc.array(reading, { maxLength: 2 }).map((readings) =>
    readings.map(({ capturedAt, published, views, bio }) => {
      const snapshot = makeSnapshot({ platform: record.platform, capturedAt, url: record.profileUrl, creator: { handle: record.handle, bio, followers: exact(views) } });
      snapshot.posts = makePosts(published.map(() => views)).map((post, i) => ({ ...post, publishedAt: exact(published[i]!) }));
      return { creatorId: record.id, capturedAt, snapshot };
    }),
  );
}

const day = fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

/** A creator's deal in a campaign, with or without each of its parts. */
function dealOf(record: CreatorRecord, campaignId: string): fc.Arbitrary<DealRecord> {
  return fc
    .record({
      fee: price,
      samples: fc.array(fc.record({ product: anyText(200).filter((text) => text.length > 0), cost: price, sentOn: fc.constant(null), receivedOn: fc.option(day, { nil: null }) }), { maxLength: 2 }),
      commissionPercent: fc.option(fc.constantFrom(0.5, 10, 100), { nil: null }),
      discountCode: fc.option(anyText(64).filter((text) => text.length > 0), { nil: null }),
      trackingLink: fc.option(fc.constantFrom('https://shop.example/p?utm_source=tiktok&utm_campaign=spring', 'http://a.b/'), { nil: null }),
      promised: fc.array(fc.record({ count: fc.integer({ min: 1, max: 100 }), format: fc.constantFrom(...DELIVERABLE_FORMATS), dueDate: fc.option(day, { nil: null }) }), { maxLength: 3 }),
      usageRights: fc.option(fc.record({ what: anyText(200), where: anyText(200), until: fc.option(day, { nil: null }) }), { nil: null }),
      contractNotes: anyText(5000),
      dates: fc.array(moment, { minLength: 2, maxLength: 2 }),
    })
    .map(({ dates: [addedAt, updatedAt], ...rest }) => ({ id: dealId(campaignId, record.id), campaignId, creatorId: record.id, addedAt: addedAt!, updatedAt: updatedAt!, ...rest }));
}

function attemptsOf(record: CreatorRecord, campaignId: string): fc.Arbitrary<OutreachRecord[]> {
  const attempt = fc.record({ channel: fc.constantFrom(...OUTREACH_CHANNELS), outcome: fc.constantFrom(...OUTREACH_OUTCOMES), sentAt: moment, note: anyText(500) });
  return fc.array(attempt, { maxLength: 2 }).map((attempts) =>
    attempts.map(({ outcome, sentAt, ...rest }, i) => ({
      id: `${record.id}#${i}`,
      campaignId,
      creatorId: record.id,
      outcome,
      sentAt,
      answeredAt: outcome === 'replied' || outcome === 'agreed' || outcome === 'declined' ? sentAt : null,
      updatedAt: sentAt,
      ...rest,
    })),
  );
}

/** A delivered post of the creator with its readings (figures up to the bound, any of them unread). */
function deliveredOf(record: CreatorRecord, campaignId: string): fc.Arbitrary<Array<{ deliverable: DeliverableRecord; points: Array<Omit<DeliverablePoint, 'id'>> }>> {
  const figure = fc.option(fc.oneof(fc.constantFrom(0, MAX_COUNT), fc.nat()), { nil: null });
  const point = fc.record({ at: moment, views: figure, likes: figure, comments: figure, shares: figure, saves: figure, disclosure: fc.constantFrom('clear', 'unclear', 'none', null), available: fc.boolean() });
  const post = fc.record({ dueDate: fc.option(day, { nil: null }), postedAt: fc.option(moment, { nil: null }), attachedAt: moment, attachedBy: fc.constantFrom('typed', 'offered' as const), points: fc.array(point, { maxLength: 3 }) });
  return fc.array(post, { maxLength: 2 }).map((posts) =>
    posts.map(({ points, ...rest }, i) => {
      const id = `${record.id}/${i}`;
      const url = record.platform === 'tiktok' ? `https://www.tiktok.com/@${record.handle}/video/${7000 + i}` : record.platform === 'instagram' ? `https://www.instagram.com/p/C${i}/` : `https://www.youtube.com/watch?v=v${i}`;
      return { deliverable: { id, campaignId, creatorId: record.id, platform: record.platform, postKey: `${record.platform}:${7000 + i}`, url, ...rest }, points: points.map((figures) => ({ deliverableId: id, ...figures })) };
    }),
  );
}

/** Results of the creator: for the creator as a whole or one post, any figure unknown, money from 0. */
function resultsOf(record: CreatorRecord, campaignId: string): fc.Arbitrary<ResultRecord[]> {
  const count = fc.option(fc.oneof(fc.constantFrom(0, MAX_COUNT), fc.nat()), { nil: null });
  const money = fc.option(fc.record({ amount: fc.oneof(fc.constantFrom(0, 1e11), fc.integer({ min: 0, max: 1e11 })).map((cents) => cents / 100), currency: fc.constantFrom('USD', 'CNY', 'EUR') }), { nil: null });
  const result = fc.record({
    source: fc.constantFrom(...RESULT_SOURCES),
    post: fc.boolean(),
    clicks: count,
    orders: count,
    itemsSold: count,
    newCustomers: count,
    revenue: money,
    refunds: money,
    commission: money,
    fileName: fc.option(anyText(260), { nil: null }),
    at: moment,
  });
  return fc.array(result, { maxLength: 2 }).map((results) =>
    results.map(({ source, post, ...rest }, i) => {
      const matchedBy = post ? `post:${record.id}/${i}` : `creator:${record.id}#${i}`;
      return { id: resultId(campaignId, source, matchedBy), campaignId, creatorId: record.id, deliverableId: post ? `${record.id}/${i}` : null, source, matchedBy, ...rest };
    }),
  );
}

const database = fc
  .uniqueArray(creator, { minLength: 1, maxLength: 5, selector: (record) => record.id })
  .chain((creators) =>
    fc.tuple(
      fc.constant(creators),
      fc.tuple(...creators.map(readingsOf)),
      fc.tuple(...creators.map((record) => fc.tuple(dealOf(record, 'c1'), attemptsOf(record, 'c1'), deliveredOf(record, 'c1'), resultsOf(record, 'c1')))),
      // Readings deleted before the backup leave gaps in the numbering, which the restore keeps.
      fc.array(fc.boolean(), { maxLength: 12 }),
    ),
  );

async function backupBytes(db: CreatorLensDatabase): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  await writeBackup(db, { write: async (chunk) => void chunks.push(chunk as Uint8Array<ArrayBuffer>) }, { now: NOW });
  return new Blob(chunks);
}

const everything = async (db: CreatorLensDatabase) => ({
  creators: await db.creators.toArray(),
  snapshots: await db.snapshots.toArray(),
  postSamples: await db.postSamples.toArray(),
  deals: await db.deals.toArray(),
  outreach: await db.outreach.toArray(),
  deliverables: await db.deliverables.toArray(),
  deliverablePoints: await db.deliverablePoints.toArray(),
  results: await db.results.toArray(),
});

describe('back up, then restore', () => {
  it('gives back exactly the records of any database within the bounds', async () => {
    await fc.assert(
      fc.asyncProperty(database, async ([creators, readings, work, deleted]) => {
        // One schema: what the generator makes is what a CSV import, the form and a restore accept.
        for (const record of creators) expect(CreatorRecordSchema.safeParse(record).success, JSON.stringify(record).slice(0, 300)).toBe(true);
        const source = freshDb();
        await source.creators.bulkAdd(creators);
        await source.snapshots.bulkAdd(readings.flat());
        for (const record of await source.snapshots.toArray()) {
          expect(SnapshotRecordSchema.safeParse(record).success).toBe(true);
          expect(SnapshotSchema.safeParse(record.snapshot).success).toBe(true);
        }
        const delivered = work.flatMap(([, , posts]) => posts);
        await source.deals.bulkAdd(work.map(([deal]) => deal));
        await source.outreach.bulkAdd(work.flatMap(([, attempts]) => attempts));
        await source.deliverables.bulkAdd(delivered.map(({ deliverable }) => deliverable));
        const points = delivered.flatMap(({ points: read }) => read);
        const pointIds = await source.deliverablePoints.bulkAdd(points, { allKeys: true });
        for (const [i, gone] of deleted.entries()) if (gone && i < pointIds.length) await source.deliverablePoints.delete(pointIds[i]!);
        await source.results.bulkAdd(work.flatMap(([, , , results]) => results));
        for (const record of await source.results.toArray()) expect(ResultRecordSchema.safeParse(record).success, JSON.stringify(record).slice(0, 300)).toBe(true);
        for (const record of await source.deals.toArray()) expect(DealRecordSchema.safeParse(record).success, JSON.stringify(record).slice(0, 300)).toBe(true);
        for (const record of await source.outreach.toArray()) expect(OutreachRecordSchema.safeParse(record).success).toBe(true);
        for (const record of await source.deliverables.toArray()) expect(DeliverableRecordSchema.safeParse(record).success, JSON.stringify(record)).toBe(true);
        for (const record of await source.deliverablePoints.toArray()) expect(DeliverablePointSchema.safeParse(record).success).toBe(true);
        const file = await backupBytes(source);
        const checked = await checkBackupFile(file, source.verno);
        if (!checked.ok) throw new Error(english(checked.error));
        const target = freshDb();
        await restoreBackup(target, checked.backup);
        expect(await everything(target)).toEqual(await everything(source));
        // And the restored database backs up to the very same file.
        expect(await (await backupBytes(target)).text()).toBe(await file.text());
        // A reading recorded after the restore is numbered past every restored one.
        const restored = (await target.deliverablePoints.toCollection().primaryKeys()).map(Number);
        const next = await target.deliverablePoints.add({ deliverableId: 'new', at: NOW, views: 1, likes: null, comments: null, shares: null, saves: null, disclosure: null, available: true });
        expect(next).toBeGreaterThan(Math.max(0, ...restored));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
