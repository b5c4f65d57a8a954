// A campaign's delivered posts: attach one by its address with the due date the deal promised, refuse
// a wrong or repeated address at the field with nothing stored, then show it posted late, its newest
// figures, its growth in views, its disclosure and the chart's text, in English and in Chinese.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CampaignDeliverables } from '../../../components/dashboard/CampaignDeliverables';
import { campaignFromDraft, emptyDraft } from '../../../lib/campaign/draft';
import type { CampaignRecord } from '../../../lib/db/campaign-record';
import { newDeal } from '../../../lib/db/deal-record';
import { recordDeliverablePoints } from '../../../lib/db/deliverable-points';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { saveSnapshot } from '../../../lib/db/readings';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { emptyPost } from '../../../lib/platforms/common';
import { formatDate } from '../../../lib/i18n/format';
import { fieldIn, typeIn } from '../../helpers/form-fields';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { exact, makeSnapshot } from '../../helpers/snapshots';

const NOW = Date.UTC(2026, 2, 1, 12);
const VIDEO_ID = '7301000000000001111';
const VIDEO_URL = `https://www.tiktok.com/@lena/video/${VIDEO_ID}`;
const mounted = useReactRoot();
let db: CreatorLensDatabase;
let said: string[];
let campaign: CampaignRecord;

beforeEach(async () => {
  said = [];
  db = openDatabase(`deliverables-${Math.random().toString(36).slice(2)}`);
  const made = campaignFromDraft({ ...emptyDraft('USD'), name: 'Serum launch' }, null, 'c1', NOW);
  if (!('campaign' in made)) throw new Error('campaign not made');
  campaign = made.campaign;
  await saveSnapshot(db, makeSnapshot(), '', NOW);
  await addToCampaign(db, 'c1', ['tiktok:lena'], NOW);
  await putDeal(db, { ...newDeal('c1', 'tiktok:lena', NOW), promised: [{ count: 1, format: 'video', dueDate: '2026-03-10' }] });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const q = <T extends Element>(selector: string) => mounted.container.querySelector<T>(selector);
const type = (label: string, value: string) => typeIn(mounted.container, label, value);
const refusalAt = (label: string) => {
  const field = fieldIn(mounted.container, label);
  const id = field.getAttribute('aria-describedby');
  return field.getAttribute('aria-invalid') === 'true' && id ? document.getElementById(id)?.textContent ?? null : null;
};
const attach = () => act(async () => q<HTMLFormElement>('form.attach-post')!.requestSubmit());
const cells = () => [...mounted.container.querySelectorAll('.deliverables-table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));

async function render() {
  let next = 0;
  await mounted.render(<CampaignDeliverables db={db} campaign={campaign} onMessage={(text) => said.push(text)} now={() => NOW} newId={() => `d${++next}`} />);
  await mounted.until(() => q('form.attach-post') !== null, 'the attach form');
}

/** A reading of the video page at `capturedAt`, with `views` and the posting day 12 March. */
const reading = (capturedAt: number, views: number) =>
  makeSnapshot({
    pageKind: 'post',
    url: VIDEO_URL,
    capturedAt,
    posts: [{ ...emptyPost(VIDEO_ID, VIDEO_URL), views: exact(views), likes: exact(900), comments: exact(40), caption: '#ad my serum routine', publishedAt: { value: Date.UTC(2026, 2, 12, 12), min: Date.UTC(2026, 2, 12, 12), max: Date.UTC(2026, 2, 12, 12), source: 'embedded-json' } }],
  });

/** Attaches the video due 10 March through the form (its labels in the UI language), then records `readings`. */
async function attachAndRead(readings: ReadonlyArray<Parameters<typeof recordDeliverablePoints>[1]>, labels = ['Creator', 'Post address', 'Due date']) {
  await render();
  await type(labels[0]!, 'tiktok:lena');
  await type(labels[1]!, VIDEO_URL);
  await type(labels[2]!, '2026-03-10');
  await attach();
  await mounted.until(() => cells().length === 1, 'the attached post');
  await act(async () => {
    for (const one of readings) await recordDeliverablePoints(db, one);
  });
}

describe('the delivered posts of a campaign', () => {
  it('attaches a post with the promised due date, refusing a wrong or repeated address at the field', async () => {
    await render();
    await attach();
    expect(refusalAt('Creator')).toBe('Pick the creator who made this post.');
    await type('Creator', 'tiktok:lena');
    await mounted.until(() => (fieldIn(mounted.container, 'Due date') as HTMLInputElement).value === '2026-03-10', 'the promised due date');
    await type('Post address', 'https://www.instagram.com/reel/C9abcDEF12/');
    await attach();
    expect(refusalAt('Post address')).toBe('This post is on Instagram, but this creator is booked on TikTok.');
    await type('Post address', 'https://www.tiktok.com/@kai/video/7301000000000002222');
    await attach();
    expect(refusalAt('Post address')).toBe('This post is by @kai, not by @lena.');
    expect(await db.deliverables.count()).toBe(0);

    await type('Post address', `${VIDEO_URL}?is_from_webapp=1`);
    await attach();
    await mounted.until(() => cells().length === 1, 'the attached post');
    expect(cells()[0]).toEqual(['@lena', VIDEO_ID, '2026-03-10', 'posting date not read yet', 'not read yet: open the post to record its figures', 'not read yet', 'not read yet']);
    expect(q<HTMLAnchorElement>('.deliverables-table a')?.href).toBe(VIDEO_URL);
    expect(said).toEqual(['Attached. Its figures are recorded the next time the post is opened.']);
    // The one promised video is answered: the next post has no due date unless one is picked.
    expect((fieldIn(mounted.container, 'Due date') as HTMLInputElement).value).toBe('');

    await type('Post address', VIDEO_URL);
    await attach();
    await mounted.until(() => refusalAt('Post address') !== null, 'the refusal');
    expect(refusalAt('Post address')).toBe('This post is already attached to this campaign.');
    expect(await db.deliverables.count()).toBe(1);
  });

  it('shows a post read on two days: late, newest figures, growth in views, disclosure, and the chart as text', async () => {
    await attachAndRead([reading(Date.UTC(2026, 2, 13, 12), 4_000), reading(Date.UTC(2026, 2, 14, 12), 16_400)]);
    await mounted.until(() => cells()[0]?.[5]?.startsWith('+') === true, 'the growth');
    const [row] = cells();
    expect(row?.[3]).toMatch(/^late by 2 days · posted /);
    expect(row?.[4]).toBe('16,400 views · 900 likes · 40 comments (not shown on the page: shares and saves)');
    expect(row?.[5]).toMatch(/^\+12,400 views since /);
    expect(row?.[6]).toBe('clear');
    const alternative = [...mounted.container.querySelectorAll('.deliverables-chart li')].map((item) => item.textContent);
    expect(alternative).toHaveLength(2);
    expect(alternative[1]).toMatch(/^@lena · 7301000000000001111: 16,400 on /);
  });

  /** The video page after the post was taken down, read at `capturedAt`. */
  const goneReading = (capturedAt: number) =>
    makeSnapshot({ pageKind: 'post', url: VIDEO_URL, capturedAt, posts: [emptyPost(VIDEO_ID, VIDEO_URL)], unavailable: { pageSays: "item doesn't exist (statusCode 10204)" } });

  it('shows a post whose page later says it is gone as no longer available since the day first seen gone', async () => {
    await attachAndRead([reading(Date.UTC(2026, 2, 13, 12), 4_000), goneReading(Date.UTC(2026, 2, 14, 12)), goneReading(Date.UTC(2026, 2, 15, 12))]);
    const since = `no longer available since ${formatDate(Date.UTC(2026, 2, 14, 12))}`;
    await mounted.until(() => cells()[0]?.[4] === since, 'the post marked gone');
    // The views read while it was up stay in the chart.
    const alternative = [...mounted.container.querySelectorAll('.deliverables-chart li')].map((item) => item.textContent);
    expect(alternative).toHaveLength(1);
    expect(alternative[0]).toMatch(/^@lena · 7301000000000001111: 4,000 on /);
    // Growth and disclosure as of the last reading that found it up.
    expect(cells()[0]?.slice(5)).toEqual(['one reading so far', 'clear']);
  });

  it('a post back up after a day gone shows its figures again', async () => {
    await attachAndRead([reading(Date.UTC(2026, 2, 13, 12), 4_000), goneReading(Date.UTC(2026, 2, 14, 12)), reading(Date.UTC(2026, 2, 15, 12), 5_000)]);
    await mounted.until(() => cells()[0]?.[4]?.startsWith('5,000 views') === true, 'the figures of the post back up');
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('says a gone post is no longer available since the day first seen gone, in Chinese', async () => {
      await attachAndRead([goneReading(Date.UTC(2026, 2, 14, 12))], ['达人', '作品链接', '截止日期']);
      await mounted.until(() => cells()[0]?.[4] === `自 ${formatDate(Date.UTC(2026, 2, 14, 12))} 起已不可访问`, 'the post marked gone');
      expect(cells()[0]?.slice(5)).toEqual(['未知：每次读取时该作品都已无法访问', '未知：每次读取时该作品都已无法访问']);
    });

    it('refuses another creator’s post in Chinese', async () => {
      await render();
      await type('达人', 'tiktok:lena');
      await type('作品链接', 'https://www.tiktok.com/@kai/video/7301000000000002222');
      await attach();
      expect(refusalAt('作品链接')).toBe('这个作品属于 @kai，不是 @lena 的。');
    });
  });
});
