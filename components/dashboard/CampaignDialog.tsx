// The dialog that creates or edits a campaign: name, goal, dates, markets and languages, niche words,
// platforms, budget per post with its currency and rate, minimum tier and KPI targets. A field it
// cannot take says why beside it and gets the keyboard; nothing is stored until every field reads.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { LANGUAGE_CODES, REGION_CODES } from '../../lib/campaign/choices';
import { campaignCurrency } from '../../lib/campaign/costs';
import { campaignFromDraft, draftOf, emptyDraft, isGoal, KPI_FIELDS, type CampaignDraft, type DraftErrors, type DraftField } from '../../lib/campaign/draft';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import { GOALS } from '../../lib/db/campaign-record';
import { say, t } from '../../lib/i18n';
import { TIER_IDS } from '../../lib/schema/assessment';
import { tierShortName } from '../../lib/scoring';
import { CodePicker } from '../shared/CodePicker';
import { CurrencySelect } from './CurrencySelect';
import { PlatformChoice } from '../shared/PlatformChoice';
import { ModalDialog } from '../shared/ModalDialog';
import { useFocusLater } from '../shared/useFocusLater';
import { fieldChecks } from './field-checks';

interface Props {
  /** The campaign edited; null for a new one. */
  campaign: CampaignRecord | null;
  newId: () => string;
  now: () => number;
  onSave(campaign: CampaignRecord): Promise<boolean>;
  onClose(): void;
  /** Why the last save failed, said inside the dialog: the page behind it is out of reach. */
  failure: string | null;
}

export function CampaignDialog({ campaign, newId, now, onSave, onClose, failure }: Props) {
  const ids = useId();
  const [draft, setDraft] = useState<CampaignDraft>(() => (campaign ? draftOf(campaign) : emptyDraft('USD')));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  useEffect(() => nameField.current?.focus(), []);

  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => setDraft((before) => ({ ...before, [key]: value }));
  const { fieldId, checked, refusal } = fieldChecks<DraftField>(ids, errors);
  const number = (field: DraftField, label: ReactNode, value: string, onChange: (value: string) => void, hint?: string) => (
    <div className="field" key={field}>
      <label htmlFor={fieldId(field)}>{label}</label>
      <input type="text" inputMode="decimal" {...checked(field)} value={value} onChange={(event) => onChange(event.target.value)} />
      {hint ? <p className="small muted">{hint}</p> : null}
      {refusal(field)}
    </div>
  );
  // The currency the results count in follows the budget fields as they are typed.
  const { currency, source } = campaignCurrency({ budget: draft.amount.trim() ? { currency: draft.currency } : null, totalBudget: draft.total.trim() ? { currency: draft.currency } : null });
  const title = campaign ? t('campaigns_editNamed', { name: campaign.name }) : t('campaigns_new');

  return (
    <ModalDialog className="campaign-dialog" aria-labelledby={`${ids}-title`} onCancel={onClose}>
      <h2 id={`${ids}-title`}>{title}</h2>
      <form
        ref={form}
        className="campaign-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          const result = campaignFromDraft(draft, campaign, campaign?.id ?? newId(), now());
          if ('errors' in result) {
            setErrors(result.errors);
            // The keyboard goes to the first field to mend, in the order of the form.
            const first = [...(form.current?.querySelectorAll<HTMLElement>('[aria-invalid="true"]') ?? [])][0];
            const wanted = Object.keys(result.errors)[0] as DraftField;
            focusLater(() => first ?? form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(wanted))}`));
            return;
          }
          setErrors({});
          setBusy(true);
          void onSave(result.campaign).finally(() => setBusy(false));
        }}
      >
        <div className="field">
          <label htmlFor={fieldId('name')}>{t('pop_fieldName')}</label>
          <input ref={nameField} type="text" {...checked('name')} value={draft.name} onChange={(event) => set('name', event.target.value)} placeholder={t('pop_fieldNamePlaceholder')} />
          {refusal('name')}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-goal`}>{t('campaigns_fieldGoal')}</label>
          <select id={`${ids}-goal`} value={draft.goal ?? ''} onChange={(event) => set('goal', isGoal(event.target.value) ? event.target.value : null)}>
            <option value="">{t('campaigns_noGoal')}</option>
            {GOALS.map((goal) => (
              <option key={goal} value={goal}>{t(`campaigns_goal_${goal}`)}</option>
            ))}
          </select>
        </div>
        <div className="pair">
          <div className="field">
            <label htmlFor={fieldId('startDate')}>{t('campaigns_fieldStart')}</label>
            <input type="date" {...checked('startDate')} value={draft.startDate} onChange={(event) => set('startDate', event.target.value)} />
            {refusal('startDate')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('endDate')}>{t('campaigns_fieldEnd')}</label>
            <input type="date" {...checked('endDate')} value={draft.endDate} onChange={(event) => set('endDate', event.target.value)} />
            {refusal('endDate')}
          </div>
        </div>
        <CodePicker kind="region" label={t('pop_fieldMarkets')} hint={t('opt_marketsHint')} codes={REGION_CODES} chosen={draft.targetMarkets} onChange={(next) => set('targetMarkets', next)} noMatch={(query) => t('opt_noMarketMatch', { query })} />
        <CodePicker kind="language" label={t('opt_fieldLanguages')} hint={t('opt_languagesHint')} codes={LANGUAGE_CODES} chosen={draft.languages} onChange={(next) => set('languages', next)} noMatch={(query) => t('opt_noLanguageMatch', { query })} />
        <div className="field">
          <label htmlFor={`${ids}-keywords`}>{t('pop_fieldKeywords')}</label>
          <input id={`${ids}-keywords`} type="text" value={draft.keywords} onChange={(event) => set('keywords', event.target.value)} placeholder={t('pop_fieldKeywordsPlaceholder')} />
        </div>
        <PlatformChoice chosen={draft.platforms} onChange={(next) => set('platforms', next)} />
        <div className="field">
          <label htmlFor={`${ids}-brand-handles`}>{t('deliv_brandHandles')}</label>
          <input id={`${ids}-brand-handles`} type="text" value={draft.brandHandles} onChange={(event) => set('brandHandles', event.target.value)} aria-describedby={`${ids}-brand-handles-hint`} />
          <p id={`${ids}-brand-handles-hint`} className="small muted">{t('deliv_brandHandlesHint')}</p>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-brand-hashtags`}>{t('deliv_brandHashtags')}</label>
          <input id={`${ids}-brand-hashtags`} type="text" value={draft.brandHashtags} onChange={(event) => set('brandHashtags', event.target.value)} aria-describedby={`${ids}-brand-hashtags-hint`} />
          <p id={`${ids}-brand-hashtags-hint`} className="small muted">{t('deliv_brandHashtagsHint')}</p>
        </div>
        <div className="pair">
          {number('total', t('campaigns_fieldTotal'), draft.total, (value) => set('total', value))}
          <CurrencySelect id={`${ids}-currency`} label={t('pop_fieldCurrency')} value={draft.currency} onChange={(code) => set('currency', code)} />
        </div>
        <div className="pair">
          {number('amount', t('pop_fieldBudget'), draft.amount, (value) => set('amount', value))}
          {draft.currency !== 'USD' ? number('perUsd', t('opt_rateLabel', { currency: draft.currency }), draft.perUsd, (value) => set('perUsd', value)) : null}
        </div>
        <div className="field">
          <label htmlFor={`${ids}-tier`}>{t('pop_fieldMinTier')}</label>
          <select id={`${ids}-tier`} value={draft.minTier ?? ''} onChange={(event) => set('minTier', TIER_IDS.find((tier) => tier === event.target.value) ?? null)}>
            <option value="">{t('pop_anyTier')}</option>
            {TIER_IDS.map((tier) => (
              <option key={tier} value={tier}>{say(tierShortName(tier))}</option>
            ))}
          </select>
        </div>
        <fieldset className="kpis">
          <legend>{t('campaigns_kpis')}</legend>
          <p className="small muted">{t('campaigns_kpiCurrency', { currency: draft.currency })}</p>
          <div className="kpi-grid">
            {KPI_FIELDS.map((field) => number(field, t(`campaigns_kpi_${field}`), draft.kpis[field], (value) => set('kpis', { ...draft.kpis, [field]: value })))}
          </div>
        </fieldset>
        <fieldset className="kpis">
          <legend>{t('roi_costsLegend')}</legend>
          <p className="small muted">{t('roi_costsCurrency', { currency, source: t(`roi_source_${source}`) })}</p>
          {number('costRates', t('roi_fieldRates'), draft.costRates, (value) => set('costRates', value), t('roi_ratesHint', { currency }))}
          {number('grossMarginPercent', t('roi_fieldMargin'), draft.grossMarginPercent, (value) => set('grossMarginPercent', value), t('roi_marginHint'))}
        </fieldset>
        {failure !== null ? <p className="error" role="alert">{failure}</p> : null}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={busy}>{t('campaigns_save')}</button>
          <button type="button" onClick={onClose}>{t('pop_cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
