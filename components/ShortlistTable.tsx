import { useState } from 'react';
import { describeCount, formatCount, formatDateTime, platformName } from '../lib/format';
import type { ShortlistRow } from '../lib/shortlist';

export function ShortlistTable({ rows, onDelete }: { rows: ShortlistRow[]; onDelete(id: string): Promise<void> }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table className="shortlist">
      <thead>
        <tr>
          <th scope="col">Creator</th>
          <th scope="col">Platform</th>
          <th scope="col" className="num">Followers</th>
          <th scope="col" className="num">Score</th>
          <th scope="col">Grade</th>
          <th scope="col">Note</th>
          <th scope="col">Last seen</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ entry, assessment }) => {
          const { creator, latest } = entry;
          const lastNote = creator.notes.at(-1);
          return (
            <tr key={creator.id} data-creator={creator.id}>
              <td>
                <div className="name">{creator.displayName ?? `@${creator.handle}`}</div>
                <a className="muted small" href={creator.profileUrl} target="_blank" rel="noreferrer noopener">
                  @{creator.handle}
                </a>
              </td>
              <td>{platformName(creator.platform)}</td>
              <td className="num" title={describeCount(latest?.creator.followers ?? null)}>
                {latest ? formatCount(latest.creator.followers) : 'unknown'}
              </td>
              <td className="num" title={assessment?.unscoredReason ?? `Confidence: ${assessment?.confidence ?? 'unknown'}`}>
                {assessment?.score ?? '–'}
              </td>
              <td>
                {assessment?.grade ? <span className={`grade grade-${assessment.grade}`}>{assessment.grade}</span> : '–'}
              </td>
              <td className="note">
                {lastNote ? lastNote.text : <span className="muted">–</span>}
                {creator.notes.length > 1 ? <div className="muted small">+{creator.notes.length - 1} earlier notes</div> : null}
              </td>
              <td className="small">
                {formatDateTime(creator.lastSeenAt)}
                <div className="muted">{entry.snapshotCount} snapshot{entry.snapshotCount === 1 ? '' : 's'}</div>
              </td>
              <td className="actions">
                {confirming === creator.id ? (
                  <>
                    <button type="button" className="danger" onClick={() => void onDelete(creator.id).finally(() => setConfirming(null))}>
                      Delete @{creator.handle}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </>
                ) : (
                  <button type="button" className="danger" onClick={() => setConfirming(creator.id)} aria-label={`Delete @${creator.handle}`}>
                    Delete
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
