// The outreach pipeline's statuses in words. The stored value is always the id (lib/db/records).
import { getLocale, say, text, type Locale, type Text } from '../i18n';
import type { Status } from '../db/records';

/** Each status in words: show it with say() (or statusName). */
export const STATUS_LABELS: Record<Status, Text> = {
  'to-review': text('data_statusToReview'),
  shortlisted: text('data_statusShortlisted'),
  contacted: text('data_statusContacted'),
  negotiating: text('data_statusNegotiating'),
  approved: text('data_statusApproved'),
  rejected: text('data_statusRejected'),
};

/** A status in words, in the UI language or the one given. */
export function statusName(status: Status, locale: Locale = getLocale()): string {
  return say(STATUS_LABELS[status], locale);
}
