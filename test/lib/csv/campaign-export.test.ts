// A campaign's CSV as a spreadsheet opens it: a row per delivered post and one per creator without
// a post yet, the shortlist export's rules (BOM, CRLF, formula guard), words in the chosen language.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignCsvFileName, campaignToCsv, readCampaignData, type CreatorResultFigures } from '../../../lib/csv/campaign-export';
import { openDatabase, type CreatorLensDatabase } from '../../../lib/db';
import { newDeal } from '../../../lib/db/deal-record';
import { addToCampaign, putDeal } from '../../../lib/db/deals';
import { addPoint, attachDeliverable } from '../../../lib/db/deliverables';
import { putOutreach } from '../../../lib/db/outreach';
import { putResults } from '../../../lib/db/results';
import { saveSnapshot } from '../../../lib/db/readings';
import { editCreator } from '../../../lib/db/creators';
import { aCampaign, aTikTokPost } from '../../helpers/campaign-work';
import { englishLeft } from '../../helpers/i18n';
import { makeSnapshot } from '../../helpers/snapshots';

// Local times, so that the dates read the same in every time zone.
const SENT = new Date(2026, 1, 1, 9, 0).getTime();
const POSTED = new Date(2026, 2, 12, 20, 30).getTime();
const HOUR = 3_600_000;
const CAMPAIGN = aCampaign({ id: 'c1', name: '春季护肤 Spring Glow!', goal: 'conversion', startDate: '2026-03-01', createdAt: SENT });

let db: CreatorLensDatabase;
beforeEach(async () => {
  db = openDatabase(`campaign-csv-${Math.random().toString(36).slice(2)}`);
  for (const handle of ['lena', 'kai']) await saveSnapshot(db, makeSnapshot({ creator: { handle } }), '', SENT - HOUR);
  await editCreator(db, 'tiktok:lena', { status: 'approved' }, SENT);
  await addToCampaign(db, 'c1', ['tiktok:lena', 'tiktok:kai'], SENT);
  await putDeal(db, {
    ...newDeal('c1', 'tiktok:lena', SENT),
    fee: { amount: 300.5, currency: 'USD' },
    commissionPercent: 12.5,
    discountCode: '=cmd|calc',
    trackingLink: 'https://shop.example/serum?utm_source=tiktok&utm_campaign=spring',
    promised: [
      { count: 2, format: 'video', dueDate: '2026-03-10' },
      { count: 1, format: 'story', dueDate: null },
    ],
    samples: [{ product: 'Serum 30ml', cost: { amount: 12, currency: 'USD' }, sentOn: '2026-02-03', receivedOn: '2026-02-06' }],
    usageRights: { what: 'paid ads', where: 'Meta', until: '2026-12-31' },
    contractNotes: '=HYPERLINK("http://evil.example")\nsecond line',
    updatedAt: SENT + 1,
  });
  await putOutreach(db, { id: 'o1', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'email', sentAt: SENT, outcome: 'no-answer', answeredAt: null, note: '', updatedAt: SENT });
  await putOutreach(db, { id: 'o2', campaignId: 'c1', creatorId: 'tiktok:lena', channel: 'instagram-dm', sentAt: SENT + 24 * HOUR, outcome: 'agreed', answeredAt: SENT + 30 * HOUR + HOUR / 4, note: '', updatedAt: SENT });
  await attachDeliverable(db, aTikTokPost('d1', 'lena', '7301', { dueDate: '2026-03-10', postedAt: POSTED, attachedAt: POSTED }));
  const point = { deliverableId: 'd1', likes: 90, comments: 4, shares: null, saves: null, disclosure: 'clear' as const, available: true };
  await addPoint(db, { ...point, at: POSTED + 48 * HOUR, views: 5000, likes: 400, shares: 12, saves: 7, disclosure: 'none', available: false });
  await addPoint(db, { ...point, at: POSTED + HOUR, views: 1000 });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** The file's rows as a spreadsheet reads them, each keyed by its header; lena's row and kai's. */
function read(text: string, handle = 'Creator handle'): { header: string[]; rows: Array<Record<string, string>>; lena: Record<string, string>; kai: Record<string, string> } {
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...data] = parsed.data;
  const rows = data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
  const of = (name: string) => rows.find((row) => row[handle] === name) ?? {};
  return { header, rows, lena: of('lena'), kai: of('kai') };
}

describe('campaign CSV', () => {
  it('writes a BOM, CRLF line ends, one row for the delivered post and one for the creator without a post', async () => {
    const { text, rows } = campaignToCsv(await readCampaignData(db, CAMPAIGN), { locale: 'en' });
    expect(rows).toBe(2);
    expect(text.startsWith('\uFEFFCampaign,Creator handle,Platform,Profile URL,Status,Fee,Fee currency,Commission %,')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(2);
    expect(text.replace(/\r\n/g, '').replace(/"[^"]*"/g, '')).not.toContain('\n');
    const { lena, kai, rows: lines } = read(text);
    expect(lines).toHaveLength(2);
    expect(lena).toMatchObject({
      Campaign: '春季护肤 Spring Glow!',
      'Creator handle': 'lena',
      Platform: 'TikTok',
      'Profile URL': 'https://www.tiktok.com/@lena',
      Status: 'Approved',
      Fee: '300.5',
      'Fee currency': 'USD',
      'Commission %': '12.5',
      'Tracking link': 'https://shop.example/serum?utm_source=tiktok&utm_campaign=spring',
      Promised: '2 video by 2026-03-10; 1 story',
      Samples: 'Serum 30ml (12 USD), sent 2026-02-03, received 2026-02-06',
      'Usage rights': 'paid ads, Meta, until 2026-12-31',
      'First contact': '2026-02-01 09:00:00',
      'First answer': '2026-02-02 15:15:00',
      Outcome: 'agreed',
      'Response time (hours)': '30.3',
      'Post URL': 'https://www.tiktok.com/@lena/video/7301',
      'Due date': '2026-03-10',
      'Posted at': '2026-03-12 20:30:00',
      'On time / days late': '2 days late',
      // The newest reading's figures, the first reading's views beside them.
      Views: '5000',
      Likes: '400',
      Comments: '4',
      Shares: '12',
      Saves: '7',
      'Views at first reading': '1000',
      'Ad disclosure': 'none',
      'Still online': 'no',
      Readings: '2',
    });
    // Kai is booked with nothing agreed and nothing delivered: his row is there, its post cells empty.
    expect(kai).toMatchObject({ 'Creator handle': 'kai', Status: 'To review', Fee: '', Promised: '', 'First contact': '', 'Post URL': '', Views: '', Readings: '' });
  });

  it('guards a discount code and a note that start with = so a spreadsheet shows them as text', async () => {
    const { text } = campaignToCsv(await readCampaignData(db, CAMPAIGN), { locale: 'en' });
    const { lena } = read(text);
    expect(lena['Discount code']).toBe("'=cmd|calc");
    expect(lena['Contract notes']).toBe('\'=HYPERLINK("http://evil.example")\nsecond line');
  });

  it('writes Chinese column names and words in a Chinese file, and ids with key headers', async () => {
    const data = await readCampaignData(db, CAMPAIGN);
    const chinese = read(campaignToCsv(data, { locale: 'zh_CN' }).text, '达人账号');
    expect(chinese.header.slice(0, 6)).toEqual(['活动', '达人账号', '平台', '主页链接', '状态', '合作费用']);
    expect(chinese.lena).toMatchObject({ 约定交付内容: '2 条视频，2026-03-10 前; 1 条快拍', 建联结果: '已同意', '按时 / 延迟天数': '延迟 2 天', 广告标识: '未标注', 仍可访问: '否' });
    const element = document.createElement('p');
    element.textContent = chinese.header.join(' ');
    expect(englishLeft(element, ['csv', 'reels'])).toEqual([]);
    const keys = read(campaignToCsv(data, { headers: 'keys' }).text, 'handle');
    expect(keys.header).toContain('response_time_hours');
    expect(keys.lena).toMatchObject({ status: 'approved', outcome: 'agreed', days_late: '2', available: 'no', disclosure: 'none', promised: '2 video by 2026-03-10; 1 story' });
  });

  it('writes "on time" for a post up on its due day, and leaves lateness empty without a due date', async () => {
    await db.deliverables.update('d1', { postedAt: new Date(2026, 2, 10, 23, 59).getTime() });
    await attachDeliverable(db, aTikTokPost('d2', 'kai', '7302', { dueDate: null, postedAt: POSTED, attachedAt: POSTED }));
    const { rows, lena, kai } = read(campaignToCsv(await readCampaignData(db, CAMPAIGN), { locale: 'en' }).text);
    expect(rows).toHaveLength(2);
    expect([lena['On time / days late'], lena.Readings]).toEqual(['on time', '2']);
    expect([kai['On time / days late'], kai.Readings, kai['Post URL']]).toEqual(['', '0', 'https://www.tiktok.com/@kai/video/7302']);
  });

  it('keeps a creator removed from the shortlist, named by the id the deal keeps', async () => {
    await db.creators.delete('tiktok:kai');
    const { kai } = read(campaignToCsv(await readCampaignData(db, CAMPAIGN), { locale: 'en' }).text);
    expect(kai).toMatchObject({ 'Creator handle': 'kai', Platform: 'TikTok', 'Profile URL': '', Status: '' });
  });

  it('writes each creator’s results on each of their rows, to the cent, and leaves unknown figures empty, never 0', async () => {
    const lenaFigures = { clicks: 1200, orders: 31, revenue: 2480.5, refunds: 120, currency: 'USD', roas: 2360.5 / 613.66, cpa: 613.66 / 31 };
    const kaiFigures = { clicks: null, orders: null, revenue: null, refunds: null, currency: 'USD', roas: null, cpa: null };
    const data = await readCampaignData(db, CAMPAIGN);
    const results = new Map<string, CreatorResultFigures>([
      ['tiktok:lena', lenaFigures],
      ['tiktok:kai', kaiFigures],
    ]);
    const { header, lena, kai } = read(campaignToCsv(data, { locale: 'en' }, results).text);
    expect(header.slice(-7)).toEqual(['Clicks (creator)', 'Orders (creator)', 'Revenue (creator)', 'Refunds (creator)', 'Results currency', 'ROAS (creator)', 'CPA (creator)']);
    expect(lena).toMatchObject({ 'Clicks (creator)': '1200', 'Orders (creator)': '31', 'Revenue (creator)': '2480.5', 'Refunds (creator)': '120', 'Results currency': 'USD', 'ROAS (creator)': '3.85', 'CPA (creator)': '19.8' });
    expect(kai).toMatchObject({ 'Clicks (creator)': '', 'Orders (creator)': '', 'Revenue (creator)': '', 'ROAS (creator)': '', 'CPA (creator)': '', 'Results currency': 'USD' });
    const chinese = read(campaignToCsv(data, { locale: 'zh_CN' }, results).text, '达人账号');
    expect(chinese.header.slice(-7)).toEqual(['点击量（达人）', '订单数（达人）', '销售额（达人）', '退款（达人）', '效果数据币种', 'ROAS（达人）', 'CPA（达人）']);
    const keys = read(campaignToCsv(data, { headers: 'keys' }, results).text, 'handle');
    expect(keys.lena).toMatchObject({ clicks: '1200', orders: '31', revenue: '2480.5', refunds: '120', results_currency: 'USD', roas: '3.85', cpa: '19.8' });
  });

  it('reads the campaign’s stored results with the rest', async () => {
    const result = { id: 'c1|manual|creator:tiktok:lena', campaignId: 'c1', creatorId: 'tiktok:lena', deliverableId: null, source: 'manual' as const, matchedBy: 'creator:tiktok:lena', clicks: 5, orders: null, itemsSold: null, newCustomers: null, revenue: null, refunds: null, commission: null, fileName: null, at: POSTED };
    await putResults(db, [result, { ...result, id: 'c2|manual|creator:tiktok:lena', campaignId: 'c2' }]);
    expect((await readCampaignData(db, CAMPAIGN)).results).toEqual([result]);
  });

  it('names the file after the campaign and the local date', () => {
    expect(campaignCsvFileName(CAMPAIGN, new Date(2026, 10, 23, 23, 59).getTime())).toBe('creator-lens-春季护肤-spring-glow-2026-11-23.csv');
    expect(campaignCsvFileName({ ...CAMPAIGN, name: '!!!' }, new Date(2026, 0, 5).getTime())).toBe('creator-lens-campaign-2026-01-05.csv');
  });
});
