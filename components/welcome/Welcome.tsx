// The page a new user sees once, on install: what Creator Lens does, how to keep its icon in
// sight, the shortcuts as the browser has them, where to try it, and what happens to their data.
import { t, type MessageKey } from '../../lib/i18n';
import { BrowserShortcuts } from '../shared/BrowserShortcuts';
import { PinPicture } from './PinPicture';
import './Welcome.css';

/** Public creator pages anyone can open, one per platform, to try the extension on. */
const EXAMPLES = ['https://www.tiktok.com/@khaby.lame', 'https://www.instagram.com/natgeo/', 'https://www.youtube.com/@MrBeast'];

/** A short list of sentences, one message each. */
function Points({ says, ordered = false }: { says: MessageKey[]; ordered?: boolean }) {
  const items = says.map((key) => <li key={key}>{t(key)}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

export function Welcome({ onOpenShortlist }: { onOpenShortlist(): void }) {
  return (
    <main className="welcome">
      <header className="welcome-head">
        <img src="/icon/96.png" alt="" width="48" height="48" />
        <div>
          <h1>{t('welcome_heading')}</h1>
          <p className="muted">{t('welcome_intro')}</p>
        </div>
      </header>

      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcome_whatTitle')}</h2>
        <Points says={['welcome_whatScore', 'welcome_whatShortlist', 'welcome_whatExport']} />
      </section>

      <section aria-labelledby="welcome-pin" className="welcome-pin">
        <h2 id="welcome-pin">{t('welcome_pinTitle')}</h2>
        <div className="welcome-pin-body">
          <Points ordered says={['welcome_pinPuzzle', 'welcome_pinPin', 'welcome_pinDone']} />
          <PinPicture label={t('welcome_pinPicture')} />
        </div>
      </section>

      <section aria-labelledby="welcome-keys" data-testid="welcome-shortcuts">
        <h2 id="welcome-keys">{t('keys_title')}</h2>
        <p>{t('welcome_keysIntro')}</p>
        <BrowserShortcuts />
      </section>

      <section aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcome_tryTitle')}</h2>
        <p>{t('welcome_tryText')}</p>
        <p>{t('welcome_tryExamples')}</p>
        <ul className="welcome-examples">
          {EXAMPLES.map((address) => (
            <li key={address}>
              <a href={address} target="_blank" rel="noreferrer noopener">
                {address}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="welcome-privacy" className="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome_privacyTitle')}</h2>
        <Points says={['welcome_privacySend', 'welcome_privacyRead', 'welcome_privacyStore']} />
      </section>

      <p className="welcome-foot">
        <button type="button" className="primary" onClick={onOpenShortlist}>
          {t('welcome_openShortlist')}
        </button>
      </p>
    </main>
  );
}
