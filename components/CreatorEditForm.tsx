// The fields a user keeps on a creator, saved together with editCreator.
import { useId, useState } from 'react';
import { STATUSES, STATUS_LABELS, type CreatorLensDatabase, type CreatorRecord, type Status } from '../lib/db';
import { editCreator } from '../lib/db/creators';
import { CURRENCIES } from '../lib/pricing';
import type { Grade } from '../lib/scoring';

const GRADES: Grade[] = ['S', 'A', 'B', 'C', 'D'];

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
    if (!Number.isFinite(amount) || amount <= 0) return 'The price must be a positive amount (or empty for no price).';
  }
  if (draft.override && !draft.overrideReason.trim()) return 'Say why the grade is set by hand.';
  if (draft.doNotWork && !draft.doNotWorkReason.trim()) return 'Say why not to work with this creator.';
  return null;
}

export function CreatorEditForm({ db, creator, computedGrade, onSaved }: { db: CreatorLensDatabase; creator: CreatorRecord; computedGrade: Grade | null; onSaved(message: string): void }) {
  const [draft, setDraft] = useState(() => draftOf(creator));
  const [newTag, setNewTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
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
      onSaved(`Saved changes to @${creator.handle}.`);
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form
      className="edit-form"
      aria-label="Edit creator"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <label className="field">
          <span>Status</span>
          <select value={draft.status} onChange={(event) => set('status', event.target.value as Status)}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>{STATUS_LABELS[status]}</option>
            ))}
          </select>
        </label>
        <div className="field price-field">
          <label htmlFor={`${id}-amount`}>Price per post</label>
          <div className="row-inputs">
            <input id={`${id}-amount`} type="number" min="0" step="any" inputMode="decimal" value={draft.amount} onChange={(event) => set('amount', event.target.value)} />
            <label>
              <span className="visually-hidden">Currency</span>
              <select value={draft.currency} onChange={(event) => set('currency', event.target.value)}>
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>{code}</option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <label className="field">
          <span>Contact e-mail</span>
          <input type="email" value={draft.email} onChange={(event) => set('email', event.target.value)} maxLength={254} />
        </label>
        <label className="field">
          <span>Target market</span>
          <input type="text" value={draft.targetMarket} onChange={(event) => set('targetMarket', event.target.value)} maxLength={100} placeholder="e.g. US, DACH, Southeast Asia" />
        </label>
      </div>

      <fieldset className="tags-field">
        <legend>Tags</legend>
        <ul className="tag-list">
          {draft.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => set('tags', draft.tags.filter((other) => other !== tag))}>
                ×
              </button>
            </li>
          ))}
          {draft.tags.length === 0 ? <li className="muted small">No tags</li> : null}
        </ul>
        <div className="row-inputs">
          <label>
            <span className="visually-hidden">New tag</span>
            <input
              type="text"
              placeholder="New tag"
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
          <button type="button" onClick={addTag} disabled={!newTag.trim()}>Add tag</button>
        </div>
      </fieldset>

      <fieldset>
        <legend>Grade</legend>
        <div className="row-inputs">
          <label>
            <span className="visually-hidden">Grade override</span>
            <select value={draft.override} onChange={(event) => set('override', event.target.value as Grade | '')}>
              <option value="">Computed ({computedGrade ?? 'none'})</option>
              {GRADES.map((grade) => (
                <option key={grade} value={grade}>Set by hand: {grade}</option>
              ))}
            </select>
          </label>
          <label className="grow">
            <span className="visually-hidden">Why the grade is set by hand</span>
            <input type="text" placeholder="Reason for the override" value={draft.overrideReason} disabled={!draft.override} onChange={(event) => set('overrideReason', event.target.value)} />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>Do not work with</legend>
        <div className="row-inputs">
          <label className="check">
            <input type="checkbox" checked={draft.doNotWork} onChange={(event) => set('doNotWork', event.target.checked)} /> Do not work with this creator
          </label>
          <label className="grow">
            <span className="visually-hidden">Why not to work with this creator</span>
            <input type="text" placeholder="Reason" value={draft.doNotWorkReason} disabled={!draft.doNotWork} onChange={(event) => set('doNotWorkReason', event.target.value)} />
          </label>
        </div>
      </fieldset>

      {problem ? <p className="error" role="alert">{problem}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary">Save changes</button>
        <button type="button" onClick={() => { setDraft(draftOf(creator)); setProblem(null); }}>Reset</button>
      </div>
    </form>
  );
}
