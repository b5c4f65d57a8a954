// The records the upgrade set aside (lib/db/repair): listed once found, until the user exports
// or deletes them. They are out of the shortlist, so no page meets them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CreatorLensDatabase } from '../../lib/db';
import { deleteDamaged } from '../../lib/db/creators';
import type { DamagedRecord } from '../../lib/db/repair';
import { downloadText } from '../../lib/csv/export';
import { problem, say, t, text } from '../../lib/i18n';

/** Shown at most; the export holds them all. */
const LISTED = 20;

function describe(entry: DamagedRecord): string {
  return t('dash_setAsideItem', {
    kind: entry.table,
    who: entry.creatorId ?? entry.key,
    field: entry.field || '–',
    what: say(entry.bound ? text(entry.bound) : text('dash_setAsideInvalid')),
  });
}

export function SetAside({ db }: { db: CreatorLensDatabase }) {
  const found = useLiveQuery(() => db.damaged.toArray(), [db]);
  const [error, setError] = useState<string | null>(null);
  if (!found || found.length === 0) return null;
  const exportAll = () => {
    const file = { format: 'creator-lens-set-aside', exportedAt: new Date().toISOString(), records: found };
    downloadText(JSON.stringify(file, null, 1), 'creator-lens-set-aside-records.json', 'application/json');
  };
  const deleteAll = async () => {
    try {
      setError(null);
      await deleteDamaged(db, found.map((entry) => entry.key));
    } catch (failure) {
      setError(problem(failure));
    }
  };
  return (
    <section className="set-aside notice" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t('dash_setAsideTitle', { count: found.length })}</h2>
      <p>{t('dash_setAsideWhy')}</p>
      <ul>
        {found.slice(0, LISTED).map((entry) => (
          <li key={entry.key}>{describe(entry)}</li>
        ))}
      </ul>
      {found.length > LISTED ? <p className="muted small">{t('dash_setAsideMore', { count: found.length - LISTED })}</p> : null}
      <button type="button" onClick={exportAll}>
        {t('dash_setAsideExport')}
      </button>{' '}
      <button type="button" className="danger" onClick={() => void deleteAll()}>
        {t('dash_setAsideDelete')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
