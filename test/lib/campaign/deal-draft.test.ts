// The deal as its dialog edits it: each field that cannot be taken says why at that field, and only a
// draft where every field reads makes a record; a stored deal comes back into the dialog as it was.
import { describe, expect, it } from 'vitest';
import { dealDraftOf, dealFromDraft, dealGlance, emptyPromise, emptySample, type DealDraft, type DealErrors } from '../../../lib/campaign/deal-draft';
import { suggestedUtm } from '../../../lib/campaign/utm';
import { newDeal, type DealRecord } from '../../../lib/db/deal-record';
import { english } from '../../../lib/i18n';

const NOW = Date.UTC(2026, 5, 10, 12);
const TODAY = '2026-06-10';
const stored = newDeal('c1', 'tiktok:lena', NOW - 86_400_000);
const blank = (): DealDraft => dealDraftOf(stored, suggestedUtm('', 'tiktok', 'Summer Glow', 'lena'), 'USD');
const words = (errors: DealErrors) => Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, english(message)]));
const refusal = (draft: DealDraft, before: DealRecord = stored) => {
  const result = dealFromDraft(draft, before, TODAY, NOW);
  return 'errors' in result ? words(result.errors) : null;
};

describe('a deal as typed', () => {
  it('makes the record of a whole deal', () => {
    const draft: DealDraft = {
      ...blank(),
      feeAmount: '1,200',
      feeCurrency: 'EUR',
      samples: [{ product: 'Serum 30 ml', cost: '18.50', currency: 'EUR', sentOn: '2026-06-01', receivedOn: '2026-06-05' }, emptySample('EUR')],
      commission: '12.5 %',
      discountCode: ' LENA10 ',
      utm: { ...blank().utm, base: 'https://shop.example/serum?ref=x' },
      promised: [{ count: '2', format: 'short', dueDate: '2026-07-01' }],
      rightsWhat: 'Paid ads with the video',
      rightsWhere: 'Meta, TikTok',
      rightsUntil: '2026-12-31',
      notes: 'Net 30',
    };
    const result = dealFromDraft(draft, stored, TODAY, NOW);
    expect(result).toEqual({
      deal: {
        ...stored,
        fee: { amount: 1200, currency: 'EUR' },
        // The line added and left empty is no sample.
        samples: [{ product: 'Serum 30 ml', cost: { amount: 18.5, currency: 'EUR' }, sentOn: '2026-06-01', receivedOn: '2026-06-05' }],
        commissionPercent: 12.5,
        discountCode: 'LENA10',
        trackingLink: 'https://shop.example/serum?ref=x&utm_source=tiktok&utm_medium=influencer&utm_campaign=summer-glow&utm_content=lena',
        promised: [{ count: 2, format: 'short', dueDate: '2026-07-01' }],
        usageRights: { what: 'Paid ads with the video', where: 'Meta, TikTok', until: '2026-12-31' },
        contractNotes: 'Net 30',
        updatedAt: NOW,
      },
    });
    // Opened again, the dialog shows what was saved.
    if ('deal' in result) expect(dealFromDraft(dealDraftOf(result.deal, blank().utm, 'USD'), result.deal, TODAY, NOW)).toEqual(result);
  });

  it('leaves an untouched draft as a deal with nothing agreed (the suggested UTM parts make no link without a page)', () => {
    expect(dealFromDraft(blank(), stored, TODAY, NOW)).toEqual({ deal: { ...stored, updatedAt: NOW } });
  });

  const amount = 'Type an amount from 0.01 to 1,000,000,000, like 1200 or 99.50.';
  it.each([
    ['a fee of -5', { feeAmount: '-5' }, { fee: amount }],
    ['a fee of “abc”', { feeAmount: 'abc' }, { fee: amount }],
    ['a fee of 0', { feeAmount: '0' }, { fee: amount }],
    ['a fee in tenths of a cent', { feeAmount: '10.005' }, { fee: amount }],
    ['a commission of 140', { commission: '140' }, { commission: 'A percentage above 0 and at most 100; leave it empty for no commission.' }],
    ['a commission of -1', { commission: '-1' }, { commission: 'A percentage above 0 and at most 100; leave it empty for no commission.' }],
    ['a commission of “ten”', { commission: 'ten' }, { commission: 'A percentage above 0 and at most 100; leave it empty for no commission.' }],
    ['a discount code of 65 characters', { discountCode: 'X'.repeat(65) }, { discountCode: 'At most 64 characters.' }],
    ['a tracking page that is not a web address', { utm: { ...blank().utm, base: 'javascript:alert(1)' } }, { base: 'A web address starting with https://… or http://…' }],
    ['a due date in the past', { promised: [{ count: '1', format: 'video' as const, dueDate: '2026-06-09' }] }, { 'promised.0.dueDate': 'This day has passed (today is 2026-06-10): pick a day from today on.' }],
    ['no count promised', { promised: [emptyPromise(), { count: '', format: 'reel' as const, dueDate: '' }] }, { 'promised.1.count': 'A whole number from 1 to 100.' }],
    ['1.5 posts promised', { promised: [{ count: '1.5', format: 'post' as const, dueDate: '' }] }, { 'promised.0.count': 'A whole number from 1 to 100.' }],
    ['a sample received before it was sent', { samples: [{ ...emptySample('USD'), product: 'Serum', sentOn: '2026-06-05', receivedOn: '2026-06-01' }] }, { 'samples.0.receivedOn': 'Received before it was sent: check both days.' }],
    ['a sample with a cost but no product', { samples: [{ ...emptySample('USD'), cost: '20' }] }, { 'samples.0.product': 'Name the product sent.' }],
    ['a sample cost of “abc”', { samples: [{ ...emptySample('USD'), product: 'Serum', cost: 'abc' }] }, { 'samples.0.cost': amount }],
  ] as [string, Partial<DealDraft>, Record<string, string>][])('refuses %s at its field, making no record', (_, change, expected) => {
    expect(refusal({ ...blank(), ...change })).toEqual(expected);
  });

  it('says every field’s problem at once', () => {
    expect(Object.keys(refusal({ ...blank(), feeAmount: '-5', commission: '101', promised: [{ count: '0', format: 'live', dueDate: '2020-01-01' }] }) ?? {})).toEqual([
      'fee',
      'commission',
      'promised.0.count',
      'promised.0.dueDate',
    ]);
  });

  it('keeps a past due date the stored deal already held, and takes today', () => {
    const agreed: DealRecord = { ...stored, promised: [{ count: 1, format: 'video', dueDate: '2026-06-01' }] };
    const draft = { ...dealDraftOf(agreed, blank().utm, 'USD'), promised: [{ count: '1', format: 'video' as const, dueDate: '2026-06-01' }, { count: '1', format: 'story' as const, dueDate: TODAY }] };
    expect(refusal(draft, agreed)).toBeNull();
  });
});

describe('a deal at a glance', () => {
  it('counts the posts promised, the next due day ahead and the samples sent and received', () => {
    const deal: DealRecord = {
      ...stored,
      promised: [
        { count: 2, format: 'short', dueDate: '2026-06-01' },
        { count: 1, format: 'video', dueDate: '2026-07-15' },
        { count: 1, format: 'story', dueDate: '2026-06-20' },
      ],
      samples: [
        { product: 'Serum', cost: null, sentOn: '2026-06-01', receivedOn: '2026-06-04' },
        { product: 'Toner', cost: null, sentOn: '2026-06-08', receivedOn: null },
        { product: 'Mask', cost: null, sentOn: null, receivedOn: null },
      ],
    };
    expect(dealGlance(deal, TODAY)).toEqual({ promisedCount: 4, nextDue: '2026-06-20', samples: 3, samplesSent: 2, samplesReceived: 1 });
    expect(dealGlance(stored, TODAY)).toEqual({ promisedCount: 0, nextDue: null, samples: 0, samplesSent: 0, samplesReceived: 0 });
  });
});
