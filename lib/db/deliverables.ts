// Delivered posts and their dated figures (./deliverable-record), written and read through the schema.
import { DeliverablePointSchema, DeliverableRecordSchema, type DeliverablePoint, type DeliverableRecord } from './deliverable-record';
import type { CreatorLensDatabase } from './index';

function whole<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, stored: unknown[]): T[] {
  return stored.flatMap((record) => {
    const checked = schema.safeParse(record);
    return checked.success ? [checked.data] : [];
  });
}

/** A campaign's deliverables, in the order they were attached. */
export async function listDeliverables(db: CreatorLensDatabase, campaignId: string): Promise<DeliverableRecord[]> {
  return whole(DeliverableRecordSchema, await db.deliverables.where('campaignId').equals(campaignId).toArray()).sort((a, b) => a.attachedAt - b.attachedAt || a.id.localeCompare(b.id));
}

/** Every deliverable, in any campaign, that is this post (`${platform}:${post id}`). */
export async function deliverablesOfPost(db: CreatorLensDatabase, postKey: string): Promise<DeliverableRecord[]> {
  return whole(DeliverableRecordSchema, await db.deliverables.where('postKey').equals(postKey).toArray());
}

export type AttachOutcome = 'attached' | 'duplicate';

/** Attaches a post to a campaign, unless the campaign already has it; nothing is written half. */
export async function attachDeliverable(db: CreatorLensDatabase, deliverable: DeliverableRecord): Promise<AttachOutcome> {
  const checked = DeliverableRecordSchema.parse(deliverable);
  return db.transaction('rw', db.deliverables, async () => {
    const same = await db.deliverables.where('postKey').equals(checked.postKey).filter((other) => other.campaignId === checked.campaignId).count();
    if (same > 0) return 'duplicate';
    await db.deliverables.add(checked);
    return 'attached';
  });
}

/** Records a dated reading of a deliverable's post. */
export async function addPoint(db: CreatorLensDatabase, point: DeliverablePoint): Promise<void> {
  const { id: _ignored, ...rest } = DeliverablePointSchema.parse(point);
  await db.deliverablePoints.add(rest);
}

/** A deliverable's readings, oldest first. */
export async function pointsOf(db: CreatorLensDatabase, deliverableId: string): Promise<DeliverablePoint[]> {
  return whole(DeliverablePointSchema, await db.deliverablePoints.where('[deliverableId+at]').between([deliverableId, -Infinity], [deliverableId, Infinity]).toArray());
}

/** The readings of several deliverables in one query, each list oldest first. */
export async function pointsOfAll(db: CreatorLensDatabase, deliverableIds: readonly string[]): Promise<Map<string, DeliverablePoint[]>> {
  const byDeliverable = new Map<string, DeliverablePoint[]>(deliverableIds.map((id) => [id, []]));
  const stored = whole(DeliverablePointSchema, await db.deliverablePoints.where('deliverableId').anyOf(deliverableIds).toArray());
  for (const point of stored) byDeliverable.get(point.deliverableId)?.push(point);
  for (const points of byDeliverable.values()) points.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  return byDeliverable;
}
