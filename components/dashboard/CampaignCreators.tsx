// The creators booked in a campaign: who, their shortlist status, when they were added. A creator
// deleted from the shortlist since stays in the campaign (its deal and posts are history) and says so.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import { listDeals } from '../../lib/db/deals';
import type { CreatorLensDatabase } from '../../lib/db';
import { formatDate, platformName } from '../../lib/i18n/format';
import { problem, t } from '../../lib/i18n';
import { statusName } from '../../lib/shortlist/status';

interface Props {
  db: CreatorLensDatabase;
  campaign: CampaignRecord;
  onMessage(text: string): void;
  now: () => number;
}

export function CampaignCreators({ db, campaign }: Props) {
  const booked = useLiveQuery(async () => {
    try {
      const deals = await listDeals(db, campaign.id);
      const creators = await db.creators.bulkGet(deals.map((deal) => deal.creatorId));
      return { rows: deals.map((deal, index) => ({ deal, creator: creators[index] ?? null })), error: null };
    } catch (failure) {
      return { rows: [], error: problem(failure) };
    }
  }, [db, campaign.id]);
  if (booked === undefined) return null;
  return (
    <section className="campaign-part" aria-labelledby="campaign-creators-title">
      <h3 id="campaign-creators-title">{t('work_creators')}</h3>
      {booked.error !== null ? <p className="error" role="alert">{t('work_notRead', { reason: booked.error })}</p> : null}
      {booked.rows.length === 0 && booked.error === null ? <p className="empty">{t('work_noCreators')}</p> : null}
      {booked.rows.length > 0 ? (
        <div className="table-scroll">
          <table className="campaigns-table campaign-creators">
            <thead>
              <tr>
                <th scope="col">{t('work_colCreator')}</th>
                <th scope="col">{t('work_colStatus')}</th>
                <th scope="col">{t('work_colAdded')}</th>
              </tr>
            </thead>
            <tbody>
              {booked.rows.map(({ deal, creator }) => (
                <tr key={deal.id}>
                  <th scope="row">
                    {creator ? (
                      <a href={`#creator=${encodeURIComponent(creator.id)}`}>
                        {creator.displayName ?? creator.handle} <span className="muted small">@{creator.handle} · {platformName(creator.platform)}</span>
                      </a>
                    ) : (
                      <>
                        {deal.creatorId} <span className="muted small">({t('work_notOnShortlist')})</span>
                      </>
                    )}
                  </th>
                  <td>{creator ? statusName(creator.status) : null}</td>
                  <td>{formatDate(deal.addedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
