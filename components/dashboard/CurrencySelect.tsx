// A currency field of the campaign and deal dialogs: the currencies the shortlist prices in, by name.
import { nameOf } from '../../lib/campaign/choices';
import { t } from '../../lib/i18n';
import { CURRENCIES } from '../../lib/shortlist/pricing';

export function CurrencySelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(code: string): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {/* A record stored with a currency no longer offered keeps it. */}
        {(CURRENCIES.some((code) => code === value) ? CURRENCIES : [value, ...CURRENCIES]).map((code) => (
          <option key={code} value={code}>{t('opt_currencyOption', { name: nameOf('currency', code) ?? code, code })}</option>
        ))}
      </select>
    </div>
  );
}
