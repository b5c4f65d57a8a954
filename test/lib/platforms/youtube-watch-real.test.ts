// A watch page as YouTube served it on 2025-12-03 (saved by the metascraper project): the figures a
// person reads on it, field by field, from its ytInitialData (lockupViewModel related videos,
// likeCountEntity) and ytInitialPlayerResponse; the related videos (some of the same channel) and the
// viewer's own region (Spain) are never taken for the video's or the channel's.
import { describe, expect, it } from 'vitest';
import { fixture, parseHtml } from '../../helpers/fixtures';
import { english } from '../../../lib/i18n';
import { extractYouTubeVideo } from '../../../lib/platforms/youtube/post';
import { expectValid, numbersIn } from '../../helpers/readings';
import { exact } from '../../helpers/snapshots';

const HREF = 'https://www.youtube.com/watch?v=fJ9rUzIMcZQ';
// When the page was served (ytcfg TIME_CREATED_MS 1764777827957).
const NOW = 1_764_777_827_957;
const source = fixture('youtube/watch-lockupViewModel-en-2025-12.html');
const snapshot = extractYouTubeVideo(parseHtml(source), new URL(HREF), NOW);
const post = snapshot.posts[0]!;


describe('watch page of December 2025 (real, en, viewer in Spain)', () => {
  it('is a valid post snapshot of that one video, from its data and player data', () => {
    expectValid(snapshot);
    expect(snapshot).toMatchObject({ platform: 'youtube', pageKind: 'post', lang: 'en', url: HREF });
    expect(snapshot.sources).toEqual(['embedded-json:ytInitialData', 'embedded-json:ytInitialPlayerResponse']);
    expect(snapshot.notices).toEqual([]);
    expect(snapshot.posts).toHaveLength(1);
    expect(post).toMatchObject({ id: 'fJ9rUzIMcZQ', url: HREF, pinned: false, shares: null, saves: null });
  });

  it('reads the channel: Queen Official, @Queen, the official artist mark, "18.8M subscribers"', () => {
    expect(snapshot.creator).toMatchObject({
      handle: 'Queen',
      displayName: 'Queen Official',
      verified: true,
      postCount: null,
      following: null,
      totalLikes: null,
      bio: null,
    });
    expect(snapshot.creator.followers).toEqual({ value: 18_800_000, min: 18_800_000, max: 18_899_999, source: 'embedded-json', shown: '18.8M subscribers' });
  });

  it('gives the exact views 2,001,156,445 ("2,001,156,445 views", the player\'s viewCount)', () => {
    expect(source).toContain('"viewCount":{"simpleText":"2,001,156,445 views"}');
    expect(post.views).toEqual(exact(2_001_156_445));
  });

  it('gives the exact likes 13,725,279 (the like button\'s "along with 13,725,279 other people" under "13M")', () => {
    expect(source).toContain('"accessibilityText":"like this video along with 13,725,279 other people"');
    expect(post.likes).toEqual(exact(13_725_279));
  });

  it('gives the comments as the range "684K" allows: the exact count loads with the comments', () => {
    expect(post.comments).toEqual({ value: 684_000, min: 684_000, max: 684_999, source: 'embedded-json', shown: '684K' });
  });

  it('dates the video to the instant the player data gives, 2008-08-01T04:06:40-07:00', () => {
    expect(post.publishedAt).toEqual(exact(Date.parse('2008-08-01T04:06:40-07:00')));
  });

  it('is not sponsored: the player data is there and has no paid-promotion mark', () => {
    expect(post.sponsored).toBe(false);
  });

  it('keeps title and description as the caption, with its four hashtags', () => {
    expect(post.caption).toMatch(/^Queen – Bohemian Rhapsody \(Official Video Remastered\)\n\nREMASTERED IN HD TO CELEBRATE ONE BILLION VIEWS!\nTaken from A Night At The Opera, 1975\./);
    expect(post.hashtags).toEqual(['QueenTheGreatest', 'BohemianRhapsody', 'Remastered', 'Queen']);
    expect(post.mentions).toEqual([]);
  });

  it('says what a video page does not show: the video count, following, total likes', () => {
    expect(snapshot.missing.map((entry) => [entry.field, english(entry.reason)])).toEqual([
      ['postCount', "A video page does not show the channel's video count; the channel page does"],
      ['following', 'YouTube does not show how many channels a creator subscribes to'],
      ['totalLikes', "YouTube does not show a channel's total likes"],
    ]);
  });

  it('takes no joined date, country or store: the page shows none, and its "ES" is the viewer\'s region', () => {
    expect(source).toContain('"INNERTUBE_CONTEXT_GL":"ES"');
    expect(source).toContain('"countryCode":"ES"');
    expect(snapshot.creator).toMatchObject({ joinedAt: null, country: null, sellerMarks: null, category: null });
    expect(JSON.stringify(snapshot.creator)).not.toMatch(/"ES"|Spain/);
  });

  it('marks the store when a merchandise shelf sits under the video (as on channels that sell)', () => {
    const anchor = '"results":{"results":{"contents":[{"videoPrimaryInfoRenderer"';
    expect(source.split(anchor)).toHaveLength(2);
    const withStore = source.replace(
      anchor,
      '"results":{"results":{"contents":[{"merchandiseShelfRenderer":{"title":"Shop the Queen Official store","items":[{"merchandiseItemRenderer":{"title":"A Night At The Opera vinyl","price":"€29.99"}}]}},{"videoPrimaryInfoRenderer"',
    );
    const read = extractYouTubeVideo(parseHtml(withStore), new URL(HREF), NOW);
    expect(read.creator.sellerMarks).toEqual(['store-shelf']);
    expect(read.posts[0]?.views).toEqual(exact(2_001_156_445));
  });

  it('takes no figure of the related videos, not even those of the same channel', () => {
    // "Queen - Greatest Hits" by Queen Official, "55M views" in the related list; a remix Short, "472K views".
    expect(source).toContain('{"text":{"content":"55M views"}}');
    expect(source).toContain('"secondaryText":{"content":"472K views"}');
    const numbers = numbersIn(snapshot);
    for (const number of [55_000_000, 55_999_999, 472_000, 472_999]) expect(numbers).not.toContain(number);
    expect(JSON.stringify(snapshot)).not.toContain('_Uu12zY01ts');
  });
});
