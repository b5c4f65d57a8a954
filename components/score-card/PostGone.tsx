// The card of a post page that says its post is gone: that, in the page's own words, in the place of
// a score card of unknowns.
import { t } from '../../lib/i18n';

export function PostGone({ pageSays }: { pageSays: string }) {
  return (
    <section className="post-gone" aria-label={t('gone_title')} data-testid="post-gone">
      <p className="error" role="status">
        {t('gone_pageSays', { says: pageSays })}
      </p>
      <p className="small muted">{t('gone_nothingToScore')}</p>
    </section>
  );
}
