// What one reading of a page yields, as it crosses a boundary: reported by a page reader script,
// stored in the database, carried in a backup. The reader scripts do not carry these schemas
// (./limits is theirs): what they report is checked where it is received.
import * as z from 'zod/mini';
import { COUNT_SOURCES, MAX_VISIBLE_COMMENTS, PAGE_KINDS, PLATFORMS, SELLER_MARKS, SNAPSHOT_VERSION, TEXT_LIMITS } from './limits';
import { StoredTextSchema } from './text';
import { CountNumberSchema, MomentSchema, plausiblePostDate } from './bounds';

export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** A bound of a count's or a date's range (a relative date's bounds may reach past the plausible dates). */
const wholeNumber = z.int().check(z.minimum(0));

/**
 * A count read from the page. `min`/`max` carry its precision: an exact count has
 * min === value === max; "12.3K" is 12,250..12,349 with value 12,300.
 */
export const CountSchema = z.object({
  value: CountNumberSchema,
  min: CountNumberSchema,
  max: CountNumberSchema,
  source: z.enum(COUNT_SOURCES),
  /** The text as the page showed it, when it was read from text. */
  shown: z.optional(z.string().check(z.maxLength(64))),
});
export type Count = z.infer<typeof CountSchema>;

/** A field the extractor could not read, with a reason the UI can show (a message key, or an older record's sentence). */
export const MissingFieldSchema = z.object({
  field: z.string().check(z.maxLength(64)),
  reason: StoredTextSchema,
});
export type MissingField = z.infer<typeof MissingFieldSchema>;

const tagList = z.array(z.string().check(z.maxLength(TEXT_LIMITS.tag))).check(z.maxLength(100));

export const PostSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  url: z.string().check(z.maxLength(TEXT_LIMITS.url)),
  views: z.nullable(CountSchema),
  likes: z.nullable(CountSchema),
  comments: z.nullable(CountSchema),
  shares: z.nullable(CountSchema),
  saves: z.nullable(CountSchema),
  /** Pinned posts stay on top of the grid whatever their age; recent medians leave them out. */
  pinned: z.boolean(),
  /**
   * Unix ms. A relative date ("3 days ago") is a range like a rounded count: value is the
   * middle, min/max the bounds it allows.
   */
  publishedAt: z.nullable(
    z.object({
      value: MomentSchema,
      min: wholeNumber,
      max: wholeNumber,
      source: z.enum(COUNT_SOURCES),
      shown: z.optional(z.string().check(z.maxLength(64))),
    }),
  ),
  /** The platform's paid-partnership label or ad mark; null when the page does not say. */
  sponsored: z.nullable(z.boolean()),
  caption: z.nullable(z.string().check(z.maxLength(TEXT_LIMITS.caption))),
  /** Without the leading # or @, as written. */
  hashtags: tagList,
  mentions: tagList,
  /** The text of the comments the page shows under the post (post pages only), for comment quality. */
  visibleComments: z.array(z.string().check(z.maxLength(TEXT_LIMITS.comment))).check(z.maxLength(MAX_VISIBLE_COMMENTS)),
});
export type Post = z.infer<typeof PostSchema>;

export const CreatorFieldsSchema = z.object({
  handle: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.handle)),
  displayName: z.nullable(z.string().check(z.maxLength(TEXT_LIMITS.name))),
  bio: z.nullable(z.string().check(z.maxLength(TEXT_LIMITS.bio))),
  bioLinks: z.array(z.string().check(z.maxLength(TEXT_LIMITS.url))).check(z.maxLength(20)),
  /** A contact e-mail address written in the bio. */
  email: z.nullable(z.string().check(z.maxLength(254))),
  verified: z.nullable(z.boolean()),
  privateAccount: z.nullable(z.boolean()),
  followers: z.nullable(CountSchema),
  following: z.nullable(CountSchema),
  totalLikes: z.nullable(CountSchema),
  postCount: z.nullable(CountSchema),
  // What a cross-border seller asks first, where the page shows it. Absent from readings made before
  // they were read; null when the page does not say.
  /** When the account was made: TikTok's account creation time, a YouTube channel's joined date. */
  joinedAt: z.optional(
    z.nullable(
      z.object({
        value: MomentSchema,
        source: z.enum(COUNT_SOURCES),
        shown: z.optional(z.string().check(z.maxLength(64))),
      }),
    ),
  ),
  /** The marks of selling the page shows; [] when its data says the account has none of them. */
  sellerMarks: z.optional(z.nullable(z.array(z.enum(SELLER_MARKS)).check(z.maxLength(SELLER_MARKS.length)))),
  /** The account's own category label as shown (Instagram's "Shopping & retail"). */
  category: z.optional(z.nullable(z.string().check(z.maxLength(TEXT_LIMITS.name)))),
  /** The country the creator states on the page (a YouTube channel's About), as written or as its code; never the viewer's. */
  country: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
});

export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Everything one reading of one page yielded. Stored raw; scores are recomputed from it.
 * A profile page lists the creator's recent posts; a post page lists that one post.
 */
export const SnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  platform: PlatformSchema,
  pageKind: z.enum(PAGE_KINDS),
  /** The page's UI language (`<html lang>`), used to read its numbers and dates. */
  lang: z.nullable(z.string().check(z.maxLength(35))),
  url: z.string().check(z.maxLength(TEXT_LIMITS.url)),
  capturedAt: MomentSchema,
  creator: CreatorFieldsSchema,
  posts: z.array(PostSchema).check(z.maxLength(500)),
  missing: z.array(MissingFieldSchema),
  /** Which parts of the page were read, e.g. "embedded-json:universal", "dom". */
  sources: z.array(z.string().check(z.maxLength(64))),
  /** Things the user should know about this reading ("page still loading after 5 s"). */
  notices: z.array(StoredTextSchema),
  /**
   * A post page that says its post is gone (removed, private, not found): what the page says, in its own
   * words or status. Absent on readings of pages that showed their post, and on those made before it existed.
   */
  unavailable: z.optional(z.object({ pageSays: z.string().check(z.minLength(1), z.maxLength(300)) })),
}).check(
  // A post dated before its platform existed is a misread, refused with the post named.
  z.superRefine((snapshot, ctx) => {
    snapshot.posts.forEach((post, index) => {
      if (post.publishedAt && !plausiblePostDate(snapshot.platform, post.publishedAt.value)) {
        ctx.issues.push({ code: 'custom', message: 'bound_postDate', input: post.publishedAt.value, path: ['posts', index, 'publishedAt', 'value'] });
      }
    });
  }),
);
export type Snapshot = z.infer<typeof SnapshotSchema>;
