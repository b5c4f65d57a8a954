// The detail's Contact e-mail field filled in from the bio while the user has set none: marked as
// from the bio, never saved as the user's own unless they change it.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { editCreator } from '../../../lib/db/creators';
import Papa from 'papaparse';
import { BOM, shortlistToCsv } from '../../../lib/csv/export';
import { t } from '../../../lib/i18n';
import { listShortlist } from '../../helpers/shortlist';
import { enterValue, useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));
useLayoutHeight();

const ID = 'tiktok:lena';
const BIO = 'hello@lena.example';
const mounted = useReactRoot();
let db: CreatorLensDatabase;

beforeEach(async () => {
  db = openDatabase(`creator-lens-email-bio-${Math.random().toString(36).slice(2)}`);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lena', displayName: 'Lena', email: BIO } }), '', CAPTURED_AT);
  history.replaceState(null, '', `/dashboard.html#creator=${encodeURIComponent(ID)}`);
});

const form = () => mounted.container.querySelector<HTMLFormElement>('form.edit-form')!;
const emailInput = () => form().querySelector<HTMLInputElement>('input[type="email"]')!;
const fromBio = () => form().querySelector('[data-testid="email-from-bio"]');
const saved = () => mounted.container.querySelector('[role="status"]')?.textContent === 'Saved changes to @lena.';

async function save() {
  const button = [...form().querySelectorAll('button')].find((candidate) => candidate.textContent === 'Save changes')!;
  await act(async () => button.click());
  await mounted.until(saved, 'the save');
}

/** The CSV's e-mail and e-mail source cells of the one creator. */
async function exportedEmail() {
  // Listing may store fresh summaries, which the open dashboard then shows.
  const csv = await act(async () => shortlistToCsv(await listShortlist(db)));
  const [row] = Papa.parse<Record<string, string>>(csv.replace(BOM, ''), { header: true, skipEmptyLines: true }).data;
  return `${row?.[t('data_colEmail')]},${row?.[t('data_colEmailSource')]}`;
}

async function openForm() {
  await mounted.render(<Dashboard db={db} />);
  await mounted.until(() => (mounted.container.querySelector<HTMLInputElement>('form.edit-form input[type="email"]')?.value ?? '') !== '', 'the e-mail field filled in');
}

describe('the Contact e-mail field and the bio’s address', () => {
  it('is filled in with the bio’s address, marked "from bio"; saving it unedited keeps the user’s e-mail unset', async () => {
    await openForm();
    expect(emailInput().value).toBe(BIO);
    expect(fromBio()?.textContent?.trim()).toBe('from bio');
    // Something else changes, so the save does write.
    await enterValue(form().querySelector<HTMLInputElement>('input[type="number"]')!, '300');
    await save();
    const creator = (await db.creators.get(ID))!;
    expect(creator.price).toEqual({ amount: 300, currency: 'USD' });
    expect(creator.email).toBeNull();
    expect(emailInput().value).toBe(BIO);
    expect(fromBio()).not.toBeNull();
    // The CSV still says where the address came from.
    expect(await exportedEmail()).toBe(`${BIO},From bio`);
  });

  it('once edited, the address is the user’s: no longer marked, saved, and exported as theirs', async () => {
    await openForm();
    await enterValue(emailInput(), 'deals@lena.example');
    expect(fromBio()).toBeNull();
    await save();
    expect((await db.creators.get(ID))!.email).toBe('deals@lena.example');
    expect(await exportedEmail()).toBe('deals@lena.example,Entered by you');
  });

  it('shows the user’s own address, unmarked, when they have set one', async () => {
    await editCreator(db, ID, { email: 'agent@studio.example' }, CAPTURED_AT + 1);
    await openForm();
    expect(emailInput().value).toBe('agent@studio.example');
    expect(fromBio()).toBeNull();
  });
});
