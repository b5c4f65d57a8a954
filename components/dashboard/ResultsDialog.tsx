// The dialog that types a creator's results by hand: for the creator as a whole or one of their
// delivered posts; clicks, orders, items sold, new customers, revenue, refunds and commission paid.
// Choosing what the results are for shows what is stored for it. A field it cannot take says why
// beside it; a save that fails keeps every field as typed.
import { useEffect, useId, useRef, useState } from 'react';
import { COUNT_FIELDS, resultDraftOf, resultFromDraft, storedFor, type ResultDraft, type ResultField, type ResultTarget } from '../../lib/campaign/result-draft';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import type { DeliverableRecord } from '../../lib/db/deliverable-record';
import type { ResultRecord } from '../../lib/db/result-record';
import { formatDateTime } from '../../lib/i18n/format';
import { say, t, type MessageKey } from '../../lib/i18n';
import { ModalDialog } from '../shared/ModalDialog';
import { CheckedForm } from './CheckedForm';
import { CurrencySelect } from './CurrencySelect';
import { fieldChecks } from './field-checks';
import { useCheckedSave } from './useCheckedSave';

interface Props {
  campaign: CampaignRecord;
  creatorId: string;
  /** The creator's name as the row shows it. */
  name: string;
  /** The creator's delivered posts in this campaign. */
  posts: readonly DeliverableRecord[];
  /** The campaign's stored results, to show what was typed before. */
  stored: readonly ResultRecord[];
  currency: string;
  now: () => number;
  /** Stores the result; throws when it could not be stored. */
  onSave(result: ResultRecord): Promise<void>;
  onClose(): void;
}

const COUNT_LABELS = { clicks: 'res_fieldClicks', orders: 'res_fieldOrders', itemsSold: 'res_fieldItemsSold', newCustomers: 'res_fieldNewCustomers' } as const satisfies Record<(typeof COUNT_FIELDS)[number], MessageKey>;
const MONEY_LABELS = { revenue: 'res_fieldRevenue', refunds: 'res_fieldRefunds', commission: 'res_fieldCommission' } as const;

const targetOf = (choice: string): ResultTarget => (choice === '' ? { kind: 'creator' } : { kind: 'post', deliverableId: choice });

export function ResultsDialog({ campaign, creatorId, name, posts, stored, currency, now, onSave, onClose }: Props) {
  const ids = useId();
  const [choice, setChoice] = useState('');
  const before = storedFor(stored, campaign.id, creatorId, targetOf(choice));
  const [draft, setDraft] = useState<ResultDraft>(() => resultDraftOf(before, currency));
  const { errors, failure, busy, form, save: checkedSave, clear } = useCheckedSave<ResultField>('result-failure');
  const forField = useRef<HTMLSelectElement>(null);
  useEffect(() => forField.current?.focus(), []);
  const { fieldId, checked, refusal } = fieldChecks<ResultField>(ids, errors);
  const set = (key: keyof ResultDraft, value: string) => setDraft((draftBefore) => ({ ...draftBefore, [key]: value }));

  const choose = (next: string) => {
    setChoice(next);
    setDraft(resultDraftOf(storedFor(stored, campaign.id, creatorId, targetOf(next)), currency));
    clear();
  };

  const save = () =>
    checkedSave(
      () => {
        const made = resultFromDraft(draft, { campaignId: campaign.id, creatorId, target: targetOf(choice) }, now());
        return 'errors' in made ? made : { store: () => onSave(made.result) };
      },
      (reason) => t('res_notSaved', { reason }),
    );

  const formError = failure ?? (errors.form ? say(errors.form) : null);
  return (
    <ModalDialog className="campaign-dialog results-dialog" aria-labelledby={`${ids}-title`} onCancel={onClose}>
      <h2 id={`${ids}-title`}>{t('res_title', { name, campaign: campaign.name })}</h2>
      <CheckedForm form={form} onSubmit={save} failure={formError} failureClass="result-failure" refused={Object.keys(errors).length > 0} fixFields={t('res_fixFields')}>
        <p className="small muted">{t('res_hint')}</p>
        <div className="field">
          <label htmlFor={`${ids}-for`}>{t('res_fieldFor')}</label>
          <select ref={forField} id={`${ids}-for`} value={choice} onChange={(event) => choose(event.target.value)}>
            <option value="">{t('res_forCreator')}</option>
            {posts.map((post, index) => (
              <option key={post.id} value={post.id}>{t('res_forPost', { number: index + 1, url: post.url })}</option>
            ))}
          </select>
          <p className="small muted" data-testid="stored-note">{before ? t('res_stored', { date: formatDateTime(before.at) }) : t('res_notStored')}</p>
        </div>
        <div className="pair">
          {COUNT_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={fieldId(field)}>{t(COUNT_LABELS[field])}</label>
              <input type="text" inputMode="numeric" {...checked(field)} value={draft[field]} onChange={(event) => set(field, event.target.value)} />
              {refusal(field)}
            </div>
          ))}
        </div>
        {(['revenue', 'refunds', 'commission'] as const).map((field) => (
          <div className="pair" key={field}>
            <div className="field">
              <label htmlFor={fieldId(field)}>{t(MONEY_LABELS[field])}</label>
              <input type="text" inputMode="decimal" {...checked(field)} value={draft[field]} onChange={(event) => set(field, event.target.value)} />
              {refusal(field)}
            </div>
            <CurrencySelect id={`${ids}-${field}Currency`} label={t('res_fieldCurrency')} value={draft[`${field}Currency`]} onChange={(code) => set(`${field}Currency`, code)} />
          </div>
        ))}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={busy}>{t('res_save')}</button>
          <button type="button" onClick={onClose}>{t('pop_cancel')}</button>
        </div>
      </CheckedForm>
    </ModalDialog>
  );
}
