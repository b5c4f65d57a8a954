// A campaign's outreach log: refuse a contact with no creator, in the future or answered before it
// went, at the field with nothing stored; log contacts and mark an answer, with the figures and the
// shortlist status following; filter to the creators needing a follow-up; set the follow-up days.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CampaignOutreach } from '../../../components/dashboard/CampaignOutreach';
import { campaignRecordOf, type CampaignRecord } from '../../../lib/db/campaign-record';
import { newCreator } from '../../../lib/db/creators';
import { addToCampaign } from '../../../lib/db/deals';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { loadSettings, saveSettings, SETTINGS_FALLBACK } from '../../../lib/settings';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { fieldIn, typeIn } from '../../helpers/form-fields';
import { useReactRoot } from '../../helpers/render';

// The user's own clock: 20 March 2026, noon, in whatever time zone the tests run in.
const NOW = new Date(2026, 2, 20, 12, 0).getTime();
const campaign: CampaignRecord = campaignRecordOf({ id: 'c1', name: 'Serum launch', targetMarkets: [], languages: [], keywords: [], platforms: [], budget: null, minTier: null }, NOW);
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  said = [];
  db = openDatabase(`campaign-outreach-${Math.random().toString(36).slice(2)}`);
  for (const handle of ['lena', 'kai']) {
    const creator = newCreator({ id: `tiktok:${handle}`, platform: 'tiktok', handle, displayName: handle === 'lena' ? 'Lena' : 'Kai', profileUrl: `https://www.tiktok.com/@${handle}` }, NOW);
    await db.creators.put({ ...creator, status: 'shortlisted' });
  }
  await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:kai'], NOW);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const figure = (name: string) => q(`[data-figure="${name}"]`)?.textContent;
const rows = () => [...mounted.container.querySelectorAll('.outreach-table tbody tr')].map((row) => [...row.children].slice(0, 6).map((cell) => cell.textContent?.trim()));
const type = (label: string, value: string) => typeIn(mounted.container, label, value);
const refusalAt = (label: string) => {
  const field = fieldIn(mounted.container, label);
  const id = field.getAttribute('aria-describedby');
  return field.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent ?? null : null;
};
async function click(name: string) {
  const found = [...mounted.container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name);
  if (!found) throw new Error(`No button “${name}”: ${mounted.container.innerHTML.slice(0, 800)}`);
  await act(async () => found.click());
}
const submit = (selector: string) => act(async () => q<HTMLFormElement>(selector)!.requestSubmit());
const status = async (id: string) => (await db.creators.get(id))?.status;

async function render() {
  let next = 0;
  await mounted.render(<CampaignOutreach db={db} campaign={campaign} onMessage={(text) => said.push(text)} now={() => NOW} newId={() => `o${++next}`} />);
  await mounted.until(() => q('.outreach-figures') !== null && !q<HTMLInputElement>('.follow-up-setting input')?.disabled, 'the outreach log');
}

async function log(creator: string, sentAt: string, outcome = 'waiting', answeredAt?: string) {
  await click('Log contact');
  await type('Creator', creator);
  await type('Sent at', sentAt);
  await type('Outcome', outcome);
  if (answeredAt !== undefined) await type('Answered at', answeredAt);
  await submit('form.outreach-form');
  await mounted.until(() => q('form.outreach-form') === null, 'the form to close');
}

describe('the outreach log', () => {
  it('says the figures are unknown, and why, before any contact', async () => {
    await render();
    expect(figure('response-rate')).toBe('unknown: no creator contacted yet');
    expect(figure('median-reply')).toBe('unknown: no creator has answered yet');
    expect(figure('follow-ups')).toBe('0');
    expect(q('.empty')?.textContent).toMatch(/^No contact logged yet/);
  });

  it('refuses a contact with no creator, in the future or answered before it went, at the field, storing nothing', async () => {
    await render();
    await click('Log contact');
    await type('Sent at', '2026-03-21T09:00');
    await submit('form.outreach-form');
    expect(refusalAt('Creator')).toBe('Choose one of the creators booked in this campaign.');
    expect(refusalAt('Sent at')).toBe('This time is in the future.');
    expect(document.activeElement).toBe(fieldIn(mounted.container, 'Creator'));

    await type('Creator', 'tiktok:lena');
    await type('Sent at', '2026-03-18T09:00');
    await type('Outcome', 'replied');
    await type('Answered at', '2026-03-18T08:00');
    await submit('form.outreach-form');
    expect(refusalAt('Creator')).toBeNull();
    expect(refusalAt('Answered at')).toBe('The answer cannot come before the message was sent.');
    expect(await db.outreach.count()).toBe(0);
    expect(await status('tiktok:lena')).toBe('shortlisted');
    expect(said).toEqual([]);
  });

  it('logs contacts and answers them, with the figures, the follow-ups and the shortlist status following', async () => {
    await render();
    await log('tiktok:lena', '2026-03-16T09:00');
    expect(said.at(-1)).toBe('Logged contact with Lena. Shortlist status: Shortlisted → Contacted.');
    // The keyboard goes back to the button that opened the form.
    await mounted.until(() => document.activeElement?.textContent === 'Log contact', 'the focus back on Log contact');
    expect(await status('tiktok:lena')).toBe('contacted');

    await log('tiktok:kai', '2026-03-19T09:00', 'replied', '2026-03-19T13:00');
    expect(said.at(-1)).toBe('Logged contact with Kai. Shortlist status: Shortlisted → Negotiating.');
    expect(await status('tiktok:kai')).toBe('negotiating');
    expect((await db.creators.get('tiktok:kai'))?.statusHistory.map((step) => step.status)).toEqual(['to-review', 'negotiating']);

    await mounted.until(() => rows().length === 2, 'two attempts');
    // Newest first; Lena's message has waited four days, over the three a follow-up is due after.
    expect(rows()).toEqual([
      ['Kai', 'E-mail', expect.any(String), 'Replied', expect.any(String), '4 h 0 min'],
      ['Lena', 'E-mail', expect.any(String), 'Waiting follow up', '', 'no answer yet'],
    ]);
    expect(figure('response-rate')).toBe('1 of 2 answered (50.00%)');
    expect(figure('median-reply')).toBe('4 h 0 min');
    expect(figure('follow-ups')).toBe('1');

    await act(async () => q<HTMLInputElement>('.outreach-controls input[type="checkbox"]')!.click());
    expect(rows().map((row) => row[0])).toEqual(['Lena']);

    await click('Mark answer: Lena');
    await click('Cancel');
    await mounted.until(() => document.activeElement?.getAttribute('aria-label') === 'Mark answer: Lena', 'the focus back on Mark answer');
    await click('Mark answer: Lena');
    await type('Outcome', 'declined');
    await type('Answered at', '2026-03-20T10:00');
    await submit('form.answer-form');
    await mounted.until(() => figure('follow-ups') === '0', 'the follow-up to clear');
    expect(said.at(-1)).toBe('Saved what came of the message to Lena. Shortlist status stays Contacted. A decline is this campaign’s answer: Lena is not rejected on the shortlist, since another campaign may still want them.');
    expect(await status('tiktok:lena')).toBe('contacted');
    expect(figure('response-rate')).toBe('2 of 2 answered (100.00%)');
    // 4 hours and 4 days 1 hour: the median between them.
    expect(figure('median-reply')).toBe('2 d 2 h');
    expect(rows()).toEqual([]);
    expect(q('.empty')?.textContent).toBe('Nobody needs a follow-up: every message is answered or younger than 3 days.');
  });

  it('takes the follow-up days typed on the page, refusing what is not 1 to 60 at the field', async () => {
    await render();
    await log('tiktok:lena', '2026-03-18T09:00');
    await mounted.until(() => figure('follow-ups') !== undefined, 'the figures');
    expect(figure('follow-ups')).toBe('0');

    await type('Follow up after (days)', '0');
    expect(refusalAt('Follow up after (days)')).toBe('Type a whole number of days from 1 to 60.');
    await type('Follow up after (days)', '2.5');
    expect(refusalAt('Follow up after (days)')).toBe('Type a whole number of days from 1 to 60.');
    expect((await loadSettings()).followUpDays).toBe(SETTINGS_FALLBACK.followUpDays);

    await type('Follow up after (days)', '2');
    await mounted.until(() => figure('follow-ups') === '1', 'a follow-up after two days');
    expect(refusalAt('Follow up after (days)')).toBeNull();
    expect((await loadSettings()).followUpDays).toBe(2);

    // Changed on the options page while this page is open: taken over here.
    await act(async () => fieldIn(mounted.container, 'Follow up after (days)').blur());
    await act(async () => {
      await saveSettings({ followUpDays: 5 });
    });
    await mounted.until(() => figure('follow-ups') === '0', 'the follow-up to go with five days');
    expect(fieldIn(mounted.container, 'Follow up after (days)').value).toBe('5');
  });
});

describe('the outreach log in Chinese', () => {
  useLocale('zh_CN');

  it('leaves no English words behind', async () => {
    await render();
    await click('记录建联');
    await type('达人', 'tiktok:kai');
    await type('发送时间', '2026-03-19T09:00');
    await type('结果', 'agreed');
    await type('回复时间', '2026-03-19T13:00');
    expect(englishLeft(mounted.container, ['Kai', 'Lena', 'UTC'])).toEqual([]);
    await submit('form.outreach-form');
    await mounted.until(() => rows().length === 1, 'the attempt');
    expect(figure('response-rate')).toBe('已联系 1 位，1 位回复（100.00%）');
    expect(figure('median-reply')).toBe('4小时0分钟');
    expect(said.at(-1)).toBe('已记录与 Kai 的建联。候选名单状态：已入围 → 已通过。');
    expect(rows()).toEqual([['Kai', '邮件', expect.any(String), '同意合作', expect.any(String), '4小时0分钟']]);
    expect(englishLeft(mounted.container, ['Kai'])).toEqual([]);
  });
});
