// The fields a user keeps on a creator. Saving writes only the fields the user changed (saveEdits);
// fields changed elsewhere meanwhile show here as they are stored, unless the user changed them too:
// then the save stops and asks, field by field, which value to keep.
import { useEffect, useId, useRef, useState } from 'react';
import { STATUSES, type CreatorRecord, type Status } from '../../lib/db/records';
import { statusName } from '../../lib/shortlist/status';
import type { CreatorLensDatabase } from '../../lib/db';
import { editableValues, saveEdits, type EditableValues, type EditConflict } from '../../lib/db/creators';
import { say, t } from '../../lib/i18n';
import { recountAfterFailure } from '../../lib/db/errors';
import { CURRENCIES, formatMoney } from '../../lib/shortlist/pricing';
import { GRADES, type Grade } from '../../lib/schema/assessment';
import { AmountSchema, EmailSchema } from '../../lib/schema/bounds';
import { editStateOf, follow, resolve, valuesOf, type Draft, type EditState } from './edit-draft';

/** What is wrong with the draft, in words; null when it can be saved. */
function problemOf(draft: Draft): string | null {
  // The same bounds as a CSV import and a restore (lib/schema/bounds): what one accepts, all do.
  if (draft.amount.trim() !== '' && !AmountSchema.safeParse(Number(draft.amount)).success) return t('dash_priceInvalid');
  if (draft.email.trim() !== '' && !EmailSchema.safeParse(draft.email.trim()).success) return t('dash_emailInvalid');
  if (draft.override && !draft.overrideReason.trim()) return t('dash_overrideNeedsReason');
  if (draft.doNotWork && !draft.doNotWorkReason.trim()) return t('dash_doNotWorkNeedsReason');
  return null;
}

/** A value of a conflicting field in words; null for an empty one. */
function valueText(conflict: EditConflict, side: 'mine' | 'theirs', computedGrade: Grade | null): string | null {
  const shown = { field: conflict.field, value: conflict[side] } as { [F in keyof EditableValues]: { field: F; value: EditableValues[F] } }[EditConflict['field']];
  switch (shown.field) {
    case 'status':
      return statusName(shown.value);
    case 'price':
      return shown.value && formatMoney(shown.value.amount, shown.value.currency);
    case 'gradeOverride':
      if (shown.value) return t('edit_gradeByHand', { grade: shown.value.grade, reason: shown.value.reason });
      return computedGrade ? t('edit_gradeComputed', { grade: computedGrade }) : t('edit_gradeComputedNone');
    case 'doNotWork':
      return shown.value?.reason ?? null;
    default:
      return shown.value;
  }
}

function ConflictChoice({ conflict, computedGrade, onChoose }: { conflict: EditConflict; computedGrade: Grade | null; onChoose(keep: 'mine' | 'theirs'): void }) {
  const theirs = valueText(conflict, 'theirs', computedGrade);
  const mine = valueText(conflict, 'mine', computedGrade) ?? t(conflict.field === 'doNotWork' ? 'edit_notMarked' : 'edit_none');
  return (
    <li data-conflict={conflict.field}>
      <span>{theirs === null ? t('edit_cleared', { field: conflict.field }) : t('edit_changed', { field: conflict.field, theirs })}</span>{' '}
      <span className="row-inputs">
        <button type="button" onClick={() => onChoose('theirs')}>{theirs === null ? t('edit_keepRemoved') : t('edit_keep', { value: theirs })}</button>
        <button type="button" onClick={() => onChoose('mine')}>{t('edit_useMine', { value: mine })}</button>
      </span>
    </li>
  );
}

/**
 * The form, with `bioEmail` (the address the newest reading found in the bio) filling the Contact
 * e-mail field while the user has set none, marked as from the bio until they change it: only then is
 * it theirs and saved (the CSV tells a user's address from a bio's one).
 */
export function CreatorEditForm({
  db,
  creator,
  computedGrade,
  bioEmail,
  onSaved,
}: {
  db: CreatorLensDatabase;
  creator: CreatorRecord;
  computedGrade: Grade | null;
  bioEmail: string | null;
  onSaved(message: string): void;
}) {
  const [form, setForm] = useState<EditState>(() => editStateOf(editableValues(creator)));
  const [conflicts, setConflicts] = useState<EditConflict[]>([]);
  const [newTag, setNewTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Whether the user has typed in the e-mail field since the form opened (or was reset).
  const [emailTyped, setEmailTyped] = useState(false);
  const id = useId();
  const newTagInput = useRef<HTMLInputElement>(null);
  const { draft } = form;
  // The bio's address stands in the field, not in the draft: saving leaves the user's e-mail unset.
  const emailFromBio = !emailTyped && draft.email === '' ? bioEmail : null;
  // The record changed (here, in another tab, the popup, the bulk bar): fields the user has not touched follow it.
  useEffect(() => setForm((current) => follow(current, editableValues(creator))), [creator]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setForm((current) => ({ ...current, draft: { ...current.draft, [key]: value } }));
  const addTag = () => {
    const tag = newTag.trim();
    if (tag && !draft.tags.includes(tag)) set('tags', [...draft.tags, tag]);
    setNewTag('');
  };

  async function save(state: EditState) {
    const found = problemOf(state.draft);
    setProblem(found);
    if (found) return;
    try {
      const outcome = await saveEdits(db, creator.id, state.opened, valuesOf(state.draft), Date.now());
      if (outcome.kind === 'conflicts') {
        setConflicts(outcome.conflicts);
        return;
      }
      setConflicts([]);
      if (outcome.kind === 'gone') {
        setProblem(t('dash_gone'));
        return;
      }
      setForm(editStateOf(editableValues(outcome.creator)));
      onSaved(t('dash_saved', { handle: creator.handle }));
    } catch (failure) {
      setProblem(say(await recountAfterFailure(db, failure)));
    }
  }

  /** The user chose for one conflicting field; once every one is chosen, the save goes on. */
  function choose(conflict: EditConflict, keep: 'mine' | 'theirs') {
    const next = resolve(form, conflict, keep);
    const left = conflicts.filter((other) => other.field !== conflict.field);
    setForm(next);
    setConflicts(left);
    if (left.length === 0) void save(next);
  }

  return (
    <form
      className="edit-form"
      aria-label={t('dash_editLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void save(form);
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
          <span>
            {t('dash_email')}
            {emailFromBio ? ' ' : null}
            {emailFromBio ? (
              <span className="from-bio" title={t('contact_fromBioNote')} data-testid="email-from-bio">
                {t('contact_fromBio')}
              </span>
            ) : null}
          </span>
          <input
            type="email"
            value={emailFromBio ?? draft.email}
            onChange={(event) => {
              setEmailTyped(true);
              set('email', event.target.value);
            }}
            maxLength={254}
          />
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
      {conflicts.length > 0 ? (
        <div className="notice edit-conflicts" role="alert">
          <p>{t('edit_conflictsIntro', { count: conflicts.length })}</p>
          <ul>
            {conflicts.map((conflict) => (
              <ConflictChoice key={conflict.field} conflict={conflict} computedGrade={computedGrade} onChoose={(keep) => choose(conflict, keep)} />
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">{t('dash_saveChanges')}</button>
        <button type="button" onClick={() => { setForm(editStateOf(editableValues(creator))); setConflicts([]); setProblem(null); setEmailTyped(false); }}>{t('dash_reset')}</button>
      </div>
    </form>
  );
}
