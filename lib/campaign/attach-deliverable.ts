// Attaching a post to a campaign as a deliverable: the address and due date checked at their fields,
// then one write, refused whole when the campaign already has the post.
import { attachDeliverable, listDeliverables } from '../db/deliverables';
import type { DealRecord } from '../db/deal-record';
import { DaySchema } from '../db/campaign-record';
import type { DeliverableRecord } from '../db/deliverable-record';
import type { CreatorLensDatabase } from '../db';
import { problem, text, type Text } from '../i18n';
import { nextDueDate, readPostAddress } from './deliverable-url';

export interface AttachRequest {
  deal: DealRecord;
  url: string;
  /** 'YYYY-MM-DD' or '' for none, as a date field gives it. */
  dueDate: string;
  attachedBy: DeliverableRecord['attachedBy'];
}

export type AttachResult =
  | { attached: DeliverableRecord; creatorChecked: boolean }
  | { errors: Partial<Record<'url' | 'dueDate', Text>> };

/** The due date a new post of this deal answers, after the posts of this creator already attached. */
export async function dueDateFor(db: CreatorLensDatabase, deal: DealRecord): Promise<string | null> {
  const attached = (await listDeliverables(db, deal.campaignId)).filter((deliverable) => deliverable.creatorId === deal.creatorId).length;
  return nextDueDate(deal.promised, attached);
}

export async function attachPost(db: CreatorLensDatabase, request: AttachRequest, id: string, now: number): Promise<AttachResult> {
  const read = readPostAddress(request.url, request.deal.creatorId);
  const dueDate = request.dueDate === '' ? null : DaySchema.safeParse(request.dueDate).success ? request.dueDate : undefined;
  const errors: Partial<Record<'url' | 'dueDate', Text>> = {};
  if ('error' in read) errors.url = read.error;
  if (dueDate === undefined) errors.dueDate = text('deliv_errDay');
  if ('error' in read || dueDate === undefined) return { errors };
  const record: DeliverableRecord = {
    id,
    campaignId: request.deal.campaignId,
    creatorId: request.deal.creatorId,
    platform: read.post.platform,
    postKey: read.post.postKey,
    url: read.post.url,
    dueDate,
    postedAt: null,
    attachedAt: now,
    attachedBy: request.attachedBy,
  };
  try {
    if ((await attachDeliverable(db, record)) === 'duplicate') return { errors: { url: text('deliv_errDuplicate') } };
  } catch (failure) {
    return { errors: { url: text('deliv_errNotSaved', { reason: problem(failure) }) } };
  }
  return { attached: record, creatorChecked: read.post.creatorChecked };
}
