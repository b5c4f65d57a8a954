// Messages between the popup and the background page.
//
// What fakeBrowser does (@webext-core/fake-browser 1.5.2, the version wxt 0.20 installs):
// runtime.sendMessage calls each onMessage listener with (message, {}) only: the sender has no
// `id` and there is no `sendResponse` argument; it resolves with the first truthy value a
// listener *returns*. Our listener (lib/messaging.ts) ignores any sender whose id is not
// browser.runtime.id, as a real browser's sender always carries the extension id, so through the
// unmodified fake every message is ignored and sendMessage resolves undefined (a test below pins
// that). Newer fake-browser versions pass sendResponse but still send `sender = {}`.
// To test the real contract, `deliverLikeChrome` delivers a message as Chrome does: sender.id
// is the extension's id, listeners get sendResponse, the caller receives the value passed to
// sendResponse by a listener that returned true, and with no listener at all it rejects.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { english } from '../lib/i18n';
import { onScoreTab, parseResponse, requestScore } from '../lib/messaging';
import { failure, flatText, PageError, type ReadPageResponse, type ScoreTabRequest } from '../lib/schema';
import { makeSnapshot } from './helpers/snapshots';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
type ChromeStyleTrigger = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => Promise<unknown[]>;

// The fake's trigger forwards every argument to the listeners; only its type omits sendResponse.
const trigger = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) =>
  (fakeBrowser.runtime.onMessage.trigger as unknown as ChromeStyleTrigger)(message, sender, sendResponse);

async function deliverLikeChrome(message: unknown, sender: Sender = { id: fakeBrowser.runtime.id }): Promise<unknown> {
  let respond: (answer: unknown) => void = () => undefined;
  const answer = new Promise<unknown>((resolve) => {
    respond = resolve;
  });
  // trigger() answers with one value per listener: none means nobody is listening.
  const returned = await trigger(message, sender, respond);
  if (returned.length === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
  return returned.some((value) => value === true) ? answer : undefined;
}

const ok: ReadPageResponse = { ok: true, snapshot: makeSnapshot() };

function handlerSpy(response: ReadPageResponse = ok) {
  return vi.fn<(message: ScoreTabRequest) => Promise<ReadPageResponse>>(async () => response);
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('onScoreTab', () => {
  it('a well-formed score-tab message reaches the handler and its response returns to sendMessage', async () => {
    const handler = handlerSpy();
    onScoreTab(handler);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliverLikeChrome(message));

    const answer = await fakeBrowser.runtime.sendMessage({ type: 'score-tab', tabId: 3 });

    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toEqual({ type: 'score-tab', tabId: 3 });
    expect(answer).toEqual(ok);
  });

  it('requestScore from the popup gets the background handler’s snapshot', async () => {
    const handler = handlerSpy();
    onScoreTab(handler);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliverLikeChrome(message));

    const response = await requestScore(3);

    expect(handler.mock.calls[0]?.[0]).toEqual({ type: 'score-tab', tabId: 3 });
    expect(response).toEqual(ok);
  });

  it('a handler failure comes back as an extract-failed answer, not silence', async () => {
    onScoreTab(async () => {
      throw new Error('the page layout changed');
    });
    const answer = await deliverLikeChrome({ type: 'score-tab', tabId: 3 });
    expect(answer).toEqual(failure('extract-failed', flatText('pg_readFailed', { reason: 'the page layout changed' })));
    expect(english((answer as { error: { message: string } }).error.message)).toBe('Reading the page failed: the page layout changed');
  });

  it('a handler failure that says what to do comes back with those words', async () => {
    onScoreTab(async () => {
      throw new PageError(flatText('pg_igOwnerNotShown'));
    });
    const answer = await deliverLikeChrome({ type: 'score-tab', tabId: 3 });
    expect(answer).toEqual(failure('extract-failed', flatText('pg_igOwnerNotShown')));
  });

  it.each<[string, unknown]>([
    ['score-tab without tabId', { type: 'score-tab' }],
    ['a negative tabId', { type: 'score-tab', tabId: -1 }],
    ['a fractional tabId', { type: 'score-tab', tabId: 1.5 }],
    ['a string tabId', { type: 'score-tab', tabId: '3' }],
    ['another message type', { type: 'other' }],
    ['a string', 'score-tab'],
    ['null', null],
  ])('%s never calls the handler and gets no answer', async (_case, message) => {
    const handler = handlerSpy();
    onScoreTab(handler);
    const answer = await deliverLikeChrome(message);
    expect(handler).not.toHaveBeenCalled();
    expect(answer).toBeUndefined();
  });

  it('a message from another extension is ignored', async () => {
    const handler = handlerSpy();
    onScoreTab(handler);
    const answer = await deliverLikeChrome({ type: 'score-tab', tabId: 3 }, { id: 'some-other-extension' });
    expect(handler).not.toHaveBeenCalled();
    expect(answer).toBeUndefined();
  });

  it('fakeBrowser’s own sendMessage sends no sender id, so our listener ignores it and the popup shows bad-response', async () => {
    const handler = handlerSpy();
    onScoreTab(handler);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'score-tab', tabId: 3 })).toBeUndefined();
    const response = await requestScore(3);
    expect(handler).not.toHaveBeenCalled();
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('stops listening once unsubscribed', async () => {
    const handler = handlerSpy();
    const stop = onScoreTab(handler);
    stop();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliverLikeChrome(message));
    const response = await requestScore(3);
    expect(handler).not.toHaveBeenCalled();
    expect(response).toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
  });

  it('requestScore turns an unreachable background page into page-unreachable', async () => {
    // No listener at all: the fake rejects, as Chrome does with "Receiving end does not exist".
    const response = await requestScore(3);
    expect(response).toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
    if (!response.ok) expect(english(response.error.message)).toContain('could not reach its background page');
  });
});

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
