// Under the card of a post page: that the post's figures were recorded for the campaigns it is
// delivered to, and an offer to attach it to each campaign whose marks it carries (one button each,
// saying which mark matched).
import { useState } from 'react';
import type { AttachResult } from '../../lib/campaign/attach-deliverable';
import { markText } from '../../lib/campaign/detect-deliverable';
import type { DeliverableOffer, ReadingForCampaigns } from '../../lib/campaign/deliverable-offers';
import { localeTag, problem, say, t } from '../../lib/i18n';

interface Props {
  reading: ReadingForCampaigns;
  attach(offer: DeliverableOffer): Promise<AttachResult>;
}

type Outcome = { state: 'busy' } | { state: 'attached' } | { state: 'refused'; message: string };

export function DeliverableOffers({ reading, attach }: Props) {
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const { points, offers } = reading;
  if ((points === null || (points.recorded === 0 && points.otherCreator === 0)) && offers.length === 0) return null;
  const settle = (campaignId: string, outcome: Outcome) => setOutcomes((before) => ({ ...before, [campaignId]: outcome }));
  const offer = async (one: DeliverableOffer) => {
    settle(one.campaign.id, { state: 'busy' });
    try {
      const result = await attach(one);
      if ('attached' in result) settle(one.campaign.id, { state: 'attached' });
      else settle(one.campaign.id, { state: 'refused', message: say(result.errors.url ?? result.errors.dueDate) });
    } catch (failure) {
      settle(one.campaign.id, { state: 'refused', message: problem(failure) });
    }
  };
  return (
    <section className="deliverable-offers" aria-label={t('deliv_offersTitle')} data-testid="deliverable-offers">
      {points !== null && points.recorded > 0 ? <p className="small muted" role="status">{t('deliv_pointsRecorded', { count: points.recorded })}</p> : null}
      {points !== null && points.otherCreator > 0 ? <p className="small error">{t('deliv_pointsOtherCreator')}</p> : null}
      {offers.map((one) => {
        const outcome = outcomes[one.campaign.id];
        const name = one.campaign.name;
        if (outcome?.state === 'attached') {
          return <p key={one.campaign.id} className="small saved" role="status">{t('deliv_offerAttached', { campaign: name })}</p>;
        }
        return (
          <div key={one.campaign.id} className="deliverable-offer">
            <p className="small">{t('deliv_offer', { campaign: name, mark: new Intl.ListFormat(localeTag(), { type: 'conjunction' }).format(one.marks.map((mark) => say(markText(mark)))) })}</p>
            <button type="button" aria-disabled={outcome?.state === 'busy'} onClick={() => outcome?.state !== 'busy' && void offer(one)}>
              {t('deliv_offerAttach', { campaign: name })}
            </button>
            {outcome?.state === 'refused' ? <p className="small error" role="alert">{t('deliv_offerFailed', { campaign: name, reason: outcome.message })}</p> : null}
          </div>
        );
      })}
    </section>
  );
}
