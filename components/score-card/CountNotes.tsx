// How exact each figure of a row of stats is ("exact, from the page's data" or the range a rounded
// "48.2K" allows). The figures' tooltips say it to a mouse; this says it to everyone: a disclosure
// the keyboard opens and a screen reader reads.
import { describeCount } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import type { Count } from '../../lib/schema/snapshot';

export function CountNotes({ figures }: { figures: ReadonlyArray<{ id: string; label: string; count: Count | null }> }) {
  return (
    <details className="count-notes small">
      <summary>{t('pop_exactOrRounded')}</summary>
      <ul className="plain">
        {figures.map((figure) => (
          <li key={figure.id} data-count-note={figure.id}>
            {t('pop_countNote', { label: figure.label, description: describeCount(figure.count) })}
          </li>
        ))}
      </ul>
    </details>
  );
}
