import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions } from '../../../components/popup/Popup';
import { explainStorageError, StorageError } from '../../../lib/db/errors';
import type { SaveResult } from '../../../lib/db/readings';
import { newCreator } from '../../../lib/db/creators';
import { text, TextError } from '../../../lib/i18n';
import { recognisePage } from '../../../lib/platforms';
import { failure } from '../../../lib/schema/failure';
import { flatText } from '../../../lib/i18n/text';
import type { ReadPageResponse } from '../../../lib/schema/reading';
import type { Snapshot } from '../../../lib/schema/snapshot';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { assess, SCORING_VERSION } from '../../../lib/scoring';
import type { PageScore, ScoredPage } from '../../../lib/shortlist/score';
import { campaignFit } from '../../../lib/campaign/fit';
import type { Campaign } from '../../../lib/campaign/settings';
import { exact, makePost, makeSnapshot, rounded, roughlyDaysAgo } from '../../helpers/snapshots';

// happy-dom has no canvas: the chart is checked in real Chromium (test/e2e); here it renders nothing.
vi.mock('react-chartjs-2', () => ({ Bar: () => null }));

const mounted = useReactRoot();

// Follows 2,000 accounts: a mass-following warning; score 73, held at B (S and A need high confidence, and ten
// videos without likes or comments give medium).
const lena = makeSnapshot({ creator: { handle: 'lena.skin', displayName: '莉娜 Lena', following: exact(2_000) } });

function savedResult(snapshot: Snapshot, snapshotCount: number): SaveResult {
  return {
    creator: {
      ...newCreator(
        { id: `tiktok:${snapshot.creator.handle}`, platform: 'tiktok', handle: snapshot.creator.handle, displayName: snapshot.creator.displayName, profileUrl: snapshot.url },
        1,
      ),
      lastSeenAt: snapshot.capturedAt,
    },
    snapshotCount,
  };
}

/** A snapshot as lib/shortlist/score gives it to the popup: assessed as of its reading, with no sample. */
function scored(snapshot: Snapshot, sampleError?: unknown): ScoredPage {
  return { snapshot, assessment: assess(snapshot, { now: snapshot.capturedAt }), seenPosts: [], ...(sampleError === undefined ? {} : { sampleError }) };
}

const scoredResponse = (response: ReadPageResponse): PageScore => (response.ok ? { ok: true, ...scored(response.snapshot) } : response);

function fakeActions(response: ReadPageResponse, save?: PopupActions['save']) {
  return {
    score: vi.fn<PopupActions['score']>(async () => scoredResponse(response)),
    save: vi.fn<PopupActions['save']>(save ?? (async (snapshot) => savedResult(snapshot, 1))),
    openShortlist: vi.fn<PopupActions['openShortlist']>(),
    recall: vi.fn<PopupActions['recall']>(async () => null),
    remember: vi.fn<PopupActions['remember']>(async () => {}),
    campaignFit: vi.fn<PopupActions['campaignFit']>(async () => null),
    shortlisted: vi.fn<PopupActions['shortlisted']>(async () => null),
    deliverables: vi.fn<PopupActions['deliverables']>(async () => ({ points: null, offers: [] })),
    attachOffered: vi.fn<PopupActions['attachOffered']>(),
    booking: vi.fn<PopupActions['booking']>(async () => ({ choices: [], bookedIn: [] })),
    addToCampaign: vi.fn<PopupActions['addToCampaign']>(async () => {}),
    openOptions: vi.fn<PopupActions['openOptions']>(),
    openSidePanel: null as PopupActions['openSidePanel'],
    shortcuts: vi.fn<PopupActions['shortcuts']>(async () => []),
  };
}

async function renderPopup(actions: PopupActions) {
  await mounted.render(<Popup actions={actions} />);
}

function byTestId(id: string): HTMLElement | null {
  return mounted.container.querySelector(`[data-testid="${id}"]`);
}

async function typeNote(text: string) {
  const textarea = mounted.container.querySelector('textarea');
  if (!textarea) throw new Error('no note field');
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setValue?.call(textarea, text);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function clickSave() {
  const button = [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === 'Save to shortlist');
  if (!button) throw new Error('no save button');
  await act(async () => {
    button.click();
  });
}

describe('Popup', () => {
  it('a successful score shows the creator’s name, handle, grade and flags', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);

    expect(actions.score).toHaveBeenCalledTimes(1);
    expect(byTestId('creator-name')?.textContent).toBe('莉娜 Lena');
    expect(mounted.container.textContent).toContain('@lena.skin · TikTok');
    expect(byTestId('grade')?.textContent).toBe('B');
    expect(byTestId('score')?.textContent).toBe('73');
    const flag = mounted.container.querySelector('[data-flag="mass-following"]');
    expect(flag?.textContent).toContain('Warning');
    expect(flag?.textContent).toContain('Follows 2,000 accounts');
    expect(flag?.textContent).toContain('following: 2,000 · threshold: 1,500');
    expect(flag?.textContent).toContain('HypeAuditor');
    expect(byTestId('no-flags')).toBeNull();
  });

  it('reads in five seconds: the first screen in order, then folded sections; the shortlist line and Save with its note always at the foot', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);
    const main = mounted.container.querySelector('main.popup')!;
    const order = ['[data-testid="creator-name"]', '[data-testid="grade"]', '[data-testid="verdict"]', '[data-testid="key-figures"]', '[data-testid="top-flags"]', 'details.fold', 'footer.popup-foot', '[data-testid="shortlist-status"]', 'form.save'];
    const elements = order.map((selector) => main.querySelector(selector));
    expect(elements.every(Boolean)).toBe(true);
    elements.slice(1).forEach((element, index) => expect(elements[index]!.compareDocumentPosition(element!) & Node.DOCUMENT_POSITION_FOLLOWING, `${order[index]} before ${order[index + 1]}`).toBeTruthy());
    expect(byTestId('shortlist-status')?.textContent).toBe('Not on your shortlist yet.');
    expect(actions.shortlisted).toHaveBeenCalledWith(lena);
    // Folded under headings: the card's parts, then the campaign fit.
    expect([...main.querySelectorAll('details.fold > summary')].map((summary) => summary.textContent)).toEqual([
      'Flags and checks',
      'How the score is made',
      'All metrics, with formulas and sources',
      'What was read',
      'Campaign fit',
    ]);
    // The footer closes the popup (CSS keeps it stuck to the bottom): whether the creator is on the
    // shortlist, the note, Save, and the way to the shortlist.
    const footer = main.lastElementChild!;
    expect(footer.matches('footer.popup-foot')).toBe(true);
    expect(footer.querySelector('[data-testid="shortlist-status"]')?.textContent).toBe('Not on your shortlist yet.');
    const note = footer.querySelector('textarea')!;
    expect(footer.querySelector(`label[for="${note.id}"]`)?.textContent).toBe('Note (optional)');
    expect([...footer.querySelectorAll('button')].map((button) => [button.type, button.textContent])).toEqual([
      ['submit', 'Save to shortlist'],
      ['button', 'Open shortlist'],
    ]);
  });

  it('says whether the creator is on the shortlist, since when and with which status; a save puts them there', async () => {
    const onList = { ...savedResult(lena, 2).creator, createdAt: Date.UTC(2026, 0, 3, 12), status: 'contacted' as const, doNotWork: { reason: 'missed two deadlines', at: 5 } };
    const actions = { ...fakeActions({ ok: true, snapshot: lena }), shortlisted: vi.fn<PopupActions['shortlisted']>(async () => onList) };
    await renderPopup(actions);
    expect(byTestId('shortlist-status')?.textContent).toBe('★ On your shortlist since Jan 3, 2026 · Contacted · Marked “do not work with”: missed two deadlines');

    const fresh = fakeActions({ ok: true, snapshot: lena }, async (snapshot) => ({ ...savedResult(snapshot, 1), creator: { ...savedResult(snapshot, 1).creator, createdAt: Date.UTC(2026, 0, 15, 12) } }));
    await renderPopup(fresh);
    expect(byTestId('shortlist-status')?.textContent).toBe('Not on your shortlist yet.');
    await clickSave();
    expect(byTestId('shortlist-status')?.textContent).toBe('★ On your shortlist since Jan 15, 2026 · To review');
  });

  it('adds a saved creator to a campaign, the active one chosen first, and says which campaigns they are in', async () => {
    const onList = savedResult(lena, 2).creator;
    const choices = [{ id: 'c2', name: 'Summer Glow', active: true }, { id: 'c3', name: 'Back to School', active: false }];
    let bookedIn = ['Spring Launch'];
    const actions = {
      ...fakeActions({ ok: true, snapshot: lena }),
      shortlisted: vi.fn<PopupActions['shortlisted']>(async () => onList),
      booking: vi.fn<PopupActions['booking']>(async () => ({ choices: choices.filter((choice) => !bookedIn.includes(choice.name)), bookedIn })),
      addToCampaign: vi.fn<PopupActions['addToCampaign']>(async (campaignId) => {
        bookedIn = [...bookedIn, choices.find((choice) => choice.id === campaignId)!.name];
      }),
    };
    await renderPopup(actions);
    await mounted.until(() => byTestId('campaign-booking') !== null, 'the campaigns of the creator');
    const booking = byTestId('campaign-booking')!;
    expect(booking.textContent).toMatch(/^In Spring Launch/);
    const select = booking.querySelector('select')!;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Summer Glow (active)', 'Back to School']);
    expect(select.value).toBe('c2');
    await act(async () => booking.querySelector<HTMLFormElement>('form')!.requestSubmit());
    await mounted.until(() => byTestId('campaign-booking')?.textContent?.includes('Added to Summer Glow') === true, 'the creator to be added');
    expect(actions.addToCampaign).toHaveBeenCalledWith('c2', onList.id);
    expect(byTestId('campaign-booking')?.textContent).toMatch(/^In Spring Launch, Summer Glow/);
    expect([...byTestId('campaign-booking')!.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Back to School']);
  });

  it('offers no campaign to a creator not on the shortlist', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);
    expect(byTestId('shortlist-status')?.textContent).toBe('Not on your shortlist yet.');
    expect(byTestId('campaign-booking')).toBeNull();
    expect(actions.booking).not.toHaveBeenCalled();
  });

  it('says nothing about the shortlist when it cannot be read, and still shows the card', async () => {
    const actions = { ...fakeActions({ ok: true, snapshot: lena }), shortlisted: vi.fn<PopupActions['shortlisted']>(async () => { throw new Error('blocked'); }) };
    await renderPopup(actions);
    expect(byTestId('grade')?.textContent).toBe('B');
    expect(byTestId('shortlist-status')).toBeNull();
  });

  it('says under the verdict when the grade differs from the one saved last, and why', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    const change = text('sc_sinceSaved', { was: text('sc_wasGrade', { grade: 'S', score: 87, at: Date.UTC(2026, 11, 3) }), change: text('sc_changePart', { part: text('sc_componentEngagement'), direction: 'fell', from: 85, to: 55 }) });
    actions.score.mockImplementation(async () => ({ ok: true, ...scored(lena), sinceSaved: change }));
    await renderPopup(actions);
    expect(byTestId('since-saved')?.textContent).toBe('Was S 87 on Dec 3, 2026: Engagement quality fell from 85 to 55.');
    const order = [...mounted.container.querySelectorAll('[data-testid="verdict"], [data-testid="since-saved"]')].map((element) => element.getAttribute('data-testid'));
    expect(order).toEqual(['verdict', 'since-saved']);
  });

  it('says nothing of the last save when the grade is the same', async () => {
    await renderPopup(fakeActions({ ok: true, snapshot: lena }));
    expect(byTestId('verdict')).not.toBeNull();
    expect(byTestId('since-saved')).toBeNull();
  });

  it('remembers the result for the tab, with its grade for the toolbar badge', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);
    expect(actions.remember).toHaveBeenCalledWith(lena, expect.objectContaining({ grade: 'B' }));
    expect(byTestId('recalled')).toBeNull();
  });

  it('opened again on a page already scored in the tab, shows that result without reading the page', async () => {
    const actions = { ...fakeActions({ ok: true, snapshot: makeSnapshot() }), recall: vi.fn<PopupActions['recall']>(async () => scored(lena)) };
    await renderPopup(actions);
    expect(actions.score).not.toHaveBeenCalled();
    // Nor is it remembered again: the tab already holds it.
    expect(actions.remember).not.toHaveBeenCalled();
    expect(byTestId('creator-name')?.textContent).toBe('莉娜 Lena');
    expect(byTestId('recalled')?.textContent).toMatch(/^Scored in this tab at .+\.$/);
    const again = [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === 'Score again')!;
    await act(async () => again.click());
    expect(actions.score).toHaveBeenCalledTimes(1);
    expect(byTestId('creator-name')?.textContent).toBe('Lena');
    expect(byTestId('recalled')).toBeNull();
    expect(actions.remember).toHaveBeenCalledTimes(1);
  });

  it('still shows the card when the badge cannot be set', async () => {
    const actions = { ...fakeActions({ ok: true, snapshot: lena }), remember: vi.fn<PopupActions['remember']>(async () => { throw new Error('no session storage'); }) };
    await renderPopup(actions);
    expect(byTestId('grade')?.textContent).toBe('B');
  });

  it('without an active campaign, offers to set one up; the fit never changes the score', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);
    expect(mounted.container.textContent).toContain('No active campaign.');
    const setUp = [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === 'Set one up')!;
    await act(async () => setUp.click());
    expect(actions.openOptions).toHaveBeenCalledTimes(1);
  });

  it('shows the fit for the active campaign apart from the quality score', async () => {
    const campaign = { id: 'c1', name: 'Spring skincare US', targetMarkets: ['US'], languages: ['en'], keywords: ['skincare'], platforms: ['instagram' as const], budget: null, minTier: null };
    const actions = {
      ...fakeActions({ ok: true, snapshot: lena }),
      campaignFit: vi.fn<PopupActions['campaignFit']>(async (snapshot, assessment, posts) => campaignFit(snapshot, assessment, campaign, [{ source: 'bio', language: 'en' }], posts)),
    };
    await renderPopup(actions);
    expect(byTestId('score')?.textContent).toBe('73');
    const fit = byTestId('campaign-fit')!;
    expect(fit.querySelector('h3')?.textContent).toBe('Fit for “Spring skincare US”');
    expect(fit.querySelector('[data-fit="platform"]')?.getAttribute('data-verdict')).toBe('does-not-fit');
    expect(fit.querySelector('[data-fit="platform"]')?.textContent).toContain('The campaign books Instagram only.');
    expect(fit.querySelector('[data-fit="language"]')?.getAttribute('data-verdict')).toBe('fits');
    expect(fit.querySelector('[data-fit="niche"]')?.textContent).toContain('No recent post shows a caption or hashtags');
    expect(fit.querySelector('[data-fit="price"]')?.textContent).toContain('the campaign sets no budget');
  });

  it('a creator without warning signs says so, and how many checks could run', async () => {
    await renderPopup(fakeActions({ ok: true, snapshot: makeSnapshot() }));
    // Five of twelve checks: too few to say there are none.
    expect(byTestId('no-flags')?.textContent).toBe('No warning signs in the 5 of 13 checks that could run: too few to say there are none.');
    expect(byTestId('creator-name')?.textContent).toBe('Lena');
  });

  it('an unsupported page shows the reason and no score card', async () => {
    const message = 'Creator Lens reads TikTok profile pages. Open a creator’s profile and try again.';
    await renderPopup(fakeActions(failure('unsupported-page', message)));

    const shown = byTestId('popup-message');
    expect(shown?.textContent).toBe(message);
    expect(shown?.getAttribute('role')).toBe('alert');
    expect(byTestId('grade')).toBeNull();
    expect(mounted.container.querySelector('textarea')).toBeNull();
  });

  it('on a page that is not a creator page, offers the shortlist as the first thing to do, and no Score button', async () => {
    const support = recognisePage('https://example.com/');
    if (support.supported) throw new Error('example.com is not a creator page');
    const actions = fakeActions(failure('unsupported-page', support.reason));
    await renderPopup(actions);
    expect(byTestId('popup-message')?.textContent).toBe(
      'This page is not a creator page. Creator Lens reads TikTok profiles and videos (www.tiktok.com/@name), Instagram profiles, posts and reels (www.instagram.com/name/), YouTube channels, videos and Shorts (www.youtube.com/@name).',
    );
    const buttons = [...mounted.container.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Open shortlist']);
    expect(buttons[0]!.className).toBe('primary');
    await act(async () => buttons[0]!.click());
    expect(actions.openShortlist).toHaveBeenCalledTimes(1);
  });

  it('after a reading that failed for another reason, offers to score again', async () => {
    const actions = fakeActions(failure('page-unreachable', flatText('pop_noTab')));
    await renderPopup(actions);
    expect(byTestId('popup-message')?.textContent).toBe('No tab to read.');
    const again = [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === 'Score this creator')!;
    expect(again.className).toBe('primary');
    await act(async () => again.click());
    expect(actions.score).toHaveBeenCalledTimes(2);
  });

  it('saving passes the typed note, shows the saved status and clears the note', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);

    await typeNote('good fit for the spring launch');
    await clickSave();

    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(actions.save.mock.calls[0]?.[0]).toEqual(lena);
    expect(actions.save.mock.calls[0]?.[1]).toBe('good fit for the spring launch');
    // The assessment shown is recorded with the scoring version that made it.
    expect(actions.save.mock.calls[0]?.[2]).toMatchObject({ scoringVersion: SCORING_VERSION, grade: expect.any(String) });
    expect(byTestId('save-status')?.textContent).toBe('Saved @lena.skin to your shortlist.');
    expect(mounted.container.querySelector('textarea')?.value).toBe('');
  });

  it('saving a creator again says how many snapshots it has and that notes are kept', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena }, async (snapshot) => savedResult(snapshot, 3));
    await renderPopup(actions);
    await clickSave();
    expect(actions.save.mock.calls[0]?.[1]).toBe('');
    expect(byTestId('save-status')?.textContent).toBe('Saved again: @lena.skin now has 3 snapshots; earlier notes are kept.');
  });

  it('a save that fails with a StorageError shows its message and keeps the typed note', async () => {
    const message =
      'Not saved: the browser has no storage space left for Creator Lens. Your shortlist is unchanged; free some disk space or delete creators you no longer need, then save again.';
    const actions = fakeActions({ ok: true, snapshot: lena }, async () => {
      throw new StorageError(message);
    });
    await renderPopup(actions);

    await typeNote('asked for rates');
    await clickSave();

    const status = byTestId('save-status');
    expect(status?.textContent).toBe(message);
    expect(status?.getAttribute('role')).toBe('alert');
    expect(mounted.container.querySelector('textarea')?.value).toBe('asked for rates');
  });

  it('"Open shortlist" asks to open the shortlist', async () => {
    const actions = fakeActions({ ok: true, snapshot: lena });
    await renderPopup(actions);
    const button = [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === 'Open shortlist');
    await act(async () => {
      button?.click();
    });
    expect(actions.openShortlist).toHaveBeenCalledTimes(1);
  });
});

describe('the popup footer', () => {
  const shortcuts = () => byTestId('shortcuts');

  it('shows the shortcuts the user has bound now, in small muted text, and leaves out a command without keys', async () => {
    const bound = vi.fn<PopupActions['shortcuts']>(async () => [
      { keys: 'Ctrl+Shift+K', action: 'score' },
      { keys: 'Alt+Shift+D', action: 'sidePanel' },
    ]);
    // In the footer, under the way to the shortlist, where no card needs the room.
    await renderPopup({ ...fakeActions(failure('unsupported-page', 'Not a creator page.')), shortcuts: bound });
    await mounted.until(() => shortcuts() !== null, 'the shortcuts');
    expect(shortcuts()?.textContent).toBe('Shortcuts: Ctrl+Shift+K score · Alt+Shift+D side panel');
    expect(shortcuts()?.className).toBe('small muted shortcuts');
    expect(shortcuts()?.closest('footer.popup-foot')).not.toBeNull();

    // Beside a card, the footer holds Save and its note: the line closes the page instead, after the card.
    await renderPopup({ ...fakeActions({ ok: true, snapshot: lena }), shortcuts: bound });
    await mounted.until(() => shortcuts() !== null, 'the shortcuts');
    expect(shortcuts()?.textContent).toBe('Shortcuts: Ctrl+Shift+K score · Alt+Shift+D side panel');
    expect(shortcuts()?.closest('footer')).toBeNull();
    expect(mounted.container.querySelector('.nothing-leaves')!.compareDocumentPosition(shortcuts()!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing of shortcuts when none is bound, or the browser will not say', async () => {
    await renderPopup(fakeActions({ ok: true, snapshot: lena }));
    await mounted.until(() => byTestId('grade') !== null, 'the card');
    expect(shortcuts()).toBeNull();
    const refused = { ...fakeActions({ ok: true, snapshot: lena }), shortcuts: vi.fn<PopupActions['shortcuts']>(async () => { throw new Error('no commands'); }) };
    await renderPopup(refused);
    await mounted.until(() => byTestId('grade') !== null, 'the card');
    expect(shortcuts()).toBeNull();
    expect(mounted.container.textContent).not.toContain('Shortcuts');
  });

  it('opens the side panel where the browser has one, on every kind of page; no button where it has none', async () => {
    const openSidePanel = vi.fn();
    await renderPopup({ ...fakeActions({ ok: true, snapshot: lena }), openSidePanel });
    const open = () => [...mounted.container.querySelectorAll<HTMLButtonElement>('footer button')].find((b) => b.textContent === 'Open in side panel');
    await act(async () => open()!.click());
    expect(openSidePanel).toHaveBeenCalledTimes(1);

    await renderPopup({ ...fakeActions(failure('unsupported-page', 'Not a creator page.')), openSidePanel });
    expect(open()).toBeDefined();

    await renderPopup(fakeActions({ ok: true, snapshot: lena }));
    await mounted.until(() => byTestId('grade') !== null, 'the card');
    expect(open()).toBeUndefined();
  });
});

describe('Popup with the keyboard', () => {
  const buttonNamed = (name: string) => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('keeps the focus on Score again while the page is read again, and ignores presses meanwhile', async () => {
    const actions = { ...fakeActions({ ok: true, snapshot: lena }), recall: vi.fn<PopupActions['recall']>(async () => scored(lena)) };
    let finish: (response: PageScore) => void = () => {};
    actions.score.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    await renderPopup(actions);
    const again = buttonNamed('Score again');
    again.focus();
    await act(async () => again.click());
    // Not disabled (a disabled button drops the focus to <body>): marked busy, and still focused.
    expect(again.textContent).toBe('Reading the page…');
    expect(again.disabled).toBe(false);
    expect(again.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(again);
    await act(async () => again.click());
    expect(actions.score).toHaveBeenCalledTimes(1);

    await act(async () => finish(scoredResponse({ ok: true, snapshot: lena })));
    expect(byTestId('grade')?.textContent).toBe('B');
    expect(again.textContent).toBe('Score again');
    expect(again.getAttribute('aria-disabled')).toBe('false');
    expect(document.activeElement).toBe(again);
  });

  it('keeps the focus on Save while saving, and saves once however often it is pressed', async () => {
    let finish: (result: SaveResult) => void = () => {};
    const actions = fakeActions({ ok: true, snapshot: lena }, () => new Promise((resolve) => (finish = resolve)));
    await renderPopup(actions);
    const save = buttonNamed('Save to shortlist');
    save.focus();
    await act(async () => save.click());
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.disabled).toBe(false);
    expect(document.activeElement).toBe(save);
    await act(async () => save.click());
    expect(actions.save).toHaveBeenCalledTimes(1);

    await act(async () => finish(savedResult(lena, 1)));
    expect(byTestId('save-status')?.textContent).toBe('Saved @lena.skin to your shortlist.');
    expect(save.getAttribute('aria-disabled')).toBe('false');
    expect(document.activeElement).toBe(save);
  });
});

describe('Popup in Chinese', () => {
  useLocale('zh_CN');
  // The creator's own names, and benchmark sources shown as they are ("HypeAuditor (via eMarketer)").
  const NAMES = ['Lena', 'Modash', 'eMarketer', 'via'];
  const campaign: Campaign = {
    id: 'c1',
    name: '春季护肤 美国',
    targetMarkets: ['US'],
    languages: ['en', 'es'],
    keywords: ['护肤'],
    platforms: ['tiktok', 'instagram'],
    budget: { amount: 1_440, currency: 'CNY', perUsd: 7.2 },
    minTier: 'micro',
  };
  const button = (words: string) => [...mounted.container.querySelectorAll('button')].find((b) => b.textContent === words);

  it('a full score card with the campaign fit, shown again from the tab, then saved: all in Chinese', async () => {
    const actions = {
      ...fakeActions({ ok: true, snapshot: lena }),
      recall: vi.fn<PopupActions['recall']>(async () => scored(lena)),
      campaignFit: vi.fn<PopupActions['campaignFit']>(async (snapshot, assessment, posts) =>
        campaignFit(snapshot, assessment, campaign, [{ source: 'bio', language: 'en' }, { source: 'caption', language: 'es' }], posts),
      ),
    };
    await renderPopup(actions);
    expect(byTestId('score')?.textContent).toBe('73');
    expect(byTestId('recalled')?.textContent).toMatch(/^已于 .+ 在此标签页中评分。/);
    expect(byTestId('campaign-fit')?.querySelector('h3')?.textContent).toBe('与“春季护肤 美国”的匹配度');
    expect(mounted.container.querySelector('[data-flag="mass-following"]')?.textContent).toContain('2,000');
    expect(mounted.container.querySelector('textarea')?.getAttribute('placeholder')).toBe('例如：适合春季新品投放；已询价');
    expect(englishLeft(mounted.container, NAMES)).toEqual([]);

    expect(byTestId('shortlist-status')?.textContent).toBe('尚未加入候选名单。');
    expect([...mounted.container.querySelectorAll('details.fold > summary')].map((summary) => summary.textContent)).toEqual([
      '风险提示与检查',
      '评分构成',
      '全部指标（含公式与来源）',
      '读取了哪些内容',
      '与“春季护肤 美国”的匹配度',
    ]);
    await act(async () => button('保存到候选名单')!.click());
    expect(byTestId('save-status')?.textContent).toBe('已将 @lena.skin 保存到候选名单。');
    expect(byTestId('shortlist-status')?.textContent).toMatch(/^★ 1970年1月1日 起已在候选名单中 · 待/);
    expect(englishLeft(mounted.container, NAMES)).toEqual([]);
  });

  it('a post page, with no campaign, a sample that could not be read and a second save', async () => {
    const post = makeSnapshot({
      pageKind: 'post',
      posts: [makePost(0, { views: exact(12_000), likes: rounded(1_200, 1_150, 1_249, '1.2K'), comments: exact(40), sponsored: false, hashtags: ['护肤'], publishedAt: { ...roughlyDaysAgo(3), shown: '3天前' } })],
    });
    const actions = {
      ...fakeActions({ ok: true, snapshot: post }, async (snapshot) => savedResult(snapshot, 3)),
      score: vi.fn<PopupActions['score']>(async () => ({ ok: true, ...scored(post, new TextError(text('pop_noTab'))) })),
    };
    await renderPopup(actions);
    expect(byTestId('sample-status')?.textContent).toBe('此作品已加入 @lena 的样本：已在其本人页面上看到 0 条作品。');
    expect(mounted.container.textContent).toContain('当前没有启用的投放活动。');
    expect(mounted.container.textContent).toContain('没有可读取的标签页。');
    expect(byTestId('sponsored')?.textContent).toBe('无付费合作标注');
    await act(async () => button('保存到候选名单')!.click());
    expect(byTestId('save-status')?.textContent).toBe('已再次保存：@lena 现有 3 个快照，之前的备注均已保留。');
    expect(englishLeft(mounted.container, NAMES)).toEqual([]);
  });

  it('an unsupported page says why in Chinese', async () => {
    const support = recognisePage('https://example.com/');
    if (support.supported) throw new Error('example.com is not a creator page');
    await renderPopup(fakeActions(failure('unsupported-page', support.reason)));
    const shown = byTestId('popup-message')!;
    expect(shown.getAttribute('role')).toBe('alert');
    expect(shown.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(englishLeft(mounted.container)).toEqual([]);
    // Nothing to score here: the shortlist is the way on.
    expect(button('为这位达人评分')).toBeUndefined();
    expect(button('打开候选名单')?.className).toBe('primary');
  });

  it('a read error says what went wrong in Chinese', async () => {
    await renderPopup(fakeActions(failure('page-unreachable', flatText('pop_noTab'))));
    expect(byTestId('popup-message')?.textContent).toBe('没有可读取的标签页。');
    expect(englishLeft(mounted.container)).toEqual([]);
  });

  it('a save that fails for want of disk space says so in Chinese', async () => {
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    await renderPopup(fakeActions({ ok: true, snapshot: lena }, async () => {
      throw explainStorageError(full);
    }));
    await act(async () => button('保存到候选名单')!.click());
    const status = byTestId('save-status')!;
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(englishLeft(status)).toEqual([]);
  });

  it('an older stored English message is shown as it is', async () => {
    await renderPopup(fakeActions(failure('extract-failed', 'Reading the page failed.')));
    expect(byTestId('popup-message')?.textContent).toBe('Reading the page failed.');
  });
});

describe('the contact e-mail from the bio', () => {
  const withEmail = makeSnapshot({ creator: { handle: 'lena.skin', email: 'hello@lena.example' } });
  const copyButton = () => [...mounted.container.querySelectorAll('button')].find((button) => button.textContent === 'Copy');

  function clipboard(writeText: (text: string) => Promise<void>) {
    const spy = vi.fn(writeText);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
    return spy;
  }

  it('shows the address as a mail link under the card’s first screen', async () => {
    await renderPopup(fakeActions({ ok: true, snapshot: withEmail }));
    const line = byTestId('contact-email')!;
    expect(line.textContent).toContain('Contact e-mail');
    expect(line.querySelector('a')?.getAttribute('href')).toBe('mailto:hello@lena.example');
    expect(line.querySelector('a')?.textContent).toBe('hello@lena.example');
    expect(byTestId('key-figures')!.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no line at all when the bio has no address', async () => {
    await renderPopup(fakeActions({ ok: true, snapshot: lena }));
    await mounted.until(() => byTestId('creator-name') !== null, 'the card');
    expect(byTestId('contact-email')).toBeNull();
    expect(mounted.container.textContent).not.toContain('Contact e-mail');
  });

  it('copies the address and says so to everyone', async () => {
    const writeText = clipboard(async () => {});
    await renderPopup(fakeActions({ ok: true, snapshot: withEmail }));
    await act(async () => copyButton()!.click());
    expect(writeText).toHaveBeenCalledWith('hello@lena.example');
    const status = byTestId('copy-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Copied');
  });

  it('says it could not copy when the clipboard refuses, and the address stays to copy by hand', async () => {
    clipboard(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    await renderPopup(fakeActions({ ok: true, snapshot: withEmail }));
    await act(async () => copyButton()!.click());
    expect(byTestId('copy-status')?.textContent).toBe('Could not copy the address: select it and copy it by hand.');
    expect(byTestId('contact-email')?.querySelector('a')?.textContent).toBe('hello@lena.example');
  });
});

describe('a post page that says its post is gone', () => {
  const VIDEO_URL = 'https://www.tiktok.com/@lena.skin/video/7301000000000009999';
  const gone = makeSnapshot({
    pageKind: 'post',
    url: VIDEO_URL,
    creator: { handle: 'lena.skin' },
    posts: [makePost(0, { id: '7301000000000009999', url: VIDEO_URL })],
    unavailable: { pageSays: "item doesn't exist (statusCode 10204)" },
  });

  it('says so in the page’s words, with the campaigns it was recorded for, and no score card, grade or Save', async () => {
    const actions = fakeActions({ ok: true, snapshot: gone });
    actions.deliverables.mockResolvedValue({ points: { recorded: 1, otherCreator: 0 }, offers: [] });
    await renderPopup(actions);
    expect(byTestId('post-gone')?.textContent).toContain('This post is no longer available (the page says: “item doesn\'t exist (statusCode 10204)”).');
    expect(byTestId('deliverable-offers')?.textContent).toContain('Figures recorded for the campaign this post is delivered to.');
    expect(byTestId('grade')).toBeNull();
    expect(mounted.container.querySelector('textarea')).toBeNull();
    // No grade of an empty reading goes onto the toolbar button.
    expect(actions.remember).not.toHaveBeenCalled();
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says so in Chinese around the page’s own words', async () => {
      await renderPopup(fakeActions({ ok: true, snapshot: gone }));
      const shown = byTestId('post-gone')!;
      expect(shown.textContent).toContain('该作品已无法访问（页面显示：“item doesn\'t exist (statusCode 10204)”）。');
      expect(englishLeft(shown, ['item', 'doesn', 'exist', 'statusCode'])).toEqual([]);
    });
  });
});
