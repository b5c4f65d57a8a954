// The price check of the campaign fit in the popup: the creator's expected price per post in the
// budget's currency at the user's own rate, saying so; in US dollars with "no rate" otherwise.
import { describe, expect, it } from 'vitest';
import { CampaignFitView } from '../../../components/score-card/CampaignFitView';
import { campaignFit } from '../../../lib/campaign/fit';
import type { Campaign } from '../../../lib/campaign/settings';
import { assess } from '../../../lib/scoring';
import { englishLeft, useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';
import { exact, makePosts, makeSnapshot } from '../../helpers/snapshots';

const mounted = useReactRoot();
// Every recent post at 6,000 views: TikTok's USD 5-15 CPM makes USD 30-90 a post.
const snapshot = makeSnapshot({ posts: makePosts(Array.from({ length: 12 }, () => 6_000)), creator: { followers: exact(50_000) } });
const assessment = assess(snapshot);
const campaign = (budget: Campaign['budget']): Campaign => ({ id: 'c', name: 'Spring', targetMarkets: [], languages: [], keywords: [], platforms: [], budget, minTier: null });

async function priceLine(budget: Campaign['budget']): Promise<string> {
  await mounted.render(<CampaignFitView fit={campaignFit(snapshot, assessment, campaign(budget), [], [])} onOpenOptions={() => {}} />);
  return mounted.container.querySelector('[data-fit="price"]')!.textContent!;
}

describe('the price fit in the budget currency', () => {
  it.each([
    ['a CNY budget with a rate: in yuan, converted at that rate', { amount: 500, currency: 'CNY', perUsd: 7.2 }, '≈ CN¥216-CN¥648 per post, at 7.2 CNY per US dollar (your rate).'],
    ['a CNY budget without a rate: in dollars, saying so', { amount: 500, currency: 'CNY', perUsd: null }, '$30-$90 per post, in US dollars: no rate to CNY given.'],
    ['a USD budget: in dollars', { amount: 60, currency: 'USD', perUsd: null }, '$30-$90 per post. The budget is within'],
    ['no budget: in dollars', null, '$30-$90 per post. Estimated from'],
  ] as const)('%s', async (_, budget, shown) => {
    expect(await priceLine(budget)).toContain(shown);
  });

  it('judges a converted budget the same as in dollars: 500 yuan at 7.2 is about USD 69, within USD 30-90', async () => {
    expect(await priceLine({ amount: 500, currency: 'CNY', perUsd: 7.2 })).toContain('The budget is within the estimated price');
    expect(mounted.container.querySelector('[data-fit="price"]')!.getAttribute('data-verdict')).toBe('fits');
  });
});

describe('in Chinese', () => {
  useLocale('zh_CN');

  it('says the converted band and the missing rate in Chinese', async () => {
    expect(await priceLine({ amount: 500, currency: 'CNY', perUsd: 7.2 })).toContain('每条作品约 ¥216-¥648（按你填写的汇率 1 美元 = 7.2 CNY 换算）。');
    expect(englishLeft(mounted.container, ['Spring'])).toEqual([]);
    expect(await priceLine({ amount: 500, currency: 'CNY', perUsd: null })).toContain('每条作品 US$30-US$90（以美元计：未填写 CNY 的汇率）。');
    expect(englishLeft(mounted.container, ['Spring'])).toEqual([]);
  });
});
