// The shortlist's vetting columns: engagement by the platform's convention, median views, view
// rate, confidence, the grade's change since last opened, the flags and the contact e-mail. An
// unknown figure says so, with why on hover; never 0.
import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { formatCompact, formatDateTime, formatNumber, formatPercent } from '../../lib/i18n/format';
import { say, t, type Text } from '../../lib/i18n';
import { confidenceLabel, severityLabel } from '../../lib/scoring';
import type { ShortlistRow } from '../../lib/shortlist/rows';
import { contactEmailOf, engagementOf, flagsOf, gradeChangeOf } from '../../lib/shortlist/filter';
import { flagName } from '../../lib/shortlist/flag-names';
import { Reading } from './Reading';

/** The unknown word, with why on hover. */
function Unknown({ reason }: { reason: Text | null | undefined }) {
  return (
    <span className="muted" title={reason ? t('columns_unknownBecause', { reason: say(reason) }) : undefined}>
      {t('unknown')}
    </span>
  );
}

/** Why nothing of the creator is known, when no reading was assessed. */
const unscored = (row: ShortlistRow): Text | null => row.summary?.unscoredReason ?? null;

export function EngagementCell({ row }: { row: ShortlistRow }) {
  if (row.pending) return <Reading />;
  const engagement = row.summary?.engagement;
  const value = engagementOf(row);
  if (!engagement || value === null) return <Unknown reason={engagement?.unknownReason ?? unscored(row)} />;
  const convention = t('columns_convention', { metric: engagement.metric });
  return (
    <span title={t('columns_engagementTitle', { convention, formula: say(engagement.formula) })}>
      {formatPercent(value)}
      <span className="muted small convention">{convention}</span>
    </span>
  );
}

export function MedianViewsCell({ row }: { row: ShortlistRow }) {
  if (row.pending) return <Reading />;
  const views = row.summary?.medianViews ?? null;
  if (views === null) return <Unknown reason={row.summary?.medianViewsUnknown ?? unscored(row)} />;
  return <span title={formatNumber(views)}>{formatCompact(views)}</span>;
}

export function ViewRateCell({ row }: { row: ShortlistRow }) {
  if (row.pending) return <Reading />;
  const rate = row.summary?.viewRate ?? null;
  return rate === null ? <Unknown reason={row.summary?.viewRateUnknown ?? unscored(row)} /> : <>{formatPercent(rate)}</>;
}

export function ConfidenceCell({ row }: { row: ShortlistRow }) {
  if (row.pending) return <Reading />;
  const summary = row.summary;
  if (!summary?.confidence) return <Unknown reason={unscored(row)} />;
  return (
    <>
      {say(confidenceLabel(summary.confidence))}
      {summary.provisional ? (
        <span className="muted small provisional-note" title={t('columns_provisionalTitle')}>
          {t('columns_provisional')}
        </span>
      ) : null}
    </>
  );
}

/** "B → A" since the creator's detail was last opened; a dash when unchanged or never opened. */
export function GradeChangeCell({ row }: { row: ShortlistRow }) {
  if (row.pending) return <Reading />;
  const change = gradeChangeOf(row);
  if (!change) return <span className="muted" title={t('columns_neverOpened')}>–</span>;
  const at = formatDateTime(change.at);
  if (change.was === change.now) return <span className="muted" title={t('columns_gradeSame', { at })}>–</span>;
  const was = change.was ?? t('dash_gradeNone');
  const now = change.now ?? t('dash_gradeNone');
  return (
    <span className="grade-change" data-testid="grade-change" title={t('columns_gradeChangeTitle', { was, now, at })}>
      {t('columns_gradeChangeCell', { was, now })}
    </span>
  );
}

/** Where the list of flags shows: under the cell, or above it near the window's bottom. */
function tipPlace(anchor: DOMRect): CSSProperties {
  const below = anchor.bottom + 4;
  // Within the window on the right too (the tooltip is at most 360 px wide, its border and padding added).
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - TIP_WIDTH - 8));
  return below + 200 < window.innerHeight ? { left, top: below } : { left, bottom: window.innerHeight - anchor.top + 4 };
}
const TIP_WIDTH = 378;

/**
 * The gravest flag named in the cell, "+N" for the others, and every flag in a tooltip that shows on
 * hover and on keyboard focus (a click keeps it open; Escape closes it). The tooltip is placed over
 * the page, since the cell clips what overflows it.
 */
export function FlagsCell({ row }: { row: ShortlistRow }) {
  const id = useId();
  const anchor = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const [pinned, setPinned] = useState(false);
  const open = place !== null;
  useEffect(() => {
    if (!open) return;
    // The table scrolled away under it: close rather than float over another row.
    const close = () => {
      setPlace(null);
      setPinned(false);
    };
    window.addEventListener('scroll', close, true);
    return () => window.removeEventListener('scroll', close, true);
  }, [open]);
  if (row.pending) return <Reading />;
  const flags = flagsOf(row);
  if (flags === null) return <Unknown reason={unscored(row)} />;
  if (flags.length === 0) {
    return (
      <span className="muted" title={t('columns_noFlagsTitle')}>
        {t('columns_noFlags')}
      </span>
    );
  }
  const top = flags[0]!;
  const show = () => setPlace(anchor.current ? tipPlace(anchor.current.getBoundingClientRect()) : {});
  const hide = () => {
    if (!pinned) setPlace(null);
  };
  return (
    <>
      <button
        type="button"
        ref={anchor}
        className="flags-button"
        aria-describedby={id}
        onFocus={show}
        onMouseEnter={show}
        onBlur={() => {
          setPinned(false);
          setPlace(null);
        }}
        onMouseLeave={hide}
        onClick={() => {
          setPinned(!pinned);
          if (!open) show();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          // Closes the list only, not a panel open behind it.
          event.stopPropagation();
          setPinned(false);
          setPlace(null);
        }}
      >
        <span className={`flag-chip flag-chip-${top.severity}`}>{say(severityLabel(top.severity))}</span>
        <span className="flag-name">{say(flagName(top))}</span>
        {flags.length > 1 ? <span className="flag-more">{t('columns_moreFlags', { count: flags.length - 1 })}</span> : null}
      </button>
      <div role="tooltip" id={id} className="flags-tip" hidden={!open} style={place ?? undefined}>
        <ul>
          {flags.map((flag, index) => (
            <li key={`${flag.id}-${index}`} className={`flag flag-${flag.severity}`}>
              <span className="flag-label">{say(severityLabel(flag.severity))}</span> {say(flag.message)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

export function EmailCell({ row }: { row: ShortlistRow }) {
  const contact = contactEmailOf(row);
  if (!contact) return <span className="muted" title={t('columns_noEmail')}>–</span>;
  return (
    <>
      <a className="clip email" href={`mailto:${contact.email}`} title={contact.email}>
        {contact.email}
      </a>
      {contact.fromBio ? <span className="muted small from-bio">{t('contact_fromBio')}</span> : null}
    </>
  );
}
