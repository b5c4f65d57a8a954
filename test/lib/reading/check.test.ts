// Checking what another context answers (a page reader script's reading).
import { describe, expect, it } from 'vitest';
import { english } from '../../../lib/i18n';
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
    ['a snapshot with a negative follower count', { ok: true, snapshot: { ...makeSnapshot(), creator: { ...makeSnapshot().creator, followers: { value: -5, min: -5, max: -5, source: 'text' } } } }],
    ['a snapshot whose notice has a Text inside', { ok: true, snapshot: { ...makeSnapshot(), notices: [{ key: 'pg_readAfterWait', params: { what: { key: 'pg_waiting' } } }] } }],
  ])('%s is refused as a reading that could not be made valid', (_case, raw) => {
    const parsed = parseResponse(raw);
    expect(parsed).toEqual({ ok: false, error: { code: 'extract-failed', message: flatText('pg_invalidSnapshot') } });
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
