// Whether the creator is already on the shortlist: since when, their status, and a "do not work
// with" mark, read from the shortlist itself (never from the page).
import type { CreatorRecord } from '../../lib/db/records';
import { formatDate } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import { statusName } from '../../lib/shortlist/status';

/** `creator`: undefined while the shortlist is being read (or could not be), null when not on it. */
export function ShortlistStatus({ creator }: { creator: CreatorRecord | null | undefined }) {
  if (creator === undefined) return null;
  if (creator === null) {
    return (
      <p className="shortlist-status small muted" data-testid="shortlist-status" data-status="none">
        {t('pop_notOnShortlist')}
      </p>
    );
  }
  return (
    <p className="shortlist-status small on-shortlist" data-testid="shortlist-status" data-status={creator.status}>
      <span aria-hidden="true">★ </span>
      {t('pop_onShortlist', { date: formatDate(creator.createdAt), status: statusName(creator.status) })}
      {creator.doNotWork ? (
        <strong className="dnw" data-testid="do-not-work">
          {' · '}
          {t('pop_doNotWork', { reason: creator.doNotWork.reason })}
        </strong>
      ) : null}
    </p>
  );
}
