// The one path from a reading to the score card (lib/shortlist/score): the answer checked once,
// a post page's posts joining the sample, the shortlist's posts and readings given to the scoring.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/db';
import { loadSample, recordPosts, saveSnapshot } from '../../../lib/db/readings';
import { english } from '../../../lib/i18n';
import { assess } from '../../../lib/scoring';
import { scoreReading, scoreSnapshot, scoringInputs } from '../../../lib/shortlist/score';
import { engagedPosts, exact, makeSnapshot, sameEngagement, CAPTURED_AT } from '../../helpers/snapshots';

/** A moment the readings of these tests are taken after. */
const T = CAPTURED_AT - 100_000;
import { savedAssessmentOf } from '../../../lib/shortlist/grade-history';

const PROFILE = 'https://www.tiktok.com/@lena';
const database = () => openDatabase(`score-${Math.random().toString(36).slice(2)}`);

function postPage() {
  const post = { ...engagedPosts([[1_000, 100, 10]])[0]!, id: '7301000000000001111', url: `${PROFILE}/video/7301000000000001111` };
  return { post, snapshot: makeSnapshot({ pageKind: 'post', url: post.url, posts: [post] }) };
}

describe('scoring a reading', () => {
  it('gives the scoring the creator’s posts seen and saved readings; another creator’s stay out', async () => {
    const db = database();
    const seen = engagedPosts([[1_000, 100, 10]]);
    await recordPosts(db, makeSnapshot({ pageKind: 'post', url: seen[0]!.url, posts: seen }), 1_000);
    const earlier = makeSnapshot({ capturedAt: T + 500, creator: { followers: null } });
    await saveSnapshot(db, earlier, '', T + 500);
    await recordPosts(db, makeSnapshot({ pageKind: 'post', creator: { handle: 'mei' }, posts: engagedPosts([[9, 9, 9]]) }), 1_000);
    expect(await scoringInputs(db, makeSnapshot())).toEqual({ seenPosts: seen, history: [earlier] });
    const scored = await scoreSnapshot(db, makeSnapshot(), { record: true, now: T + 2_000 });
    expect(scored.assessment).toEqual(assess(makeSnapshot(), { seenPosts: seen, history: [earlier], now: makeSnapshot().capturedAt }));
  });

  it('says when the grade differs from the one shown when the creator was last saved, and why', async () => {
    const db = database();
    const strong = makeSnapshot({ capturedAt: T + 1_000, posts: sameEngagement(30, 30_000, 2_400, 90).map((post, i) => ({ ...post, id: `v${i}`, publishedAt: exact(T + 1_000 - i), caption: 'Morning #run' })) });
    const saved = assess(strong);
    await saveSnapshot(db, strong, '', T + 1_000, savedAssessmentOf(saved));
    expect((await scoreSnapshot(db, strong, { record: false, now: T + 2_000 })).sinceSaved).toBeUndefined();
    const weaker = { ...strong, capturedAt: T + 5_000, posts: strong.posts.map((post) => ({ ...post, likes: exact(200), comments: exact(8) })) };
    const scored = await scoreSnapshot(db, weaker, { record: false, now: T + 6_000 });
    expect(scored.assessment.grade).not.toBe(saved.grade);
    expect(english(scored.sinceSaved)).toMatch(new RegExp(`^Was ${saved.grade} ${saved.score} on Jan 15, 2026: Engagement quality fell from \\d+ to \\d+\\.$`));
  });

  it('adds a freshly read post page’s post to the sample; a result shown again is not written again', async () => {
    const db = database();
    const { post, snapshot } = postPage();
    expect((await scoreSnapshot(db, snapshot, { record: false, now: T + 1_000 })).seenPosts).toEqual([]);
    expect(await loadSample(db, 'tiktok:lena')).toEqual([]);
    expect((await scoreSnapshot(db, snapshot, { record: true, now: T + 1_000 })).seenPosts).toEqual([post]);
    expect(await loadSample(db, 'tiktok:lena')).toEqual([{ seenAt: T + 1_000, post }]);
  });

  it('checks the reader’s answer where it arrives: one that fails the schema is refused with a clear message', async () => {
    const refused = await scoreReading(database(), { unchecked: { ok: true, snapshot: { ...makeSnapshot(), version: 99 } } }, 1_000);
    expect(refused).toMatchObject({ ok: false, error: { code: 'extract-failed' } });
    if (!refused.ok) expect(english(refused.error.message)).toMatch(/could not|invalid|Reload/i);
    const failed = await scoreReading(database(), { ok: false, error: { code: 'unsupported-page', message: 'x' } }, 1_000);
    expect(failed).toEqual({ ok: false, error: { code: 'unsupported-page', message: 'x' } });
  });

  it('scores from the page alone when the sample cannot be read, and says why', async () => {
    const db = database();
    await db.open();
    db.close({ disableAutoOpen: true });
    const scored = await scoreReading(db, { unchecked: { ok: true, snapshot: makeSnapshot() } }, 1_000);
    if (!scored.ok) throw new Error('the reading failed');
    expect(scored.sampleError).toBeInstanceOf(Error);
    expect(scored.seenPosts).toEqual([]);
    expect(scored.assessment).toEqual(assess(makeSnapshot(), { now: makeSnapshot().capturedAt }));
  });
});
