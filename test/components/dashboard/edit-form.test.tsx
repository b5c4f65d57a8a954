// The creator's edit form while the record changes elsewhere (another tab, the popup, the bulk bar):
// untouched fields follow it, the user's typing stays, and a field changed on both sides asks.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { saveSnapshot } from '../../../lib/db/readings';
import { addTag, editCreator, setStatus } from '../../../lib/db/creators';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { enterValue, useLayoutHeight, useReactRoot } from '../../helpers/render';
import { CAPTURED_AT, makeSnapshot } from '../../helpers/snapshots';

vi.mock('react-chartjs-2', () => ({ Bar: () => null, Line: () => null }));
useLayoutHeight();

const ID = 'tiktok:lena';
const mounted = useReactRoot();
let db: CreatorLensDatabase;

beforeEach(async () => {
  db = openDatabase(`creator-lens-edit-form-${Math.random().toString(36).slice(2)}`);
  await saveSnapshot(db, makeSnapshot({ creator: { handle: 'lena', displayName: 'Lena' } }), '', CAPTURED_AT);
  await editCreator(db, ID, { tags: ['beauty'] }, CAPTURED_AT);
  history.replaceState(null, '', `/dashboard.html#creator=${encodeURIComponent(ID)}`);
});

/** Lets IndexedDB and the live queries settle until `check` passes. */
async function settle(check: () => boolean, what: string) {
  for (let tries = 0; tries < 100 && !check(); tries++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
}

const form = () => mounted.container.querySelector<HTMLFormElement>('form.edit-form')!;
const statusSelect = () => form().querySelector<HTMLSelectElement>('select')!;
const priceInput = () => form().querySelector<HTMLInputElement>('input[type="number"]')!;
const tagsShown = () => [...form().querySelectorAll('.tag')].map((tag) => tag.firstChild?.textContent);
const buttonNamed = (name: string) => [...mounted.container.querySelectorAll('button')].find((button) => button.textContent === name);

async function press(name: string) {
  const button = buttonNamed(name);
  if (!button) throw new Error(`No button named ${name}`);
  await act(async () => button.click());
}

async function openForm() {
  await mounted.render(<Dashboard db={db} />);
  await settle(() => mounted.container.querySelector('form.edit-form') !== null, 'the edit form');
}

describe('the edit form while the creator changes elsewhere', () => {
  it('shows a bulk status and tag at once, keeps the price being typed, and saving keeps all three', async () => {
    await openForm();
    await enterValue(priceInput(), '300');
    await act(async () => {
      await setStatus(db, [ID], 'approved', CAPTURED_AT + 1);
      await addTag(db, [ID], 'spring', CAPTURED_AT + 2);
    });
    await settle(() => statusSelect().value === 'approved' && tagsShown().includes('spring'), 'the bulk changes in the form');
    expect(priceInput().value).toBe('300');
    await press('Save changes');
    await settle(() => mounted.container.querySelector('[role="status"]')?.textContent === 'Saved changes to @lena.', 'the save');
    expect(await db.creators.get(ID)).toMatchObject({ status: 'approved', tags: ['beauty', 'spring'], price: { amount: 300, currency: 'USD' } });
  });

  it('asks when the status was changed on both sides; "Keep" keeps the stored one and saves the rest', async () => {
    await openForm();
    await enterValue(statusSelect(), 'negotiating');
    await enterValue(priceInput(), '300');
    await act(async () => {
      await setStatus(db, [ID], 'approved', CAPTURED_AT + 1);
    });
    await press('Save changes');
    await settle(() => mounted.container.querySelector('[data-conflict="status"]') !== null, 'the question');
    expect(mounted.container.querySelector('[data-conflict="status"]')!.textContent).toContain('Status changed to Approved in the meantime.');
    expect((await db.creators.get(ID))!.price).toBeNull();

    await press('Keep Approved');
    await settle(() => mounted.container.querySelector('[data-conflict]') === null && statusSelect().value === 'approved', 'the choice saved');
    await settle(() => mounted.container.querySelector('[role="status"]')?.textContent === 'Saved changes to @lena.', 'the save');
    expect(await db.creators.get(ID)).toMatchObject({ status: 'approved', price: { amount: 300, currency: 'USD' } });
  });

  it('"Use yours" writes the user\'s value, dated in the status history', async () => {
    await openForm();
    await enterValue(statusSelect(), 'negotiating');
    await act(async () => {
      await setStatus(db, [ID], 'approved', CAPTURED_AT + 1);
    });
    await press('Save changes');
    await settle(() => buttonNamed('Use yours (Negotiating)') !== undefined, 'the question');
    await press('Use yours (Negotiating)');
    await settle(() => mounted.container.querySelector('[role="status"]')?.textContent === 'Saved changes to @lena.', 'the save');
    expect((await db.creators.get(ID))!.statusHistory.map((change) => change.status)).toEqual(['to-review', 'approved', 'negotiating']);
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('asks in Chinese, with no English left', async () => {
      await openForm();
      await enterValue(form().querySelector<HTMLInputElement>('input[type="email"]')!, 'mine@example.com');
      await act(async () => {
        await editCreator(db, ID, { email: 'theirs@example.com' }, CAPTURED_AT + 1);
      });
      await press('保存修改');
      await settle(() => mounted.container.querySelector('[data-conflict="email"]') !== null, 'the question');
      const question = mounted.container.querySelector('.edit-conflicts')!;
      expect(question.textContent).toContain('联系邮箱已在此期间改为 theirs@example.com。');
      expect(buttonNamed('用你的（mine@example.com）')).toBeDefined();
      expect(englishLeft(question)).toEqual([]);
    });
  });
});
