// The dialog that edits a creator's deal in a campaign: fee and currency, samples sent, commission,
// discount code, the tracking link with its UTM builder, the posts promised, usage rights and contract
// notes. A field it cannot take says why beside it; a save that fails keeps every field as typed and
// says why inside the dialog.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { dayOf, dealDraftOf, dealFromDraft, emptyPromise, emptySample, type DealDraft, type DealField, type SampleDraft, type PromiseDraft } from '../../lib/campaign/deal-draft';
import { buildTrackingLink, suggestedUtm, UTM_FIELDS, type UtmField } from '../../lib/campaign/utm';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import { DELIVERABLE_FORMATS, MAX_DEAL_LINES, type DealRecord } from '../../lib/db/deal-record';
import { say, t } from '../../lib/i18n';
import { ModalDialog } from '../shared/ModalDialog';
import { CheckedForm } from './CheckedForm';
import { CurrencySelect } from './CurrencySelect';
import { fieldChecks } from './field-checks';
import { useCheckedSave } from './useCheckedSave';
import './DealDialog.css';

interface Props {
  deal: DealRecord;
  campaign: CampaignRecord;
  /** The creator's name as the row shows it. */
  name: string;
  platform: string;
  handle: string;
  now: () => number;
  /** Stores the deal; throws when it could not be stored. */
  onSave(deal: DealRecord): Promise<void>;
  onClose(): void;
}

const UTM_LABELS = { source: 'deal_fieldSource', medium: 'deal_fieldMedium', campaign: 'deal_fieldCampaign', content: 'deal_fieldContent' } as const satisfies Record<UtmField, string>;

export function DealDialog({ deal, campaign, name, platform, handle, now, onSave, onClose }: Props) {
  const ids = useId();
  const currency = campaign.budget?.currency.toUpperCase() ?? 'USD';
  const [draft, setDraft] = useState<DealDraft>(() => dealDraftOf(deal, suggestedUtm('', platform, campaign.name, handle), currency));
  const [copied, setCopied] = useState<string | null>(null);
  const { errors, failure, busy, form, save: checkedSave } = useCheckedSave<DealField>('deal-failure');
  const feeField = useRef<HTMLInputElement>(null);
  useEffect(() => feeField.current?.focus(), []);

  const set = <K extends keyof DealDraft>(key: K, value: DealDraft[K]) => setDraft((before) => ({ ...before, [key]: value }));
  const setSample = (index: number, change: Partial<SampleDraft>) => set('samples', draft.samples.map((line, at) => (at === index ? { ...line, ...change } : line)));
  const setPromise = (index: number, change: Partial<PromiseDraft>) => set('promised', draft.promised.map((line, at) => (at === index ? { ...line, ...change } : line)));
  const { fieldId, checked, refusal } = fieldChecks<DealField>(ids, errors);
  const input = (field: DealField, label: ReactNode, value: string, onChange: (value: string) => void, kind: 'text' | 'amount' | 'date' = 'text') => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{label}</label>
      <input type={kind === 'date' ? 'date' : 'text'} inputMode={kind === 'amount' ? 'decimal' : undefined} {...checked(field)} value={value} onChange={(event) => onChange(event.target.value)} />
      {refusal(field)}
    </div>
  );
  const built = draft.utm.base.trim() === '' ? null : buildTrackingLink(draft.utm);
  const link = built !== null && 'link' in built ? built.link : null;

  const save = () =>
    checkedSave(
      () => {
        const result = dealFromDraft(draft, deal, dayOf(now()), now());
        return 'errors' in result ? result : { store: () => onSave(result.deal) };
      },
      (reason) => t('deal_notSaved', { reason }),
    );

  const formError = failure ?? (errors.form ? say(errors.form) : null);
  return (
    <ModalDialog className="campaign-dialog deal-dialog" aria-labelledby={`${ids}-title`} onCancel={onClose}>
      <h2 id={`${ids}-title`}>{t('deal_title', { name, campaign: campaign.name })}</h2>
      <CheckedForm form={form} onSubmit={save} failure={formError} failureClass="deal-failure" refused={Object.keys(errors).length > 0} fixFields={t('deal_fixFields')}>
        <div className="pair">
          <div className="field">
            <label htmlFor={fieldId('fee')}>{t('deal_fieldFee')}</label>
            <input ref={feeField} type="text" inputMode="decimal" {...checked('fee')} value={draft.feeAmount} onChange={(event) => set('feeAmount', event.target.value)} />
            {refusal('fee')}
          </div>
          <CurrencySelect id={`${ids}-feeCurrency`} label={t('deal_fieldCurrency')} value={draft.feeCurrency} onChange={(code) => set('feeCurrency', code)} />
        </div>
        <div className="pair">
          {input('commission', t('deal_fieldCommission'), draft.commission, (value) => set('commission', value), 'amount')}
          {input('discountCode', t('deal_fieldCode'), draft.discountCode, (value) => set('discountCode', value))}
        </div>

        <fieldset className="deal-lines">
          <legend>{t('deal_samples')}</legend>
          {draft.samples.map((line, index) => (
            <div className="deal-line" role="group" aria-label={t('deal_sampleLine', { number: index + 1 })} key={index}>
              {input(`samples.${index}.product`, t('deal_fieldProduct'), line.product, (product) => setSample(index, { product }))}
              {input(`samples.${index}.cost`, t('deal_fieldCost'), line.cost, (cost) => setSample(index, { cost }), 'amount')}
              <CurrencySelect id={`${ids}-samples-${index}-currency`} label={t('deal_fieldCurrency')} value={line.currency} onChange={(code) => setSample(index, { currency: code })} />
              {input(`samples.${index}.sentOn`, t('deal_fieldSentOn'), line.sentOn, (sentOn) => setSample(index, { sentOn }), 'date')}
              {input(`samples.${index}.receivedOn`, t('deal_fieldReceivedOn'), line.receivedOn, (receivedOn) => setSample(index, { receivedOn }), 'date')}
              <button type="button" className="ghost remove-line" aria-label={t('deal_removeSample', { number: index + 1 })} title={t('deal_removeSample', { number: index + 1 })} onClick={() => set('samples', draft.samples.filter((_, at) => at !== index))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" disabled={draft.samples.length >= MAX_DEAL_LINES} onClick={() => set('samples', [...draft.samples, emptySample(draft.feeCurrency)])}>
            {t('deal_addSample')}
          </button>
        </fieldset>

        <fieldset className="deal-utm">
          <legend>{t('deal_tracking')}</legend>
          <p className="small muted">{t('deal_trackingHint')}</p>
          {input('base', t('deal_fieldBase'), draft.utm.base, (base) => set('utm', { ...draft.utm, base }))}
          <div className="utm-grid">
            {UTM_FIELDS.map((field) => (
              <div key={field}>{input(field, t(UTM_LABELS[field]), draft.utm[field], (value) => set('utm', { ...draft.utm, [field]: value }))}</div>
            ))}
          </div>
          <div className="field">
            <label htmlFor={`${ids}-link`}>{t('deal_linkResult')}</label>
            {link !== null ? (
              <div className="utm-result">
                <output id={`${ids}-link`} data-testid="tracking-link">{link}</output>
                <button
                  type="button"
                  onClick={() =>
                    navigator.clipboard.writeText(link).then(
                      () => setCopied(t('deal_copied')),
                      () => setCopied(t('deal_copyFailed')),
                    )
                  }
                >
                  {t('deal_copy')}
                </button>
              </div>
            ) : (
              <output id={`${ids}-link`} className="muted small">{built !== null && 'errors' in built ? say(built.errors.base) : t('deal_linkNone')}</output>
            )}
            <span className="small" role="status">{copied}</span>
          </div>
        </fieldset>

        <fieldset className="deal-lines">
          <legend>{t('deal_promised')}</legend>
          {draft.promised.map((line, index) => (
            <div className="deal-line" role="group" aria-label={t('deal_promiseLine', { number: index + 1 })} key={index}>
              {input(`promised.${index}.count`, t('deal_fieldCount'), line.count, (count) => setPromise(index, { count }), 'amount')}
              <div className="field">
                <label htmlFor={`${ids}-promised-${index}-format`}>{t('deal_fieldFormat')}</label>
                <select id={`${ids}-promised-${index}-format`} value={line.format} onChange={(event) => setPromise(index, { format: DELIVERABLE_FORMATS.find((format) => format === event.target.value) ?? 'other' })}>
                  {DELIVERABLE_FORMATS.map((format) => (
                    <option key={format} value={format}>{t(`deal_format_${format}`)}</option>
                  ))}
                </select>
              </div>
              {input(`promised.${index}.dueDate`, t('deal_fieldDue'), line.dueDate, (dueDate) => setPromise(index, { dueDate }), 'date')}
              <button type="button" className="ghost remove-line" aria-label={t('deal_removePromise', { number: index + 1 })} title={t('deal_removePromise', { number: index + 1 })} onClick={() => set('promised', draft.promised.filter((_, at) => at !== index))}>
                ×
              </button>
            </div>
          ))}
          <button type="button" disabled={draft.promised.length >= MAX_DEAL_LINES} onClick={() => set('promised', [...draft.promised, emptyPromise()])}>
            {t('deal_addPromise')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('deal_rights')}</legend>
          <div className="pair">
            {input('rightsWhat', t('deal_fieldRightsWhat'), draft.rightsWhat, (value) => set('rightsWhat', value))}
            {input('rightsWhere', t('deal_fieldRightsWhere'), draft.rightsWhere, (value) => set('rightsWhere', value))}
            {input('rightsUntil', t('deal_fieldRightsUntil'), draft.rightsUntil, (value) => set('rightsUntil', value), 'date')}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={fieldId('notes')}>{t('deal_fieldNotes')}</label>
          <textarea rows={3} {...checked('notes')} value={draft.notes} onChange={(event) => set('notes', event.target.value)} />
          {refusal('notes')}
        </div>
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={busy}>{t('deal_save')}</button>
          <button type="button" onClick={onClose}>{t('pop_cancel')}</button>
        </div>
      </CheckedForm>
    </ModalDialog>
  );
}
