// A reading of a post page as a dated point of every deliverable that is that post: its figures, its
// ad disclosure, and the day it went up when that was not known yet. Here rather than with the other
// campaign logic because the background's visit recording writes these points too.
import { readDisclosure } from '../scoring/disclosure';
import type { PageIdentity } from '../platforms/types';
import type { Platform, Post, Snapshot } from '../schema/snapshot';
import { DeliverableRecordSchema, type DeliverablePoint } from './deliverable-record';
import { addPoint, deliverablesOfPost, pointsOf } from './deliverables';
import { creatorId } from './records';
import type { CreatorLensDatabase } from './index';

/** A deliverable's post key: `${platform}:${post id}`, the post id as the page readers give it. */
export const postKeyOf = (platform: Platform, postId: string): string => `${platform}:${postId}`;

/** The post key of a post page, from its address alone (`video:<id>`, `post:<shortcode>`, `watch/<id>`). */
export const postKeyOfPage = (page: PageIdentity): string => postKeyOf(page.platform, page.key.slice(page.key.search(/[:/]/) + 1));

/** The post a post page's reading is about: the one of the page's own address, else the first. */
export function postOfReading(snapshot: Snapshot): Post | null {
  if (snapshot.pageKind !== 'post') return null;
  return snapshot.posts.find((post) => snapshot.url.includes(post.id)) ?? snapshot.posts[0] ?? null;
}

/** One reading of a post as a deliverable's point: what the page showed, null where it did not. */
export function pointOf(deliverableId: string, post: Post, at: number, available = true): DeliverablePoint {
  return {
    deliverableId,
    at,
    views: post.views?.value ?? null,
    likes: post.likes?.value ?? null,
    comments: post.comments?.value ?? null,
    shares: post.shares?.value ?? null,
    saves: post.saves?.value ?? null,
    disclosure: readDisclosure(post).status,
    available,
  };
}

const FIGURES = ['views', 'likes', 'comments', 'shares', 'saves', 'disclosure', 'available'] as const;
const localDay = (at: number) => new Date(at).toDateString();

/** A point adds to the history when it says something new, or is the first of its day. */
function isNews(point: DeliverablePoint, newest: DeliverablePoint | undefined): boolean {
  return newest === undefined || localDay(newest.at) !== localDay(point.at) || FIGURES.some((field) => newest[field] !== point[field]);
}

export interface PointsRecorded {
  /** Deliverables that got a point from this reading. */
  recorded: number;
  /** Deliverables of this post booked for another creator than the page shows: left without a point. */
  otherCreator: number;
}

/**
 * Records a post page's reading as a point of every deliverable that is this post, in one
 * transaction, and dates each deliverable's posting from the page when it was not known.
 */
export async function recordDeliverablePoints(db: CreatorLensDatabase, snapshot: Snapshot): Promise<PointsRecorded> {
  const post = postOfReading(snapshot);
  const gone = snapshot.unavailable !== undefined;
  // A page that showed none of the post's figures and did not say the post is gone (still loading) says nothing to record.
  if (post === null || (!gone && [post.views, post.likes, post.comments, post.shares, post.saves].every((count) => count === null))) {
    return { recorded: 0, otherCreator: 0 };
  }
  const author = creatorId(snapshot.platform, snapshot.creator.handle);
  return db.transaction('rw', db.deliverables, db.deliverablePoints, async () => {
    const deliverables = await deliverablesOfPost(db, postKeyOf(snapshot.platform, post.id));
    // An Instagram or YouTube address does not name its creator: the page does, unless the post is gone.
    const own = gone ? deliverables : deliverables.filter((deliverable) => deliverable.creatorId === author);
    for (const deliverable of own) {
      const point = pointOf(deliverable.id, post, snapshot.capturedAt, !gone);
      if (isNews(point, (await pointsOf(db, deliverable.id)).at(-1))) await addPoint(db, point);
      if (deliverable.postedAt === null && post.publishedAt !== null) {
        await db.deliverables.put(DeliverableRecordSchema.parse({ ...deliverable, postedAt: post.publishedAt.value }));
      }
    }
    return { recorded: own.length, otherCreator: deliverables.length - own.length };
  });
}
