// Logging contact moves the creator along the shortlist's pipeline, forward only, with the change in
// the status history; a decline leaves them for other campaigns; a refused attempt changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAttempt, statusAfter } from '../../../lib/campaign/outreach-status';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { newCreator } from '../../../lib/db/creators';
import type { OutreachOutcome, OutreachRecord } from '../../../lib/db/outreach-record';
import { listOutreach } from '../../../lib/db/outreach';
import type { Status } from '../../../lib/db/records';

const NOW = Date.UTC(2026, 2, 1);
const HOUR = 3_600_000;

describe('the status an attempt moves a creator to', () => {
  it.each<[Status, OutreachOutcome, Status | null]>([
    ['to-review', 'waiting', 'contacted'],
    ['shortlisted', 'waiting', 'contacted'],
    ['shortlisted', 'no-answer', 'contacted'],
    ['shortlisted', 'replied', 'negotiating'],
    ['contacted', 'replied', 'negotiating'],
    ['shortlisted', 'agreed', 'approved'],
    ['negotiating', 'agreed', 'approved'],
    // Never backwards.
    ['negotiating', 'waiting', null],
    ['approved', 'waiting', null],
    ['approved', 'replied', null],
    ['contacted', 'waiting', null],
    // A decline is one campaign's answer: contacted, not rejected.
    ['shortlisted', 'declined', 'contacted'],
    ['negotiating', 'declined', null],
    // Rejected by the user stays rejected until the user changes it.
    ['rejected', 'agreed', null],
    ['rejected', 'waiting', null],
  ])('%s, then %s: %s', (current, outcome, expected) => {
    expect(statusAfter(current, outcome)).toBe(expected);
  });
});

describe('recording an attempt', () => {
  let db: CreatorLensDatabase;
  beforeEach(async () => {
    db = openDatabase(`outreach-status-${Math.random().toString(36).slice(2)}`);
    await db.creators.put({ ...newCreator({ id: 'tiktok:lena', platform: 'tiktok', handle: 'lena', displayName: 'Lena', profileUrl: 'https://www.tiktok.com/@lena' }, NOW), status: 'shortlisted' });
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });
  const attempt: OutreachRecord = { id: 'o1', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'email', sentAt: NOW, outcome: 'waiting', answeredAt: null, note: '', updatedAt: NOW };
  const lena = async () => (await db.creators.get('tiktok:lena'))!;

  it('moves the creator forward and writes the step into the status history', async () => {
    expect(await recordAttempt(db, attempt, NOW + HOUR)).toEqual({ kind: 'moved', from: 'shortlisted', to: 'contacted' });
    expect(await recordAttempt(db, { ...attempt, outcome: 'replied', answeredAt: NOW + 2 * HOUR }, NOW + 2 * HOUR)).toEqual({ kind: 'moved', from: 'contacted', to: 'negotiating' });
    expect((await lena()).statusHistory.slice(-2)).toEqual([
      { status: 'contacted', at: NOW + HOUR },
      { status: 'negotiating', at: NOW + 2 * HOUR },
    ]);
    expect(await listOutreach(db, 'c1')).toHaveLength(1);
  });

  it('keeps an approved creator approved when contacted again', async () => {
    await db.creators.update('tiktok:lena', { status: 'approved' });
    expect(await recordAttempt(db, attempt, NOW + HOUR)).toEqual({ kind: 'kept', status: 'approved' });
    expect((await lena()).status).toBe('approved');
  });

  it('does not reject a creator who declined', async () => {
    expect(await recordAttempt(db, { ...attempt, outcome: 'declined', answeredAt: NOW + HOUR }, NOW + HOUR)).toEqual({ kind: 'moved', from: 'shortlisted', to: 'contacted' });
    expect((await lena()).status).toBe('contacted');
  });

  it('logs contact with a creator no longer on the shortlist', async () => {
    expect(await recordAttempt(db, { ...attempt, creatorId: 'tiktok:gone' }, NOW)).toEqual({ kind: 'not-on-shortlist' });
    expect(await listOutreach(db, 'c1')).toHaveLength(1);
  });

  it('writes neither the attempt nor the status when the attempt does not read', async () => {
    await expect(recordAttempt(db, { ...attempt, outcome: 'replied', answeredAt: NOW - HOUR }, NOW)).rejects.toThrow();
    expect(await listOutreach(db, 'c1')).toEqual([]);
    expect((await lena()).status).toBe('shortlisted');
  });
});
