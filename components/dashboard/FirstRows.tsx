// A long table on a campaign's page shows its first rows and a button for the rest: a campaign of 500
// creators opens as fast as one of 100 (drawing every row of three such tables took most of a second;
// bench/campaign-scale.ts), and the figures above each table are computed from every row regardless.
import { useState, type ReactNode } from 'react';
import { t } from '../../lib/i18n';

/** How many rows a table shows before "Show all". */
export const FIRST_ROWS = 100;

/** Draws the first rows through `children`, and a button that draws them all. */
export function FirstRows<T>({ rows, children }: { rows: readonly T[]; children: (shown: readonly T[]) => ReactNode }) {
  const [all, setAll] = useState(false);
  if (all || rows.length <= FIRST_ROWS) return <>{children(rows)}</>;
  return (
    <>
      {children(rows.slice(0, FIRST_ROWS))}
      <p className="small first-rows">
        {t('work_firstRows', { shown: FIRST_ROWS, total: rows.length })}{' '}
        <button type="button" onClick={() => setAll(true)}>
          {t('work_showAll', { total: rows.length })}
        </button>
      </p>
    </>
  );
}
