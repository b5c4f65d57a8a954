// A searchable multi-select of codes shown by name (content languages, target markets): type a name
// in either UI language or the code, choose with the arrow keys and Enter (or a click), and remove a
// chosen one with its × or Backspace in the empty field. What it hands back stays the codes; a stored
// code the list does not offer (an older campaign's free text) still shows, as itself. The options page
// and the dashboard's Campaigns view both use it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { choicesOf, nameOf, searchChoices, type CodeKind } from '../../lib/campaign/choices';
import { t } from '../../lib/i18n';
import './CodePicker.css';

interface Props {
  kind: Extract<CodeKind, 'language' | 'region'>;
  label: string;
  hint: string;
  /** The codes offered. */
  codes: readonly string[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  /** What to say when nothing matches what was typed. */
  noMatch(query: string): string;
}

export function CodePicker({ kind, label, hint, codes, chosen, onChange, noMatch }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  const chosenSet = new Set(chosen);
  const found = open ? searchChoices(choicesOf(kind, codes.filter((code) => !chosenSet.has(code))), query) : [];
  const current = found[Math.min(active, found.length - 1)];
  const optionId = (code: string) => `${id}-option-${code}`;
  /** A code by name; one the browser cannot name (an older campaign's free text) as itself. */
  const nameFor = (code: string) => nameOf(kind, code) ?? code;
  const activeId = open && current ? optionId(current.code) : undefined;

  // The option the arrow keys reach stays in sight in the scrolled list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const add = (code: string) => {
    onChange([...chosen, code]);
    setSaid(t('opt_added', { name: nameFor(code) }));
    setQuery('');
    setActive(0);
    // Closed until the next one is typed: the whole list would open under a field just emptied.
    setOpen(false);
    input.current?.focus();
  };
  const remove = (code: string) => {
    onChange(chosen.filter((other) => other !== code));
    setSaid(t('opt_removed', { name: nameFor(code) }));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((found.length + Math.min(active, found.length - 1) + step) % Math.max(found.length, 1));
    } else if (event.key === 'Enter') {
      // Enter chooses; it submits the form only from an empty, closed field.
      if (open && current) {
        event.preventDefault();
        add(current.code);
      } else if (query.trim()) {
        event.preventDefault();
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && chosen.length > 0) {
      event.preventDefault();
      remove(chosen[chosen.length - 1]!);
    }
  };

  return (
    <div className="field picker" data-picker={kind}>
      <label htmlFor={`${id}-input`}>{label}</label>
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={t('opt_chosen', { field: label })}>
          {chosen.map((code) => {
            const name = nameFor(code);
            return (
              <li key={code} className="chip" data-code={code}>
                <span>{name}</span>
                <button type="button" className="chip-remove" aria-label={t('opt_remove', { name })} onClick={() => remove(code)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="small muted chips-empty">{t('opt_noneChosen')}</p>
      )}
      <div className="picker-box">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={activeId}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        {open ? (
          found.length > 0 ? (
            <ul role="listbox" id={`${id}-list`} className="picker-list" aria-label={label}>
              {found.map((choice) => (
                <li
                  key={choice.code}
                  id={optionId(choice.code)}
                  role="option"
                  aria-selected={choice === current}
                  className={choice === current ? 'active' : undefined}
                  // Keeps the focus in the field, so the list stays open for the click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => add(choice.code)}
                >
                  {choice.name} <span className="muted">{choice.code}</span>
                </li>
              ))}
            </ul>
          ) : query.trim() ? (
            <p id={`${id}-list`} className="picker-list small muted" role="status">
              {noMatch(query.trim())}
            </p>
          ) : null
        ) : null}
      </div>
      <p id={`${id}-hint`} className="small muted">
        {hint}
      </p>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
