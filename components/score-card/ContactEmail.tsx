// The contact e-mail a reading found in the bio: a mailto link and a Copy button, whose outcome a
// screen reader hears (aria-live). Nothing at all when the bio has no address.
import { useEffect, useRef, useState } from 'react';
import { t } from '../../lib/i18n';

/** How long "Copied" stays before the line is quiet again. */
const COPIED_SHOWN_MS = 2_000;

type CopyState = 'idle' | 'copied' | 'failed';

export function ContactEmail({ email }: { email: string | null }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const quiet = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(quiet.current), []);
  if (!email) return null;

  const copyAddress = async () => {
    clearTimeout(quiet.current);
    try {
      await navigator.clipboard.writeText(email);
      setCopy('copied');
      quiet.current = setTimeout(() => setCopy('idle'), COPIED_SHOWN_MS);
    } catch {
      // No clipboard (permission refused, page not focused): the address stays on screen to copy by hand.
      setCopy('failed');
    }
  };

  return (
    <p className="contact-email small" data-testid="contact-email">
      <span className="muted">{t('contact_label')}</span>{' '}
      <a href={`mailto:${email}`} title={t('contact_write', { email })}>
        {email}
      </a>{' '}
      <button type="button" aria-label={t('contact_copyLabel', { email })} onClick={() => void copyAddress()}>
        {t('contact_copy')}
      </button>{' '}
      <span role="status" aria-live="polite" className={copy === 'failed' ? 'error' : 'saved'} data-testid="copy-status">
        {copy === 'copied' ? t('contact_copied') : copy === 'failed' ? t('contact_copyFailed') : ''}
      </span>
    </p>
  );
}
