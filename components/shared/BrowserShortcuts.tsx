// The extension's shortcuts that work on any page, as bound in the browser, and where to change
// them. Shown on the welcome page and in the shortlist's list of keys.
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { useShortcuts } from './useShortcuts';
import './keys.css';

/** Chromium's page of every extension's shortcuts: an extension page can only open it through tabs.create. */
const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';
/** Firefox keeps them behind a menu of this page, which no extension may open. */
const FIREFOX_ADDONS = 'about:addons';

const inFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

function WhereToChange() {
  if (inFirefox()) return <p className="muted small">{t('keys_changeFirefox', { address: FIREFOX_ADDONS })}</p>;
  return (
    <p className="change-shortcuts">
      <button type="button" onClick={() => void browser.tabs.create({ url: CHROMIUM_SHORTCUTS })}>
        {t('keys_change')}
      </button>{' '}
      <span className="muted small">{t('keys_changeHint', { address: CHROMIUM_SHORTCUTS })}</span>
    </p>
  );
}

export function BrowserShortcuts() {
  const shortcuts = useShortcuts();
  return (
    <div className="browser-shortcuts" aria-busy={shortcuts === undefined}>
      {shortcuts === null ? <p className="muted">{t('keys_unreadable')}</p> : null}
      {shortcuts ? (
        <table className="key-table">
          <tbody>
            {shortcuts.map(({ does, keys }) => (
              <tr key={does} data-command={does}>
                <th scope="row">{keys ? <kbd>{keys}</kbd> : <span className="muted">{t('keys_notSet')}</span>}</th>
                <td>{t(does)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <WhereToChange />
    </div>
  );
}
