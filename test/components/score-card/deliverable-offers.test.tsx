// Under a post's card: the offer to attach it to a campaign, naming the mark that matched; Attach says
// it is done, or why not; figures recorded for the campaigns it is delivered to are said too.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DeliverableOffers } from '../../../components/score-card/DeliverableOffers';
import type { AttachResult } from '../../../lib/campaign/attach-deliverable';
import type { DeliverableOffer } from '../../../lib/campaign/deliverable-offers';
import { newDeal } from '../../../lib/db/deal-record';
import type { DeliverableRecord } from '../../../lib/db/deliverable-record';
import { text } from '../../../lib/i18n';
import { useLocale } from '../../helpers/i18n';
import { useReactRoot } from '../../helpers/render';

const mounted = useReactRoot();
const offer = (id: string, name: string): DeliverableOffer => ({ campaign: { id, name }, deal: newDeal(id, 'tiktok:lena', 1_760_000_000_000), marks: [{ kind: 'code', code: 'LENA10' }, { kind: 'hashtag', tag: 'glowsummer' }] });
const attachedTo = (one: DeliverableOffer): DeliverableRecord => ({ id: 'd1', campaignId: one.campaign.id, creatorId: 'tiktok:lena', platform: 'tiktok', postKey: 'tiktok:7301000000000001111', url: 'https://www.tiktok.com/@lena/video/7301000000000001111', dueDate: null, postedAt: null, attachedAt: 1_760_000_000_000, attachedBy: 'offered' });
const texts = (selector: string) => [...mounted.container.querySelectorAll(selector)].map((element) => element.textContent);
const press = (name: string) => act(async () => [...mounted.container.querySelectorAll('button')].find((button) => button.textContent === name)!.click());

describe('the offer to attach a post', () => {
  it('names the campaign and the marks, attaches on a press, and says why when it cannot', async () => {
    const attach = vi.fn(async (one: DeliverableOffer): Promise<AttachResult> => (one.campaign.id === 'c1' ? { attached: attachedTo(one), creatorChecked: true } : { errors: { url: text('deliv_errDuplicate') } }));
    await mounted.render(<DeliverableOffers reading={{ points: { recorded: 1, otherCreator: 0 }, offers: [offer('c1', 'Serum launch'), offer('c2', 'Summer')] }} attach={attach} />);
    expect(texts('.deliverable-offer p')).toEqual([
      'Looks like a deliverable for Serum launch (discount code LENA10 and hashtag #glowsummer).',
      'Looks like a deliverable for Summer (discount code LENA10 and hashtag #glowsummer).',
    ]);
    expect(texts('[role="status"]')).toEqual(['Figures recorded for the campaign this post is delivered to.']);
    await press('Attach to Serum launch');
    await mounted.until(() => texts('[role="status"]').includes('Attached to Serum launch.'), 'the attachment');
    await press('Attach to Summer');
    await mounted.until(() => texts('[role="alert"]').length === 1, 'the refusal');
    expect(texts('[role="alert"]')).toEqual(['Could not attach to Summer: This post is already attached to this campaign.']);
  });

  it('shows nothing for a post with no campaign to offer or record', async () => {
    await mounted.render(<DeliverableOffers reading={{ points: { recorded: 0, otherCreator: 0 }, offers: [] }} attach={vi.fn()} />);
    expect(mounted.container.querySelector('[data-testid="deliverable-offers"]')).toBeNull();
  });

  describe('in Chinese', () => {
    useLocale('zh_CN');
    it('offers in Chinese', async () => {
      await mounted.render(<DeliverableOffers reading={{ points: null, offers: [offer('c1', '精华液上新')] }} attach={vi.fn()} />);
      expect(texts('.deliverable-offer p')).toEqual(['这像是 精华液上新 的交付作品（折扣码 LENA10和话题标签 #glowsummer）。']);
      expect(texts('button')).toEqual(['关联到 精华液上新']);
    });
  });
});
