// What a seller asks first, in one line below the card's top flags: how old the account is, whether
// it sells, its category, its own country; each says so where the page does not show it.
import { localeTag, t } from '../../lib/i18n';
import { SELLER_MARK_WORDS } from '../../lib/i18n/format';
import type { Snapshot } from '../../lib/schema/snapshot';
import { YOUNG_ACCOUNT_DAYS } from '../../lib/scoring/flags-age';
import { DAY_MS } from '../../lib/scoring/sample';

/** "5 years", "4 months", "41 days": the account's age at the reading; in days under a quarter, as the young-account check counts it. */
function age(joined: number, at: number): string {
  const days = Math.max(0, Math.floor((at - joined) / DAY_MS));
  if (days < YOUNG_ACCOUNT_DAYS) return t('fa_ageDays', { days });
  const start = new Date(joined);
  const end = new Date(at);
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (end.getUTCDate() < start.getUTCDate()) months -= 1;
  if (months >= 12) return t('fa_ageYears', { years: Math.floor(months / 12) });
  return t('fa_ageMonths', { months });
}

/** A region code in the UI language ("ES" -> "Spain", "西班牙"); anything else as the page wrote it. */
function countryName(country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames([localeTag()], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** Why a fact is missing: the page does not show it, or the reading predates the fact. */
const missing = (value: unknown) => t(value === undefined ? 'fa_notRead' : 'fa_notShown');

export function accountFactParts(snapshot: Snapshot): string[] {
  const { joinedAt, sellerMarks, category, country } = snapshot.creator;
  const parts: string[] = [];
  parts.push(joinedAt ? t('fa_joined', { joined: joinedAt.value, age: age(joinedAt.value, snapshot.capturedAt) }) : t('fa_joinedUnknown', { unknown: missing(joinedAt) }));
  if (!sellerMarks) parts.push(t('fa_sellsUnknown', { unknown: missing(sellerMarks) }));
  else if (sellerMarks.length === 0) parts.push(t('fa_sellsNone'));
  else parts.push(t('fa_sells', { marks: new Intl.ListFormat([localeTag()], { type: 'conjunction' }).format(sellerMarks.map((mark) => t(SELLER_MARK_WORDS[mark]))) }));
  if (category) parts.push(t('fa_category', { category }));
  parts.push(country ? t('fa_country', { country: countryName(country) }) : t('fa_countryUnknown', { unknown: missing(country) }));
  return parts;
}

export function AccountFacts({ snapshot }: { snapshot: Snapshot }) {
  return (
    <p className="account-facts small" data-testid="account-facts" aria-label={t('fa_factsLabel')}>
      {accountFactParts(snapshot).join(' · ')}
    </p>
  );
}
