// A deal as its dialog edits it (every field as typed, the tracking link as the parts of its UTM
// builder) and the record it makes. Each field that cannot be taken (a fee of -5 or "abc", a due date
// already past, a commission over 100, a sample received before it was sent) gets its own message, and
// no record is made until every field reads: nothing is saved half.
import { DealRecordSchema, DELIVERABLE_FORMATS, type DealRecord } from '../db/deal-record';
import { MAX_PRICE, MIN_PRICE } from '../schema/bounds';
import { TEXT_LIMITS } from '../schema/limits';
import { text, type Text } from '../i18n/text';
import { buildTrackingLink, UTM_FIELDS, utmPartsOf, type UtmParts } from './utm';

export type DeliverableFormat = (typeof DELIVERABLE_FORMATS)[number];

export interface SampleDraft {
  product: string;
  cost: string;
  currency: string;
  sentOn: string;
  receivedOn: string;
}

export interface PromiseDraft {
  count: string;
  format: DeliverableFormat;
  dueDate: string;
}

export interface DealDraft {
  feeAmount: string;
  feeCurrency: string;
  samples: SampleDraft[];
  commission: string;
  discountCode: string;
  /** The tracking link's parts; an empty base is no link. */
  utm: UtmParts;
  promised: PromiseDraft[];
  rightsWhat: string;
  rightsWhere: string;
  rightsUntil: string;
  notes: string;
}

/** A field of the dialog: a plain one, a UTM part, or one of a line's (`samples.2.cost`). */
export type DealField =
  | 'fee'
  | 'commission'
  | 'discountCode'
  | 'base'
  | (typeof UTM_FIELDS)[number]
  | 'rightsWhat'
  | 'rightsWhere'
  | 'rightsUntil'
  | 'notes'
  | 'form'
  | `samples.${number}.${'product' | 'cost' | 'sentOn' | 'receivedOn'}`
  | `promised.${number}.${'count' | 'dueDate'}`;
export type DealErrors = Partial<Record<DealField, Text>>;

const MAX_SHORT = 200;
const MAX_CODE = 64;

/** The user's calendar day at `now`, 'YYYY-MM-DD', as a date field shows it. */
export function dayOf(now: number): string {
  const date = new Date(now);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export const emptySample = (currency: string): SampleDraft => ({ product: '', cost: '', currency, sentOn: '', receivedOn: '' });
export const emptyPromise = (): PromiseDraft => ({ count: '1', format: 'video', dueDate: '' });

const shown = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The dialog's fields for a stored deal; `suggested` fills the UTM builder of a deal with no link yet. */
export function dealDraftOf(deal: DealRecord, suggested: UtmParts, currency: string): DealDraft {
  const stored = deal.trackingLink === null ? null : (utmPartsOf(deal.trackingLink) ?? { ...suggested, base: deal.trackingLink });
  return {
    feeAmount: shown(deal.fee?.amount),
    feeCurrency: deal.fee?.currency ?? currency,
    samples: deal.samples.map((sample) => ({
      product: sample.product,
      cost: shown(sample.cost?.amount),
      currency: sample.cost?.currency ?? currency,
      sentOn: sample.sentOn ?? '',
      receivedOn: sample.receivedOn ?? '',
    })),
    commission: shown(deal.commissionPercent),
    discountCode: deal.discountCode ?? '',
    utm: stored ?? suggested,
    promised: deal.promised.map((line) => ({ count: String(line.count), format: line.format, dueDate: line.dueDate ?? '' })),
    rightsWhat: deal.usageRights?.what ?? '',
    rightsWhere: deal.usageRights?.where ?? '',
    rightsUntil: deal.usageRights?.until ?? '',
    notes: deal.contractNotes,
  };
}

/** An amount as typed ("1,200", " 99.50 "): null when empty, undefined when it is no amount in cents from 0.01 to a billion. */
function readAmount(input: string): number | null | undefined {
  const typed = input.replace(/[,\s]/g, '');
  if (typed === '') return null;
  if (!/^\d+(?:\.\d{1,2})?$/.test(typed)) return undefined;
  const value = Number(typed);
  return value >= MIN_PRICE && value <= MAX_PRICE ? value : undefined;
}

/** A date field's value: the browser hands 'YYYY-MM-DD' or '' (a date it cannot read). */
const readDay = (input: string): string | null | undefined => (input === '' ? null : /^\d{4}-\d{2}-\d{2}$/.test(input) ? input : undefined);

/**
 * The deal a draft makes over the stored one, or every field's problem. `today` is the user's day: a
 * due date before it is refused unless the stored deal already promised that day (a deal agreed
 * earlier can still be edited). The record's schema checks the result once more before it is stored.
 */
export function dealFromDraft(draft: DealDraft, before: DealRecord, today: string, now: number): { deal: DealRecord } | { errors: DealErrors } {
  const errors: DealErrors = {};

  const feeAmount = readAmount(draft.feeAmount);
  if (feeAmount === undefined) errors.fee = text('deal_errAmount');

  const samples: DealRecord['samples'] = [];
  draft.samples.forEach((line, index) => {
    const product = line.product.trim();
    const cost = readAmount(line.cost);
    const sentOn = readDay(line.sentOn);
    const receivedOn = readDay(line.receivedOn);
    // A line added and left empty is no sample.
    if (!product && line.cost.trim() === '' && line.sentOn === '' && line.receivedOn === '') return;
    if (!product) errors[`samples.${index}.product`] = text('deal_errProduct');
    else if (product.length > MAX_SHORT) errors[`samples.${index}.product`] = text('deal_errTooLong', { max: MAX_SHORT });
    if (cost === undefined) errors[`samples.${index}.cost`] = text('deal_errAmount');
    if (sentOn === undefined) errors[`samples.${index}.sentOn`] = text('deal_errDate');
    if (receivedOn === undefined) errors[`samples.${index}.receivedOn`] = text('deal_errDate');
    else if (sentOn && receivedOn && receivedOn < sentOn) errors[`samples.${index}.receivedOn`] = text('deal_errReceivedBeforeSent');
    if (product && product.length <= MAX_SHORT && cost !== undefined && sentOn !== undefined && receivedOn !== undefined) {
      samples.push({ product, cost: cost === null ? null : { amount: cost, currency: line.currency }, sentOn, receivedOn });
    }
  });

  const commissionTyped = draft.commission.replace(/[%\s]/g, '').replace(',', '.');
  const commission = commissionTyped === '' ? null : Number(commissionTyped);
  if (commission !== null && !(Number.isFinite(commission) && commission > 0 && commission <= 100)) errors.commission = text('deal_errCommission');

  const discountCode = draft.discountCode.trim();
  if (discountCode.length > MAX_CODE) errors.discountCode = text('deal_errTooLong', { max: MAX_CODE });

  let trackingLink: string | null = null;
  if (draft.utm.base.trim() !== '') {
    const built = buildTrackingLink(draft.utm);
    if ('errors' in built) Object.assign(errors, built.errors);
    else trackingLink = built.link;
  }

  // Due dates this deal already held: kept as they are even once past.
  const storedDue = new Set(before.promised.map((line) => line.dueDate));
  const promised: DealRecord['promised'] = [];
  draft.promised.forEach((line, index) => {
    const count = Number(line.count.trim());
    const dueDate = readDay(line.dueDate);
    const countReads = /^\d+$/.test(line.count.trim()) && count >= 1 && count <= 100;
    if (!countReads) errors[`promised.${index}.count`] = text('deal_errCount');
    if (dueDate === undefined) errors[`promised.${index}.dueDate`] = text('deal_errDate');
    else if (dueDate !== null && dueDate < today && !storedDue.has(dueDate)) errors[`promised.${index}.dueDate`] = text('deal_errDuePast', { today });
    if (countReads && dueDate !== undefined) promised.push({ count, format: line.format, dueDate });
  });

  const what = draft.rightsWhat.trim();
  const where = draft.rightsWhere.trim();
  const until = readDay(draft.rightsUntil);
  if (what.length > MAX_SHORT) errors.rightsWhat = text('deal_errTooLong', { max: MAX_SHORT });
  if (where.length > MAX_SHORT) errors.rightsWhere = text('deal_errTooLong', { max: MAX_SHORT });
  if (until === undefined) errors.rightsUntil = text('deal_errDate');

  if (draft.notes.length > TEXT_LIMITS.note) errors.notes = text('deal_errTooLong', { max: TEXT_LIMITS.note });

  if (Object.keys(errors).length > 0 || feeAmount === undefined || until === undefined) return { errors };
  const deal: DealRecord = {
    ...before,
    fee: feeAmount === null ? null : { amount: feeAmount, currency: draft.feeCurrency },
    samples,
    commissionPercent: commission,
    discountCode: discountCode || null,
    trackingLink,
    promised,
    usageRights: what || where || until ? { what, where, until } : null,
    contractNotes: draft.notes,
    updatedAt: now,
  };
  const checked = DealRecordSchema.safeParse(deal);
  // A bound the fields above do not know of (more lines than a deal holds): said in the dialog, nothing stored.
  return checked.success ? { deal: checked.data } : { errors: { form: text('deal_notSaved', { reason: checked.error.issues[0]?.path.join('.') ?? '' }) } };
}

export interface DealGlance {
  /** Posts promised in all, and the earliest due date not yet past (null: none dated ahead). */
  promisedCount: number;
  nextDue: string | null;
  samples: number;
  samplesSent: number;
  samplesReceived: number;
}

/** What a row of the campaign's creators says of a deal at a glance. */
export function dealGlance(deal: DealRecord, today: string): DealGlance {
  const ahead = deal.promised.flatMap((line) => (line.dueDate !== null && line.dueDate >= today ? [line.dueDate] : [])).sort();
  return {
    promisedCount: deal.promised.reduce((sum, line) => sum + line.count, 0),
    nextDue: ahead[0] ?? null,
    samples: deal.samples.length,
    samplesSent: deal.samples.filter((sample) => sample.sentOn !== null).length,
    samplesReceived: deal.samples.filter((sample) => sample.receivedOn !== null).length,
  };
}
