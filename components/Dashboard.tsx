import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { csvFileName, shortlistToCsv } from '../lib/csv/export';
import { deleteCreator, listShortlist, type CreatorLensDatabase } from '../lib/db';
import { toRows } from '../lib/shortlist';
import { ShortlistTable } from './ShortlistTable';
import './Dashboard.css';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Dashboard({ db }: { db: CreatorLensDatabase }) {
  const [error, setError] = useState<string | null>(null);
  const rows = useLiveQuery(async () => {
    try {
      return toRows(await listShortlist(db), Date.now());
    } catch (failure) {
      setError(`The shortlist could not be read: ${failure instanceof Error ? failure.message : String(failure)}`);
      return [];
    }
  }, [db]);

  return (
    <main className="dashboard">
      <header className="dash-head">
        <div>
          <h1>Shortlist</h1>
          <p className="muted small">
            {rows === undefined ? 'Loading…' : `${rows.length} creator${rows.length === 1 ? '' : 's'}`} · stored in this browser only
          </p>
        </div>
        <button type="button" className="primary" disabled={!rows || rows.length === 0} onClick={() => rows && download(shortlistToCsv(rows), csvFileName(Date.now()))}>
          Export CSV
        </button>
      </header>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {rows && rows.length === 0 ? (
        <p className="empty">
          No creators saved yet. Open a creator on TikTok, Instagram or YouTube, click the Creator Lens button in the toolbar, then <strong>Save to shortlist</strong>.
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <ShortlistTable
          rows={rows}
          onDelete={async (id) => {
            try {
              setError(null);
              await deleteCreator(db, id);
            } catch (failure) {
              setError(failure instanceof Error ? failure.message : String(failure));
            }
          }}
        />
      ) : null}
    </main>
  );
}
