// Contact attempts (./outreach-record): written and read through the schema.
import { OutreachRecordSchema, type OutreachRecord } from './outreach-record';
import type { CreatorLensDatabase } from './index';

/** Every attempt of a campaign, oldest first. */
export async function listOutreach(db: CreatorLensDatabase, campaignId: string): Promise<OutreachRecord[]> {
  const stored: unknown[] = await db.outreach.where('campaignId').equals(campaignId).toArray();
  return stored
    .flatMap((record) => {
      const checked = OutreachRecordSchema.safeParse(record);
      return checked.success ? [checked.data] : [];
    })
    .sort((a, b) => a.sentAt - b.sentAt || a.id.localeCompare(b.id));
}

/** Stores an attempt, new or changed; one that fails the schema throws and nothing is written. */
export async function putOutreach(db: CreatorLensDatabase, attempt: OutreachRecord): Promise<void> {
  await db.outreach.put(OutreachRecordSchema.parse(attempt));
}
