// A post of a booked creator read in the popup: offered to the campaigns whose marks it carries and
// which do not have it, attached with the deal's due date and this reading as its first point, and
// then no longer offered but recorded on each fresh reading.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachOffered, deliverablesOfReading } from '../../../lib/campaign/deliverable-offers';
import { campaignFromDraft, emptyDraft } from '../../../lib/campaign/draft';
import { putCampaign } from '../../../lib/db/campaigns';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { listDeliverables, pointsOf } from '../../../lib/db/deliverables';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { emptyPost } from '../../../lib/platforms/common';
import { CAPTURED_AT, DAY, exact, makeSnapshot } from '../../helpers/snapshots';

const VIDEO_ID = '7301000000000001111';
const VIDEO_URL = `https://www.tiktok.com/@lena/video/${VIDEO_ID}`;
let db: CreatorLensDatabase;

async function campaign(id: string, name: string, changes: Partial<ReturnType<typeof emptyDraft>> = {}, archivedAt: number | null = null) {
  const made = campaignFromDraft({ ...emptyDraft('USD'), name, ...changes }, null, id, CAPTURED_AT - 10 * DAY);
  if (!('campaign' in made)) throw new Error('campaign not made');
  await putCampaign(db, { ...made.campaign, archivedAt });
}

beforeEach(async () => {
  db = openDatabase(`offers-${Math.random().toString(36).slice(2)}`);
  await campaign('c1', 'Serum launch');
  await campaign('c2', 'Summer', { brandHashtags: '#glowsummer' });
  await campaign('c3', 'Spring (over)', { brandHashtags: '#glowsummer' }, CAPTURED_AT - DAY);
  await campaign('c4', 'Not this one', { brandHandles: '@otherbrand' });
  await addToCampaign(db, 'c1', ['tiktok:lena'], CAPTURED_AT - 5 * DAY);
  await addToCampaign(db, 'c2', ['tiktok:lena'], CAPTURED_AT - 5 * DAY);
  await addToCampaign(db, 'c3', ['tiktok:lena'], CAPTURED_AT - 5 * DAY);
  await addToCampaign(db, 'c4', ['tiktok:lena'], CAPTURED_AT - 5 * DAY);
  await putDeal(db, { ...newDeal('c1', 'tiktok:lena', CAPTURED_AT - 5 * DAY), discountCode: 'LENA10', promised: [{ count: 1, format: 'video', dueDate: '2026-01-20' }] });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const reading = (views: number, capturedAt = CAPTURED_AT) =>
  makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt, posts: [{ ...emptyPost(VIDEO_ID, VIDEO_URL), views: exact(views), caption: 'My glow routine, code LENA10 #glowsummer', hashtags: ['glowsummer'] }] });

describe('offering a post as a deliverable', () => {
  it('offers each live campaign whose marks the post carries, saying which', async () => {
    const { offers, points } = await deliverablesOfReading(db, reading(1_000), true);
    expect(offers.map((offer) => [offer.campaign.name, offer.marks.map((mark) => mark.kind)])).toEqual([
      ['Serum launch', ['code']],
      ['Summer', ['hashtag']],
    ]);
    expect(points).toEqual({ recorded: 0, otherCreator: 0 });
  });

  it('attaches with the deal’s due date and this reading as the first point, then records fresh readings and offers it no more', async () => {
    const { offers } = await deliverablesOfReading(db, reading(1_000), true);
    const result = await attachOffered(db, offers[0]!, reading(1_000), 'd1', CAPTURED_AT);
    expect('attached' in result && result.attached).toMatchObject({ campaignId: 'c1', dueDate: '2026-01-20', attachedBy: 'offered', url: VIDEO_URL });
    expect((await pointsOf(db, 'd1')).map((point) => point.views)).toEqual([1_000]);

    const later = await deliverablesOfReading(db, reading(9_000, CAPTURED_AT + DAY), true);
    expect(later.offers.map((offer) => offer.campaign.name)).toEqual(['Summer']);
    expect(later.points).toEqual({ recorded: 1, otherCreator: 0 });
    expect((await pointsOf(db, 'd1')).map((point) => point.views)).toEqual([1_000, 9_000]);
    // A remembered reading is shown again, not recorded again.
    expect((await deliverablesOfReading(db, reading(9_500, CAPTURED_AT + DAY + 1), false)).points).toBeNull();
    expect(await listDeliverables(db, 'c1')).toHaveLength(1);
  });

  it('offers nothing on a profile page or for a creator booked nowhere', async () => {
    expect((await deliverablesOfReading(db, makeSnapshot(), true)).offers).toEqual([]);
    const stranger = makeSnapshot({ pageKind: 'post', url: 'https://www.tiktok.com/@kai/video/7301000000000009999', creator: { handle: 'kai' }, posts: [{ ...emptyPost('7301000000000009999', 'https://www.tiktok.com/@kai/video/7301000000000009999'), caption: 'code LENA10' }] });
    expect((await deliverablesOfReading(db, stranger, true)).offers).toEqual([]);
  });
});
