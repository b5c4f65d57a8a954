// The fields a user keeps on a creator, saved together with editCreator.
import { useId, useRef, useState } from 'react';
import { STATUSES, type CreatorRecord, type Status } from '../../lib/db/records';
import { statusName } from '../../lib/shortlist/status';
import type { CreatorLensDatabase } from '../../lib/db';
import { editCreator } from '../../lib/db/creators';
import { say, t } from '../../lib/i18n';
import { recountAfterFailure } from '../../lib/db/errors';
import { CURRENCIES } from '../../lib/shortlist/pricing';
import { GRADES, type Grade } from '../../lib/schema/assessment';

interface Draft {
  status: Status;
  tags: string[];
  amount: string;
  currency: string;
  email: string;
  targetMarket: string;
  override: Grade | '';
  overrideReason: string;
  doNotWork: boolean;
  doNotWorkReason: string;
}

function draftOf(creator: CreatorRecord): Draft {
  return {
    status: creator.status,
    tags: creator.tags,
    amount: creator.price ? String(creator.price.amount) : '',
    currency: creator.price?.currency ?? 'USD',
    email: creator.email ?? '',
    targetMarket: creator.targetMarket ?? '',
    override: creator.gradeOverride?.grade ?? '',
    overrideReason: creator.gradeOverride?.reason ?? '',
    doNotWork: creator.doNotWork !== null,
    doNotWorkReason: creator.doNotWork?.reason ?? '',
  };
}

/** What is wrong with the draft, in words; null when it can be saved. */
function problemOf(draft: Draft): string | null {
  if (draft.amount.trim() !== '') {
    const amount = Number(draft.amount);
    if (!Number.isFinite(amount) || amount <= 0) return t('dash_priceInvalid');
  }
  if (draft.override && !draft.overrideReason.trim()) return t('dash_overrideNeedsReason');
  if (draft.doNotWork && !draft.doNotWorkReason.trim()) return t('dash_doNotWorkNeedsReason');
  return null;
}

export function CreatorEditForm({ db, creator, computedGrade, onSaved }: { db: CreatorLensDatabase; creator: CreatorRecord; computedGrade: Grade | null; onSaved(message: string): void }) {
  const [draft, setDraft] = useState(() => draftOf(creator));
  const [newTag, setNewTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const newTagInput = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const addTag = () => {
    const tag = newTag.trim();
    if (tag && !draft.tags.includes(tag)) set('tags', [...draft.tags, tag]);
    setNewTag('');
  };

  async function save() {
    const found = problemOf(draft);
    setProblem(found);
    if (found) return;
    try {
      await editCreator(
        db,
        creator.id,
        {
          status: draft.status,
          tags: draft.tags,
          price: draft.amount.trim() === '' ? null : { amount: Number(draft.amount), currency: draft.currency },
          email: draft.email,
          targetMarket: draft.targetMarket,
          gradeOverride: draft.override ? { grade: draft.override, reason: draft.overrideReason.trim() } : null,
          doNotWork: draft.doNotWork ? { reason: draft.doNotWorkReason.trim() } : null,
        },
        Date.now(),
      );
      onSaved(t('dash_saved', { handle: creator.handle }));
    } catch (failure) {
      setProblem(say(await recountAfterFailure(db, failure)));
    }
  }

  return (
    <form
      className="edit-form"
      aria-label={t('dash_editLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <label className="field">
          <span>{t('dash_status')}</span>
          <select value={draft.status} onChange={(event) => set('status', event.target.value as Status)}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>{statusName(status)}</option>
            ))}
          </select>
        </label>
        <div className="field price-field">
          <label htmlFor={`${id}-amount`}>{t('dash_pricePerPost')}</label>
          <div className="row-inputs">
            <input id={`${id}-amount`} type="number" min="0" step="any" inputMode="decimal" value={draft.amount} onChange={(event) => set('amount', event.target.value)} />
            <label>
              <span className="visually-hidden">{t('dash_currency')}</span>
              <select value={draft.currency} onChange={(event) => set('currency', event.target.value)}>
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>{code}</option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <label className="field">
          <span>{t('dash_email')}</span>
          <input type="email" value={draft.email} onChange={(event) => set('email', event.target.value)} maxLength={254} />
        </label>
        <label className="field">
          <span>{t('dash_market')}</span>
          <input type="text" value={draft.targetMarket} onChange={(event) => set('targetMarket', event.target.value)} maxLength={100} placeholder={t('dash_marketPlaceholder')} />
        </label>
      </div>

      <fieldset className="tags-field">
        <legend>{t('dash_tags')}</legend>
        <ul className="tag-list">
          {draft.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={t('dash_removeTag', { tag })}
                onClick={() => {
                  set('tags', draft.tags.filter((other) => other !== tag));
                  // The button goes with its tag: the keyboard goes on to the field that adds one.
                  newTagInput.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
          {draft.tags.length === 0 ? <li className="muted small">{t('dash_noTags')}</li> : null}
        </ul>
        <div className="row-inputs">
          <label>
            <span className="visually-hidden">{t('dash_newTag')}</span>
            <input
              ref={newTagInput}
              type="text"
              placeholder={t('dash_newTag')}
              value={newTag}
              maxLength={100}
              onChange={(event) => setNewTag(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addTag();
                }
              }}
            />
          </label>
          <button type="button" onClick={addTag} disabled={!newTag.trim()}>{t('dash_addTag')}</button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('dash_grade')}</legend>
        <div className="row-inputs">
          <label>
            <span className="visually-hidden">{t('dash_gradeOverride')}</span>
            <select value={draft.override} onChange={(event) => set('override', event.target.value as Grade | '')}>
              <option value="">{t('dash_gradeComputed', { grade: computedGrade ?? t('dash_gradeNone') })}</option>
              {GRADES.map((grade) => (
                <option key={grade} value={grade}>{t('dash_gradeByHand', { grade })}</option>
              ))}
            </select>
          </label>
          <label className="grow">
            <span className="visually-hidden">{t('dash_overrideReasonLabel')}</span>
            <input type="text" placeholder={t('dash_overrideReasonPlaceholder')} value={draft.overrideReason} disabled={!draft.override} onChange={(event) => set('overrideReason', event.target.value)} />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('dash_doNotWorkWith')}</legend>
        <div className="row-inputs">
          <label className="check">
            <input type="checkbox" checked={draft.doNotWork} onChange={(event) => set('doNotWork', event.target.checked)} /> {t('dash_doNotWorkCheck')}
          </label>
          <label className="grow">
            <span className="visually-hidden">{t('dash_doNotWorkReasonLabel')}</span>
            <input type="text" placeholder={t('dash_reason')} value={draft.doNotWorkReason} disabled={!draft.doNotWork} onChange={(event) => set('doNotWorkReason', event.target.value)} />
          </label>
        </div>
      </fieldset>

      {problem ? <p className="error" role="alert">{problem}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary">{t('dash_saveChanges')}</button>
        <button type="button" onClick={() => { setDraft(draftOf(creator)); setProblem(null); }}>{t('dash_reset')}</button>
      </div>
    </form>
  );
}
