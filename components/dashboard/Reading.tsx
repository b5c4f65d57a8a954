import { t } from '../../lib/i18n';

/** A figure still being computed. */
export const Reading = () => (
  <span className="muted" title={t('dash_reading')}>
    …
  </span>
);
