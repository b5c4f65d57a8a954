// The edit form's draft: the fields as the user types them, next to the values the form opened
// with, field by field. A field the user has not touched follows the stored record as it changes
// elsewhere; a touched one keeps what the user typed, and saving finds out whether it conflicts.
import { mergeTags, same, type EditableValues, type EditConflict } from '../../lib/db/creators';
import type { Status } from '../../lib/db/records';
import type { Grade } from '../../lib/schema/assessment';

export interface Draft {
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

/** What the user works on, and the stored values it started from (moved on field by field). */
export interface EditState {
  opened: EditableValues;
  draft: Draft;
}

/** The draft's controls of each stored field. */
const CONTROLS: { [F in keyof EditableValues]: ReadonlyArray<keyof Draft> } = {
  status: ['status'],
  tags: ['tags'],
  price: ['amount', 'currency'],
  email: ['email'],
  targetMarket: ['targetMarket'],
  gradeOverride: ['override', 'overrideReason'],
  doNotWork: ['doNotWork', 'doNotWorkReason'],
};
const FIELDS = Object.keys(CONTROLS) as Array<keyof EditableValues>;

export function draftOf(values: EditableValues): Draft {
  return {
    status: values.status,
    tags: values.tags,
    amount: values.price ? String(values.price.amount) : '',
    currency: values.price?.currency ?? 'USD',
    email: values.email ?? '',
    targetMarket: values.targetMarket ?? '',
    override: values.gradeOverride?.grade ?? '',
    overrideReason: values.gradeOverride?.reason ?? '',
    doNotWork: values.doNotWork !== null,
    doNotWorkReason: values.doNotWork?.reason ?? '',
  };
}

/** The values the draft stands for; check it with the form's problem first (the amount must be a number). */
export function valuesOf(draft: Draft): EditableValues {
  return {
    status: draft.status,
    tags: draft.tags,
    price: draft.amount.trim() === '' ? null : { amount: Number(draft.amount), currency: draft.currency },
    email: draft.email,
    targetMarket: draft.targetMarket,
    gradeOverride: draft.override ? { grade: draft.override, reason: draft.overrideReason.trim() } : null,
    doNotWork: draft.doNotWork ? { reason: draft.doNotWorkReason.trim() } : null,
  };
}

export const editStateOf = (values: EditableValues): EditState => ({ opened: values, draft: draftOf(values) });

const sameControl = (a: Draft[keyof Draft], b: Draft[keyof Draft]) => (Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b);

/** The fields whose controls the user has changed since the form opened (or since they last followed the record). */
function touched(state: EditState, field: keyof EditableValues): boolean {
  const start = draftOf(state.opened);
  return CONTROLS[field].some((control) => !sameControl(state.draft[control], start[control]));
}

/**
 * The form after the stored record changed elsewhere: untouched fields show the new value; tags
 * show the new ones with the user's own additions and removals; other touched fields keep what the
 * user typed (saving reports them if they conflict). The same state when nothing moved.
 */
export function follow(state: EditState, stored: EditableValues): EditState {
  let next = state;
  for (const field of FIELDS) {
    if (same(stored[field], state.opened[field])) continue;
    if (field === 'tags') {
      next = { opened: { ...next.opened, tags: stored.tags }, draft: { ...next.draft, tags: mergeTags(stored.tags, state.opened.tags, state.draft.tags) } };
    } else if (!touched(state, field)) {
      const fresh = draftOf(stored);
      const controls = Object.fromEntries(CONTROLS[field].map((control) => [control, fresh[control]]));
      next = { opened: { ...next.opened, [field]: stored[field] }, draft: { ...next.draft, ...controls } };
    }
  }
  return next;
}

/**
 * The form once the user chose for a conflicting field: either way the field now starts from the
 * value they were shown; "theirs" also puts that value in the draft, "mine" keeps what they typed.
 */
export function resolve(state: EditState, conflict: EditConflict, keep: 'mine' | 'theirs'): EditState {
  const opened = { ...state.opened, [conflict.field]: conflict.theirs };
  if (keep === 'mine') return { opened, draft: state.draft };
  const shown = draftOf(opened);
  const controls = Object.fromEntries(CONTROLS[conflict.field].map((control) => [control, shown[control]]));
  return { opened, draft: { ...state.draft, ...controls } };
}
