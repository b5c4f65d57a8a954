// One creator in full, in a side panel: the latest assessment, its history, the posts seen,
// notes, status history and the fields the user keeps. Escape or Close returns to the table.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CreatorLensDatabase } from '../../lib/db';
import { loadHistory } from '../../lib/db/readings';
import { statusName } from '../../lib/shortlist/status';
import { loadReadingSet } from '../../lib/shortlist/listing';
import { addNote } from '../../lib/db/creators';
import { formatDateTime, formatNumber, formatPercent, machineDate, platformName } from '../../lib/i18n/format';
import { problem as problemOf, say, t, type MessageKey } from '../../lib/i18n';
import { assessReadings, type ReadingSet } from '../../lib/shortlist/summary';
import { historyPoints } from '../../lib/shortlist/history';
import { gradeHistory } from '../../lib/shortlist/grade-history';
import { markGradeSeen } from '../../lib/db/creators';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatFigure, formatMoney } from '../../lib/shortlist/pricing';
import type { ShortlistRow } from '../../lib/shortlist/rows';
import { cpeOf, cpmOf, engagementOf, shownGrade } from '../../lib/shortlist/filter';
import { CreatorEditForm } from './CreatorEditForm';
import { FlagList } from '../score-card/FlagList';
import { HistoryChart } from './HistoryChart';
import { Guarded } from './RecordFallback';
import { Components } from '../score-card/ScoreCard';
import { useEscape } from '../shared/useEscape';
import { CountFigure } from '../shared/Figure';

function PriceSummary({ row }: { row: ShortlistRow }) {
  const price = row.creator.price;
  const figures = [
    ['cpm', 'dash_cpm', cpmOf(row), 'dash_cpmFormula'],
    ['cpe', 'dash_cpe', cpeOf(row), 'dash_cpeFormula'],
  ] as const satisfies ReadonlyArray<readonly [string, MessageKey, unknown, MessageKey]>;
  return (
    <div className="price-summary">
      <div className="stat">
        <strong>{price ? formatMoney(price.amount, price.currency) : t('dash_notQuoted')}</strong>
        <span className="muted small">{t('dash_pricePerPost')}</span>
      </div>
      {figures.map(([id, labelKey, figure, formulaKey]) => {
        const label = t(labelKey);
        const formula = t(formulaKey);
        return (
          <div className="stat" key={id} data-figure={id} title={formula}>
            <strong>{figure.value === null ? t('unknown') : formatFigure(figure, price?.currency)}</strong>
            <span className="muted small">
              {figure.value === null ? t('dash_figureUnknown', { label, reason: say(figure.reason) }) : t('dash_figureFormula', { label, formula })}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function NotesTimeline({ db, row }: { db: CreatorLensDatabase; row: ShortlistRow }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const notes = [...row.creator.notes].reverse();
  return (
    <section aria-labelledby="notes-title">
      <h3 id="notes-title">{t('dash_notes')}</h3>
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          addNote(db, row.creator.id, text, Date.now()).then(
            () => { setText(''); setProblem(null); },
            (failure: unknown) => setProblem(problemOf(failure)),
          );
        }}
      >
        <label>
          <span className="visually-hidden">{t('dash_newNote')}</span>
          <textarea rows={2} placeholder={t('dash_notePlaceholder')} value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" disabled={!text.trim()}>{t('dash_addNote')}</button>
      </form>
      {problem ? <p className="error" role="alert">{problem}</p> : null}
      {notes.length === 0 ? <p className="muted small">{t('dash_noNotes')}</p> : (
        <ol className="timeline" aria-label={t('dash_notesList')}>
          {notes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              <time className="muted small" dateTime={machineDate(note.at)}>{formatDateTime(note.at)}</time>
              <div className="note-text">{note.text}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function PostsSeen({ sample }: { sample: ReadingSet['sample'] }) {
  if (sample.length === 0) return <p className="muted small">{t('dash_noPostsSeen')}</p>;
  return (
    <div className="posts-scroll">
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">{t('dash_post')}</th>
            <th scope="col">{t('dash_published')}</th>
            <th scope="col" className="num">{t('dash_views')}</th>
            <th scope="col" className="num">{t('dash_likes')}</th>
            <th scope="col" className="num">{t('dash_comments')}</th>
            <th scope="col" className="num">{t('dash_shares')}</th>
            <th scope="col">{t('dash_seen')}</th>
          </tr>
        </thead>
        <tbody>
          {sample.map(({ post, seenAt }) => (
            <tr key={post.id} data-post={post.id}>
              <td>
                <a href={post.url} target="_blank" rel="noreferrer noopener">{post.id.length > 12 ? `…${post.id.slice(-8)}` : post.id}</a>
                {post.sponsored ? <span className="chip small"> {t('dash_paid')}</span> : null}
              </td>
              <td>{post.publishedAt ? formatDateTime(post.publishedAt.value) : t('unknown')}</td>
              {(['views', 'likes', 'comments', 'shares'] as const).map((key) => (
                <td key={key} className="num"><CountFigure count={post[key]} /></td>
              ))}
              <td>{formatDateTime(seenAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CreatorDetail({ db, row, onClose, onMessage }: { db: CreatorLensDatabase; row: ShortlistRow; onClose(): void; onMessage(message: string): void }) {
  const { creator, summary } = row;
  const heading = useRef<HTMLHeadingElement>(null);
  // The list holds a summary; the panel reads the newest readings for the full assessment (the
  // same one the summary was made from) and every reading for the history charts.
  const loaded = useLiveQuery(async () => {
    const [set, history] = await Promise.all([loadReadingSet(db, creator.id), loadHistory(db, creator.id)]);
    return { set, history, assessment: assessReadings(set) };
  }, [db, creator.id]);
  const points = useMemo(() => historyPoints(loaded?.history ?? []), [loaded?.history]);
  const grades = useMemo(() => (loaded ? gradeHistory(loaded.history, loaded.set.sample) : []), [loaded]);
  const { grade, overridden } = shownGrade(row);

  useEffect(() => {
    heading.current?.focus();
  }, [creator.id]);
  // Opened: the grade shown is seen, and the list stops marking it as changed.
  const seenGrade = summary?.grade ?? null;
  const seenScore = summary?.score ?? null;
  useEffect(() => {
    if (!summary || (creator.gradeSeen?.grade === seenGrade && creator.gradeSeen?.score === seenScore)) return;
    markGradeSeen(db, creator.id, { grade: seenGrade, score: seenScore }, Date.now()).catch(() => undefined);
  }, [db, creator.id, creator.gradeSeen, summary, seenGrade, seenScore]);
  useEscape(onClose);

  const assessment = loaded?.assessment ?? null;

  return (
    <aside className="detail-panel" role="dialog" aria-modal="false" aria-labelledby="detail-title" data-detail={creator.id}>
      <header className="detail-head">
        <div>
          <h2 id="detail-title" tabIndex={-1} ref={heading}>{creator.displayName ?? `@${creator.handle}`}</h2>
          <div className="muted">
            <a href={creator.profileUrl} target="_blank" rel="noreferrer noopener">{`@${creator.handle}`}</a> · {platformName(creator.platform)} · {statusName(creator.status)}
            {creator.doNotWork ? <strong className="dnw"> · {t('dash_doNotWorkBecause', { reason: creator.doNotWork.reason })}</strong> : null}
          </div>
        </div>
        <div className="detail-grade">
          {grade ? <span className={`grade grade-${grade}`} data-testid="detail-grade">{grade}</span> : <span className="grade">–</span>}
          <div className="small">{summary?.score ?? '–'}/100</div>
          {summary?.provisional && !overridden ? <div className="small muted" data-testid="detail-provisional">{t('dash_gradeProvisional')}</div> : null}
          {overridden ? <div className="small muted">{t('dash_gradeByHandNote', { computed: summary?.grade ?? t('dash_gradeNone') })}</div> : null}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t('dash_closeDetails')}>×</button>
      </header>

      <div className="stats">
        <div className="stat"><strong><CountFigure count={summary?.followers ?? null} /></strong><span className="muted small">{t('dash_followers')}</span></div>
        <div className="stat" title={summary?.tier ? say(summary.tier.range) : undefined}><strong>{summary?.tier ? say(summary.tier.label) : t('unknown')}</strong><span className="muted small">{t('dash_tier')}</span></div>
        <div className="stat" title={summary?.creatorClass ? say(summary.creatorClass.reason) : undefined}><strong>{summary?.creatorClass?.id ?? t('unknown')}</strong><span className="muted small">{t('dash_class')}</span></div>
        <div className="stat"><strong>{formatPercent(summary?.viewRate ?? null)}</strong><span className="muted small">{t('dash_viewRate')}</span></div>
        {/* Engagement as the list's column measures it, the platform's way, with its measure named. */}
        <div className="stat" title={summary?.engagement?.formula ? say(summary.engagement.formula) : undefined}>
          <strong>{formatPercent(engagementOf(row))}</strong>
          <span className="muted small">
            {t('dash_engagementRate')}
            {summary?.engagement && engagementOf(row) !== null ? ` · ${t('columns_convention', { metric: summary.engagement.metric })}` : ''}
          </span>
        </div>
      </div>

      <PriceSummary row={row} />

      <section aria-labelledby="edit-title">
        <h3 id="edit-title">{t('dash_vetting')}</h3>
        <CreatorEditForm key={creator.id} db={db} creator={creator} computedGrade={summary?.grade ?? null} bioEmail={summary?.bioEmail ?? null} onSaved={onMessage} />
      </section>

      <section aria-labelledby="history-title">
        <h3 id="history-title">{loaded ? t('dash_history', { count: loaded.history.length }) : t('dash_historyReading')}</h3>
        {loaded ? (
          <Guarded resetKeys={[points]} fallback={(failure) => <p className="error">{t('dash_chartUnshown', { reason: problemOf(failure) })}</p>}>
            <HistoryChart points={points} snapshotCount={loaded.history.length} />
          </Guarded>
        ) : null}
      </section>

      {grades.length > 0 ? (
        <section aria-labelledby="grades-title">
          <h3 id="grades-title">{t('dash_gradeOverTime')}</h3>
          <ol className="timeline" data-testid="grade-history">
            {[...grades].reverse().map((point) => (
              <li key={point.at}>
                <time className="muted small" dateTime={machineDate(point.at)}>{formatDateTime(point.at)}</time>{' '}
                {point.grade ? <span className={`grade grade-${point.grade}`}>{point.grade}</span> : <span className="muted">–</span>}{' '}
                {point.score ?? '–'}
                {point.provisional ? <span className="muted small"> {t('dash_gradeProvisional')}</span> : null}
                {point.reason ? <div className="small">{say(point.reason)}</div> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {!loaded ? (
        <p className="muted">{t('dash_reading')}</p>
      ) : assessment ? (
        <section aria-labelledby="assessment-title" className="score-card">
          <h3 id="assessment-title">{t('dash_latestAssessment')}</h3>
          {summary?.asOf ? <p className="muted small">{t('dash_asOf', { date: formatDateTime(summary.asOf) })}</p> : null}
          {assessment.unscoredReason ? <p className="notice">{say(assessment.unscoredReason)}</p> : null}
          <h3>{t('dash_flags')}</h3>
          <FlagList assessment={assessment} />
          {assessment.components.length > 0 ? <Components assessment={assessment} /> : null}
        </section>
      ) : (
        <p className="notice">{t('dash_noAssessment')}</p>
      )}

      <section aria-labelledby="posts-title">
        <h3 id="posts-title">{t('dash_postsSeen', { count: loaded ? formatNumber(loaded.set.sample.length) : '…' })}</h3>
        {loaded ? <PostsSeen sample={loaded.set.sample} /> : null}
      </section>

      <NotesTimeline db={db} row={row} />

      <section aria-labelledby="status-title">
        <h3 id="status-title">{t('dash_statusHistory')}</h3>
        <ol className="timeline" aria-label={t('dash_statusHistoryList')}>
          {[...creator.statusHistory].reverse().map((change, index) => (
            <li key={`${change.at}-${index}`}>
              <time className="muted small" dateTime={machineDate(change.at)}>{formatDateTime(change.at)}</time>{' '}
              <span className={`status status-${change.status}`}>{statusName(change.status)}</span>
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
