// The "?" button by the shortlist's title and the list of keys it opens (also on the "?" key): a
// modal dialog, closed by Escape or Close, that gives the focus back to where it was.
import { useEffect, useRef } from 'react';
import { t, type MessageKey } from '../../lib/i18n';
import { BrowserShortcuts } from '../shared/BrowserShortcuts';
import type { KeyHelp } from './useShortlistKeys';
import './KeyboardHelp.css';

/** The shortlist's own keys, as lib/shortlist/keys maps them, and Enter and Escape as the page has them. */
const PAGE_KEYS: ReadonlyArray<{ keys: string[]; does: MessageKey }> = [
  { keys: ['/'], does: 'keys_search' },
  { keys: ['j'], does: 'keys_next' },
  { keys: ['k'], does: 'keys_previous' },
  { keys: ['Enter'], does: 'keys_open' },
  { keys: ['Escape'], does: 'keys_close' },
  { keys: ['?'], does: 'keys_help' },
];

function HelpDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="key-help"
      aria-labelledby="key-help-title"
      // Escape (the browser's cancel) and Close both end here.
      onClose={onClose}
      onKeyDown={(event) => {
        // This dialog only, not a detail view open under it.
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <header className="key-help-head">
        <h2 id="key-help-title">{t('keys_title')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('keys_closeList')}
        </button>
      </header>
      <h3>{t('keys_onThisPage')}</h3>
      <table className="key-table">
        <tbody>
          {PAGE_KEYS.map(({ keys, does }) => (
            <tr key={does}>
              <th scope="row">{keys.map((key) => <kbd key={key}>{key}</kbd>)}</th>
              <td>{t(does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('keys_typing', { key: 'Escape' })}</p>
      <h3>{t('keys_inBrowser')}</h3>
      <BrowserShortcuts />
    </dialog>
  );
}

export function KeyboardHelp({ helpOpen, openHelp, closeHelp }: KeyHelp) {
  return (
    <>
      <button type="button" className="hint-button key-help-button" aria-label={t('keys_title')} title={t('keys_title')} aria-haspopup="dialog" onClick={openHelp}>
        ?
      </button>
      {helpOpen ? <HelpDialog onClose={closeHelp} /> : null}
    </>
  );
}
