// One creator in full, in a side panel: the latest assessment, its history, the posts seen,
// notes, status history and the fields the user keeps. Escape or Close returns to the table.
import { useEffect, useMemo, useRef, useState } from 'react';
import { STATUS_LABELS, type CreatorLensDatabase, loadHistory } from '../lib/db';
import { loadReadingSet } from '../lib/db/summaries';
import { addNote } from '../lib/db/creators';
import { describeCount, formatCount, formatDateTime, formatPercent, platformName } from '../lib/format';
import { assessReadings, type ReadingSet } from '../lib/summary';
import { historyPoints } from '../lib/history';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatFigure, formatMoney } from '../lib/pricing';
import type { ShortlistRow } from '../lib/shortlist';
import { cpeOf, cpmOf, shownGrade } from '../lib/shortlist-filter';
import { CreatorEditForm } from './CreatorEditForm';
import { FlagList } from './FlagList';
import { HistoryChart } from './HistoryChart';
import { Components } from './ScoreCard';
import { useEscape } from './useEscape';

function PriceSummary({ row }: { row: ShortlistRow }) {
  const price = row.creator.price;
  const figures = [
    ['CPM', cpmOf(row), 'price ÷ median views × 1,000'],
    ['CPE', cpeOf(row), 'price ÷ median (likes + comments + shares) per post'],
  ] as const;
  return (
    <div className="price-summary">
      <div className="stat">
        <strong>{price ? formatMoney(price.amount, price.currency) : 'not quoted'}</strong>
        <span className="muted small">Price per post</span>
      </div>
      {figures.map(([label, figure, formula]) => (
        <div className="stat" key={label} data-figure={label.toLowerCase()} title={formula}>
          <strong>{figure.value === null ? 'unknown' : formatFigure(figure, price?.currency)}</strong>
          <span className="muted small">{label}{figure.value === null ? `: ${figure.reason}` : ` = ${formula}`}</span>
        </div>
      ))}
    </div>
  );
}

function NotesTimeline({ db, row }: { db: CreatorLensDatabase; row: ShortlistRow }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const notes = [...row.creator.notes].reverse();
  return (
    <section aria-labelledby="notes-title">
      <h3 id="notes-title">Notes</h3>
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          addNote(db, row.creator.id, text, Date.now()).then(
            () => { setText(''); setProblem(null); },
            (failure: unknown) => setProblem(failure instanceof Error ? failure.message : String(failure)),
          );
        }}
      >
        <label>
          <span className="visually-hidden">New note</span>
          <textarea rows={2} placeholder="Add a note…" value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" disabled={!text.trim()}>Add note</button>
      </form>
      {problem ? <p className="error" role="alert">{problem}</p> : null}
      {notes.length === 0 ? <p className="muted small">No notes yet.</p> : (
        <ol className="timeline" aria-label="Notes, newest first">
          {notes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              <time className="muted small" dateTime={new Date(note.at).toISOString()}>{formatDateTime(note.at)}</time>
              <div className="note-text">{note.text}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function PostsSeen({ sample }: { sample: ReadingSet['sample'] }) {
  if (sample.length === 0) return <p className="muted small">No post opened on its own page yet: open a few posts with the popup to add their likes and comments.</p>;
  return (
    <div className="posts-scroll">
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">Post</th>
            <th scope="col">Published</th>
            <th scope="col" className="num">Views</th>
            <th scope="col" className="num">Likes</th>
            <th scope="col" className="num">Comments</th>
            <th scope="col" className="num">Shares</th>
            <th scope="col">Seen</th>
          </tr>
        </thead>
        <tbody>
          {sample.map(({ post, seenAt }) => (
            <tr key={post.id} data-post={post.id}>
              <td>
                <a href={post.url} target="_blank" rel="noreferrer noopener">{post.id.length > 12 ? `…${post.id.slice(-8)}` : post.id}</a>
                {post.sponsored ? <span className="chip small"> paid</span> : null}
              </td>
              <td>{post.publishedAt ? formatDateTime(post.publishedAt.value) : 'unknown'}</td>
              {(['views', 'likes', 'comments', 'shares'] as const).map((key) => (
                <td key={key} className="num" title={describeCount(post[key])}>{formatCount(post[key])}</td>
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
  const { grade, overridden } = shownGrade(row);

  useEffect(() => {
    heading.current?.focus();
  }, [creator.id]);
  useEscape(onClose);

  const assessment = loaded?.assessment ?? null;

  return (
    <aside className="detail-panel" role="dialog" aria-modal="false" aria-labelledby="detail-title" data-detail={creator.id}>
      <header className="detail-head">
        <div>
          <h2 id="detail-title" tabIndex={-1} ref={heading}>{creator.displayName ?? `@${creator.handle}`}</h2>
          <div className="muted">
            <a href={creator.profileUrl} target="_blank" rel="noreferrer noopener">@{creator.handle}</a> · {platformName(creator.platform)} · {STATUS_LABELS[creator.status]}
            {creator.doNotWork ? <strong className="dnw"> · Do not work: {creator.doNotWork.reason}</strong> : null}
          </div>
        </div>
        <div className="detail-grade">
          {grade ? <span className={`grade grade-${grade}`} data-testid="detail-grade">{grade}</span> : <span className="grade">–</span>}
          <div className="small">{summary?.score ?? '–'}/100</div>
          {overridden ? <div className="small muted">set by hand (computed {summary?.grade ?? 'none'})</div> : null}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label="Close details">×</button>
      </header>

      <div className="stats">
        <div className="stat"><strong>{formatCount(summary?.followers ?? null)}</strong><span className="muted small">Followers</span></div>
        <div className="stat"><strong>{summary?.tier?.label ?? 'unknown'}</strong><span className="muted small">Tier</span></div>
        <div className="stat" title={summary?.creatorClass?.reason}><strong>{summary?.creatorClass?.id ?? 'unknown'}</strong><span className="muted small">Class</span></div>
        <div className="stat"><strong>{formatPercent(summary?.viewRate ?? null)}</strong><span className="muted small">View rate</span></div>
        <div className="stat"><strong>{formatPercent(summary?.engagementRate ?? null)}</strong><span className="muted small">Engagement rate</span></div>
      </div>

      <PriceSummary row={row} />

      <section aria-labelledby="edit-title">
        <h3 id="edit-title">Vetting</h3>
        <CreatorEditForm key={creator.id} db={db} creator={creator} computedGrade={summary?.grade ?? null} onSaved={onMessage} />
      </section>

      <section aria-labelledby="history-title">
        <h3 id="history-title">History ({loaded ? `${points.length} snapshot${points.length === 1 ? '' : 's'}` : 'reading…'})</h3>
        {loaded ? <HistoryChart points={points} /> : null}
      </section>

      {!loaded ? (
        <p className="muted">Reading the saved snapshots…</p>
      ) : assessment ? (
        <section aria-labelledby="assessment-title" className="score-card">
          <h3 id="assessment-title">Latest assessment</h3>
          {summary?.asOf ? <p className="muted small">As of the newest reading, {formatDateTime(summary.asOf)}.</p> : null}
          {assessment.unscoredReason ? <p className="notice">{assessment.unscoredReason}</p> : null}
          <h3>Flags</h3>
          <FlagList flags={assessment.flags} />
          {assessment.components.length > 0 ? <Components assessment={assessment} /> : null}
        </section>
      ) : (
        <p className="notice">No readable snapshot: the assessment cannot be shown.</p>
      )}

      <section aria-labelledby="posts-title">
        <h3 id="posts-title">Posts seen ({loaded ? loaded.set.sample.length : '…'})</h3>
        {loaded ? <PostsSeen sample={loaded.set.sample} /> : null}
      </section>

      <NotesTimeline db={db} row={row} />

      <section aria-labelledby="status-title">
        <h3 id="status-title">Status history</h3>
        <ol className="timeline" aria-label="Status history, newest first">
          {[...creator.statusHistory].reverse().map((change, index) => (
            <li key={`${change.at}-${index}`}>
              <time className="muted small" dateTime={new Date(change.at).toISOString()}>{formatDateTime(change.at)}</time>{' '}
              <span className={`status status-${change.status}`}>{STATUS_LABELS[change.status]}</span>
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
