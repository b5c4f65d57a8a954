// Checking what another context answers (a page reader script's reading).
import { describe, expect, it } from 'vitest';
import { english, say } from '../../../lib/i18n';
import { parseResponse } from '../../../lib/reading/check';
import { failure } from '../../../lib/schema/failure';
import { flatText } from '../../../lib/i18n/text';
import type { ReadPageResponse } from '../../../lib/schema/reading';
import { makeSnapshot } from '../../helpers/snapshots';

const ok: ReadPageResponse = { ok: true, snapshot: makeSnapshot() };

describe('parseResponse', () => {
  it('passes a well-formed answer through', () => {
    expect(parseResponse(ok)).toEqual(ok);
    const unsupported = failure('unsupported-page', flatText('pg_unsupportedPage', { page: 'tiktok' }));
    expect(parseResponse(unsupported)).toEqual(unsupported);
    // An answer from an older version, in English words.
    const older = failure('unsupported-page', 'Open a TikTok profile page.');
    expect(parseResponse(older)).toEqual(older);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['true', true],
    ['an object without ok', { snapshot: makeSnapshot() }],
    ['ok without a snapshot', { ok: true }],
    ['an unknown error code', { ok: false, error: { code: 'boom', message: 'x' } }],
    ['a message whose key is not a key', { ok: false, error: { code: 'extract-failed', message: { key: 'pg readFailed' } } }],
    ['a message with a Text inside', { ok: false, error: { code: 'extract-failed', message: { key: 'pg_readFailed', params: { reason: { key: 'pg_noTab' } } } } }],
    ['a message with a value of another type', { ok: false, error: { code: 'extract-failed', message: { key: 'pg_readFailed', params: { reason: true } } } }],
    ['a message with a 1 MB value', { ok: false, error: { code: 'extract-failed', message: { key: 'pg_readFailed', params: { reason: 'x'.repeat(1_000_000) } } } }],
  ])('%s becomes a bad-response failure', (_case, raw) => {
    const parsed = parseResponse(raw);
    expect(parsed).toEqual({ ok: false, error: { code: 'bad-response', message: flatText('pg_badResponse') } });
    if (!parsed.ok) expect(english(parsed.error.message)).toBe('The page sent back data Creator Lens does not understand. Reload the page and try again.');
  });

  // A page reader script does not carry the schemas: its reading is checked here, where it is received.
  it.each<[string, unknown]>([
    ['an invalid snapshot', { ok: true, snapshot: { ...makeSnapshot(), version: 2 } }],
    ['a snapshot whose notice has a Text inside', { ok: true, snapshot: { ...makeSnapshot(), notices: [{ key: 'pg_readAfterWait', params: { what: { key: 'pg_waiting' } } }] } }],
  ])('%s is refused as a reading that could not be made valid', (_case, raw) => {
    const parsed = parseResponse(raw);
    expect(parsed).toEqual({ ok: false, error: { code: 'extract-failed', message: flatText('pg_invalidSnapshot') } });
  });

  const post = makeSnapshot().posts[0]!;
  const withPost = (change: object) => ({ ok: true, snapshot: { ...makeSnapshot(), posts: [{ ...post, ...change }, ...makeSnapshot().posts.slice(1)] } });
  const dated = (ms: number) => ({ publishedAt: { value: ms, min: ms, max: ms, source: 'embedded-json' } });
  it.each([
    ['a negative follower count', { ok: true, snapshot: { ...makeSnapshot(), creator: { ...makeSnapshot().creator, followers: { value: -5, min: -5, max: -5, source: 'text' } } } }, { field: 'followers', post: 'none', bound: 'bound_count' }],
    ['a follower count above a trillion', { ok: true, snapshot: { ...makeSnapshot(), creator: { ...makeSnapshot().creator, followers: { value: 2e12, min: 2e12, max: 2e12, source: 'text' } } } }, { field: 'followers', post: 'none', bound: 'bound_count' }],
    // TikTok's createTime 9007199254740 (seconds) read as milliseconds: a date in the year 287,000.
    ['a post dated thousands of years ahead', withPost(dated(9_007_199_254_740_000)), { field: 'publishedAt', post: '1', bound: 'bound_date' }],
    ['a TikTok post dated before TikTok existed', withPost(dated(Date.UTC(2012, 0, 1))), { field: 'publishedAt', post: '1', bound: 'bound_postDate' }],
    ['a post dated the day after tomorrow', withPost(dated(Date.now() + 2.5 * 86_400_000)), { field: 'publishedAt', post: '1', bound: 'bound_date' }],
    ['a like count that is not whole', withPost({ likes: { value: 1.5, min: 1.5, max: 1.5, source: 'text' } }), { field: 'likes', post: '1', bound: 'bound_count' }],
  ])('%s is refused with the field named, never stored', (_case, raw, named) => {
    const parsed = parseResponse(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('extract-failed');
    expect(parsed.error.message).toMatchObject({ key: 'pg_readingOutOfBounds', params: { ...named } });
  });

  it('says which field and post in words, in both languages', () => {
    const parsed = parseResponse(withPost(dated(9_007_199_254_740_000)));
    if (parsed.ok) throw new Error('an impossible date was accepted');
    expect(english(parsed.error.message)).toBe('The page gives an impossible publish date for post 1: a date before 2005 or after tomorrow. Nothing was read or saved.');
    expect(say(parsed.error.message, 'zh_CN')).toContain('发布日期（第 1 条作品）');
  });

  it('keeps a post dated on the platform’s first days', () => {
    expect(parseResponse(withPost(dated(Date.UTC(2014, 5, 1)))).ok).toBe(true);
  });

  it('passes a snapshot whose reasons and notices are flat Texts', () => {
    const snapshot = {
      ...makeSnapshot(),
      missing: [{ field: 'followers', reason: flatText('pg_notShown', { what: 'followers' }) }],
      notices: [flatText('pg_readAfterWait', { what: 'profileHeader', seconds: 5 })],
    };
    expect(parseResponse({ ok: true, snapshot })).toEqual({ ok: true, snapshot });
  });
});
