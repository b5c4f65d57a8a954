// "Columns": a list of check boxes, one per column the user may show or hide. It opens under its
// button; Escape, a click elsewhere or the keyboard leaving it closes it, and Escape gives the
// keyboard back to the button.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import { CHOOSABLE_COLUMNS, DEFAULT_COLUMNS, inTableOrder, loadColumnChoice, saveColumnChoice } from '../../lib/shortlist/column-choice';
import type { ColumnId } from '../../lib/shortlist/filter';
import { columnName } from './column-names';

export function ColumnChooser({ shown, onChange }: { shown: readonly ColumnId[]; onChange(columns: ColumnId[]): void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const showing = new Set(shown);
  const toggle = (column: ColumnId, on: boolean) => onChange(on ? [...shown, column] : shown.filter((other) => other !== column));
  return (
    <div
      className="column-chooser"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Closes the list only, not a panel open behind it.
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button type="button" ref={button} aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen(!open)}>
        {t('columns_chooser')}
      </button>
      <div className="column-menu" id={`${id}-menu`} hidden={!open}>
        <fieldset>
          <legend>{t('columns_chooserLabel')}</legend>
          {CHOOSABLE_COLUMNS.map((column) => (
            <label key={column}>
              <input type="checkbox" checked={showing.has(column)} onChange={(event) => toggle(column, event.target.checked)} />
              {columnName(column)}
            </label>
          ))}
        </fieldset>
        <p className="muted small">{t('columns_alwaysShown')}</p>
        <button type="button" className="compact" onClick={() => onChange([...DEFAULT_COLUMNS])}>
          {t('columns_defaults')}
        </button>
      </div>
    </div>
  );
}

/**
 * The columns the user chose, read from storage once (the defaults until then) and kept whenever
 * they change; `onError` hears of a choice that could not be kept (it still applies on this page).
 */
export function useColumnChoice(onError: (reason: unknown) => void): [ColumnId[], (columns: ColumnId[]) => void] {
  const [columns, setColumns] = useState<ColumnId[]>([...DEFAULT_COLUMNS]);
  const chosen = useRef(false);
  useEffect(() => {
    loadColumnChoice().then(
      (stored) => {
        if (!chosen.current) setColumns(stored);
      },
      () => undefined,
    );
  }, []);
  const choose = useCallback(
    (next: ColumnId[]) => {
      chosen.current = true;
      setColumns(inTableOrder(next));
      saveColumnChoice(next).catch(onError);
    },
    [onError],
  );
  return [columns, choose];
}
