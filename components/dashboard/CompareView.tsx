// Two to four creators side by side, one column each: the best value of a line marked in words, each
// creator's flags by name with their severity.
import { useEffect, useRef } from 'react';
import { comparisonLines } from '../../lib/shortlist/compare';
import { platformName } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import type { ShortlistRow } from '../../lib/shortlist/rows';
import { useEscape } from '../shared/useEscape';
import { Figure } from '../shared/Figure';

export function CompareView({ rows, onClose }: { rows: ShortlistRow[]; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEscape(onClose);
  const lines = comparisonLines(rows);
  return (
    <section className="compare-panel" role="dialog" aria-modal="false" aria-labelledby="compare-title">
      <header className="detail-head">
        <h2 id="compare-title" tabIndex={-1} ref={heading}>{t('dash_compareTitle', { count: rows.length })}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('dash_closeCompare')}>×</button>
      </header>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <td />
              {rows.map(({ creator }) => (
                <th key={creator.id} scope="col">
                  {creator.displayName ?? `@${creator.handle}`}
                  <div className="muted small">{`@${creator.handle} · ${platformName(creator.platform)}`}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} data-line={line.id}>
                <th scope="row">{line.label}</th>
                {line.cells.map((cell, index) => {
                  const flags = line.flags?.[index];
                  const best = line.best[index];
                  return (
                    <td key={rows[index]!.creator.id} className={line.missing[index] ? 'muted' : best ? 'best' : undefined}>
                      {flags && flags.length > 0 ? (
                        <ul className="compare-flags">
                          {flags.map((flag, at) => (
                            <li key={at} title={flag.message}>
                              <span className={`flag-chip flag-chip-${flag.severity}`}>{flag.severityLabel}</span> {flag.name}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <Figure text={cell} note={line.notes[index]} />
                      )}
                      {best ? <span className="best-mark">{t('columns_best')}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
