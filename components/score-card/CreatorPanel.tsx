// What the popup and the side panel show for a page: reading it, why it could not be read, or the
// score card with the contact line and the campaign fit, and at the foot whether the creator is on
// the shortlist and Save with its note. Each surface passes in what it does (its actions) and what
// it adds around the card.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AttachResult } from '../../lib/campaign/attach-deliverable';
import type { DeliverableOffer, ReadingForCampaigns } from '../../lib/campaign/deliverable-offers';
import type { Booking } from '../../lib/campaign/booking';
import type { CampaignFit } from '../../lib/campaign/fit';
import type { SaveResult } from '../../lib/db/readings';
import type { CreatorRecord } from '../../lib/db/records';
import { formatDateTime } from '../../lib/i18n/format';
import { problem, say, t, type LooseText, type Text } from '../../lib/i18n';
import type { Arrival } from '../../lib/reading/follow-tab';
import type { Post, Snapshot } from '../../lib/schema/snapshot';
import type { Assessment } from '../../lib/scoring';
import type { PageScore, ScoredPage } from '../../lib/shortlist/score';
import { useFocusAboveFooter } from '../shared/useFocusAboveFooter';
import { CampaignBooking } from './CampaignBooking';
import { CampaignFitView } from './CampaignFitView';
import { ContactEmail } from './ContactEmail';
import { DeliverableOffers } from './DeliverableOffers';
import { PostGone } from './PostGone';
import { ScoreCard } from './ScoreCard';
import { ShortlistStatus } from './ShortlistStatus';
import './CreatorPanel.css';

export interface CreatorActions {
  /** Reads the target tab and scores it (lib/shortlist/score); or why there is no reading. */
  score(): Promise<PageScore>;
  /** The result last scored on this tab, scored again, when the tab still shows the same page. */
  recall(): Promise<ScoredPage | null>;
  save(snapshot: Snapshot, note: string, assessment: Assessment): Promise<SaveResult>;
  openShortlist(): void;
  /** Keeps the result for this tab and shows its grade on the toolbar button. */
  remember(snapshot: Snapshot, assessment: Assessment): Promise<void>;
  /** How the creator fits the active campaign; null when no campaign is active. */
  campaignFit(snapshot: Snapshot, assessment: Assessment, seenPosts: readonly Post[]): Promise<CampaignFit | null>;
  /** The creator as the shortlist holds them (status, when first saved); null when not on it. */
  shortlisted(snapshot: Snapshot): Promise<CreatorRecord | null>;
  /** For a post page: a fresh reading's figures recorded for the campaigns it is delivered to, and where it looks delivered but is not attached. */
  deliverables(snapshot: Snapshot, fresh: boolean): Promise<ReadingForCampaigns>;
  attachOffered(offer: DeliverableOffer, snapshot: Snapshot): Promise<AttachResult>;
  /** The campaigns a saved creator is in, and those they can be added to. */
  booking(creatorId: string): Promise<Booking>;
  addToCampaign(campaignId: string, creatorId: string): Promise<void>;
  openOptions(): void;
}

type View =
  | { state: 'reading' }
  | { state: 'waiting' }
  | { state: 'ask' }
  | { state: 'failed'; message: string | LooseText; unsupported: boolean }
  | { state: 'scored'; snapshot: Snapshot; assessment: Assessment; sampleSize: number; sampleError?: string; recalled: boolean; sinceSaved?: Text };

// Messages are kept as words: they are made in the UI language, which cannot change while the page is open
// (a language change mounts the page anew).
type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; message: string } | { state: 'error'; message: string };

interface CreatorPanelProps {
  actions: CreatorActions;
  /** What to do first when nothing is remembered for the page: read it (the popup), or as the side panel's setting says. */
  arrival: Arrival;
  /** The page's own class: `popup` or `side-panel`. */
  className: string;
  /** Below the card, above "Nothing leaves your browser". */
  below?: ReactNode;
  /** In the footer, at the right: above Save (on the note's label line), or beside the way to the shortlist. */
  footAside?: ReactNode;
  /**
   * A line for the footer where it has room: under the way to the shortlist. Beside a card, where
   * the footer holds Save and its note and the card's first screen needs the height, it closes the
   * page instead.
   */
  footNote?: ReactNode;
}

function firstView(arrival: Arrival): View {
  if (arrival.show === 'not-creator') return { state: 'failed', message: arrival.reason, unsupported: true };
  return { state: arrival.show === 'wait' ? 'waiting' : 'reading' };
}

export function CreatorPanel({ actions, arrival, className, below, footAside, footNote }: CreatorPanelProps) {
  const [view, setView] = useState<View>(() => firstView(arrival));
  const [note, setNote] = useState('');
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' });
  // undefined while it is being worked out (language detection is asynchronous).
  const [fit, setFit] = useState<CampaignFit | null | undefined>(undefined);
  // undefined while the shortlist is read, or when it cannot be: then nothing is said about it.
  const [saved, setSaved] = useState<CreatorRecord | null | undefined>(undefined);
  // undefined while it is worked out, or when the campaigns cannot be read: then nothing is offered.
  const [delivered, setDelivered] = useState<ReadingForCampaigns | undefined>(undefined);
  const footer = useRef<HTMLElement>(null);
  useFocusAboveFooter(footer);

  const show = useCallback(
    (scored: ScoredPage, recalled: boolean) => {
      const { snapshot, assessment, seenPosts, sampleError, sinceSaved } = scored;
      // Scoring still works from the page alone; the user learns why the sample is missing.
      const sampleProblem = sampleError === undefined ? {} : { sampleError: problem(sampleError) };
      setView({ state: 'scored', snapshot, assessment, sampleSize: seenPosts.length, recalled, ...sampleProblem, ...(sinceSaved ? { sinceSaved } : {}) });
      setFit(undefined);
      actions.campaignFit(snapshot, assessment, seenPosts).then(setFit, () => setFit(null));
      setSaved(undefined);
      actions.shortlisted(snapshot).then(setSaved, () => setSaved(undefined));
      setDelivered(undefined);
      actions.deliverables(snapshot, !recalled).then(setDelivered, () => setDelivered(undefined));
    },
    [actions],
  );

  const score = useCallback(async () => {
    setView({ state: 'reading' });
    setSaveState({ state: 'idle' });
    const scored = await actions.score();
    if (scored.ok) {
      show(scored, false);
    } else {
      setView({ state: 'failed', message: scored.error.message, unsupported: scored.error.code === 'unsupported-page' });
    }
  }, [actions, show]);

  // A new reading is remembered for the tab (and its grade put on the toolbar button) once its card is
  // on screen: storing a whole reading takes a while. The badge and the memory are a convenience: the
  // card is shown whatever happens to them.
  useEffect(() => {
    // A gone post has no grade to show on the toolbar button.
    if (view.state === 'scored' && !view.recalled && view.snapshot.unavailable === undefined) actions.remember(view.snapshot, view.assessment).catch(() => undefined);
  }, [actions, view]);

  // Again when the side panel's start changes for the same page: its load ends, or its setting is switched.
  const arrivalShows = arrival.show;
  useEffect(() => {
    if (arrivalShows === 'not-creator') return;
    // A page already scored in this tab: that result at once, "Score again" reads anew.
    void actions
      .recall()
      .catch(() => null)
      .then(async (scored) => {
        if (scored) show(scored, true);
        else if (arrivalShows === 'read') await score();
        else setView({ state: arrivalShows === 'ask' ? 'ask' : 'waiting' });
      });
  }, [actions, arrivalShows, show, score]);

  const save = async (snapshot: Snapshot, assessment: Assessment) => {
    setSaveState({ state: 'saving' });
    try {
      const result = await actions.save(snapshot, note, assessment);
      const count = result.snapshotCount;
      const handle = result.creator.handle;
      setSaveState({ state: 'saved', message: count === 1 ? t('pop_savedFirst', { handle }) : t('pop_savedAgain', { handle, count }) });
      setSaved(result.creator);
      setNote('');
    } catch (error) {
      setSaveState({ state: 'error', message: problem(error) });
    }
  };

  const busy = view.state === 'reading' || view.state === 'waiting';
  // A post page that says its post is gone: its words, and the deliverables it was recorded for; nothing to score or save.
  const gone = view.state === 'scored' ? (view.snapshot.unavailable ?? null) : null;
  const scored = view.state === 'scored' && gone === null ? view : null;
  // On a page that is not a creator page there is nothing to score: the way to the shortlist comes first.
  const notCreator = view.state === 'failed' && view.unsupported;

  return (
    <main className={className}>
      <header className="popup-head">
        <span className="brand">{t('extName')}</span>
        {/* Busy: aria-disabled, not disabled, so the button keeps the keyboard focus; presses are ignored. */}
        {notCreator ? null : (
          <button
            type="button"
            className="primary"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) void score();
            }}
          >
            {t(busy ? 'pop_reading' : view.state === 'scored' ? 'pop_scoreAgain' : view.state === 'ask' ? 'panel_readThis' : 'pop_scoreThis')}
          </button>
        )}
      </header>

      {view.state === 'reading' ? (
        <p className="muted" role="status">
          {t('pop_reading')}
        </p>
      ) : null}

      {view.state === 'waiting' ? (
        <p className="muted" role="status">
          {t('panel_waiting')}
        </p>
      ) : null}

      {view.state === 'ask' ? (
        <p className="muted" data-testid="ask-to-read">
          {t('panel_askToRead')}
        </p>
      ) : null}

      {view.state === 'failed' ? (
        <p className={view.unsupported ? 'unsupported' : 'error'} role="alert" data-testid="popup-message">
          {say(view.message)}
        </p>
      ) : null}

      {gone !== null ? <PostGone pageSays={gone.pageSays} /> : null}

      {scored !== null ? (
        <>
          {scored.recalled ? (
            <p className="small muted recalled" data-testid="recalled">
              {t('pop_recalled', { time: formatDateTime(scored.snapshot.capturedAt) })}
            </p>
          ) : null}
          <ScoreCard
            snapshot={scored.snapshot}
            assessment={scored.assessment}
            sinceSaved={scored.sinceSaved}
            readExtra={
              scored.snapshot.pageKind === 'post' ? (
                <p className="muted" data-testid="sample-status">
                  {t('pop_sampleStatus', { handle: scored.snapshot.creator.handle, count: scored.sampleSize })}
                </p>
              ) : null
            }
          >
            <ContactEmail key={scored.snapshot.creator.email ?? ''} email={scored.snapshot.creator.email} />
            {scored.sampleError ? (
              <p className="small error" role="alert">
                {scored.sampleError}
              </p>
            ) : null}
          </ScoreCard>
          {fit !== undefined ? <CampaignFitView fit={fit} onOpenOptions={actions.openOptions} /> : null}
        </>
      ) : null}
      {view.state === 'scored' && delivered !== undefined ? (
        <DeliverableOffers key={view.snapshot.capturedAt} reading={delivered} attach={(offer) => actions.attachOffered(offer, view.snapshot)} />
      ) : null}

      {below}

      <p className="muted small nothing-leaves">{t('pop_nothingLeaves')}</p>
      {scored !== null ? footNote : null}

      {/* Always in sight: whether the creator is on the shortlist, and Save with its note, stay at the foot while the card scrolls. */}
      <footer className="popup-foot" ref={footer}>
        {scored !== null ? <ShortlistStatus creator={saved} /> : null}
        {scored !== null && saved ? <CampaignBooking creatorId={saved.id} booking={actions.booking} addToCampaign={actions.addToCampaign} /> : null}
        {scored !== null ? (
          <form
            className="save"
            onSubmit={(event) => {
              event.preventDefault();
              if (saveState.state !== 'saving') void save(scored.snapshot, scored.assessment);
            }}
          >
            <label htmlFor="note" className="small muted">
              {t('pop_noteLabel')}
            </label>
            {footAside ? <div className="save-aside">{footAside}</div> : null}
            <textarea id="note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} placeholder={t('pop_notePlaceholder')} />
            <div className="save-actions">
              <button type="submit" className="primary" aria-disabled={saveState.state === 'saving'}>
                {t('pop_save')}
              </button>
              <button type="button" onClick={actions.openShortlist}>
                {t('pop_openShortlist')}
              </button>
            </div>
            {saveState.state === 'saved' ? (
              <p className="saved small" role="status" data-testid="save-status">
                {saveState.message}
              </p>
            ) : null}
            {saveState.state === 'error' ? (
              <p className="error small" role="alert" data-testid="save-status">
                {saveState.message}
              </p>
            ) : null}
          </form>
        ) : (
          <>
            <div className="foot-line">
              <button type="button" className={notCreator ? 'primary' : undefined} onClick={actions.openShortlist}>
                {t('pop_openShortlist')}
              </button>
              {footAside}
            </div>
            {footNote}
          </>
        )}
      </footer>
    </main>
  );
}
