// The creators booked in a campaign: who, their shortlist status, when they were added, and their deal
// at a glance, with Edit deal (the deal dialog) and Remove from campaign (after asking; only the deal
// goes). A creator deleted from the shortlist since stays in the campaign (its deal and posts are
// history) and says so.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { dayOf, dealGlance } from '../../lib/campaign/deal-draft';
import type { DealRecord } from '../../lib/db/deal-record';
import { listDeals, putDeal, removeFromCampaign } from '../../lib/db/deals';
import type { CreatorRecord } from '../../lib/db/records';
import { formatDate, platformName } from '../../lib/i18n/format';
import { problem, t } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { statusName } from '../../lib/shortlist/status';
import { ModalDialog } from '../shared/ModalDialog';
import { useFocusLater } from '../shared/useFocusLater';
import { DealDialog } from './DealDialog';
import { FirstRows } from './FirstRows';
import type { CampaignPartProps } from './campaign-part';

type Props = CampaignPartProps;

interface Row {
  deal: DealRecord;
  creator: CreatorRecord | null;
}

/** Who a row is, as the dialogs name them: the shortlist's name, else the stored id. */
const nameOf = ({ deal, creator }: Row) => (creator ? (creator.displayName ?? `@${creator.handle}`) : deal.creatorId);

/** The deal in a few words: only what was agreed, each figure as stored. */
function DealAtAGlance({ deal, today }: { deal: DealRecord; today: string }) {
  const glance = dealGlance(deal, today);
  const parts = [
    deal.fee ? t('deal_glanceFee', { fee: formatMoney(deal.fee.amount, deal.fee.currency) }) : null,
    deal.commissionPercent !== null ? t('deal_glanceCommission', { percent: deal.commissionPercent }) : null,
    deal.discountCode ? t('deal_glanceCode', { code: deal.discountCode }) : null,
    glance.promisedCount > 0
      ? `${t('deal_glancePromised', { count: glance.promisedCount })}, ${glance.nextDue ? t('deal_glanceNextDue', { date: glance.nextDue }) : t('deal_glanceNoDueAhead')}`
      : null,
    glance.samples > 0 ? t('deal_glanceSamples', { sent: glance.samplesSent, total: glance.samples, received: glance.samplesReceived }) : null,
    deal.trackingLink ? t('deal_glanceLink') : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return <span className="muted small">{t('deal_nothingAgreed')}</span>;
  return (
    <ul className="deal-glance">
      {parts.map((part) => (
        <li key={part}>{part}</li>
      ))}
    </ul>
  );
}

export function CampaignCreators({ db, campaign, onMessage, now }: Props) {
  const ids = useId();
  const booked = useLiveQuery(async () => {
    try {
      const deals = await listDeals(db, campaign.id);
      const creators = await db.creators.bulkGet(deals.map((deal) => deal.creatorId));
      return { rows: deals.map((deal, index) => ({ deal, creator: creators[index] ?? null })), error: null };
    } catch (failure) {
      return { rows: [], error: problem(failure) };
    }
  }, [db, campaign.id]);
  const [editing, setEditing] = useState<Row | null>(null);
  const [removing, setRemoving] = useState<Row | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  useEffect(() => {
    if (removing) keepButton.current?.focus();
  }, [removing]);

  /** Back to the row's button that opened a dialog, or (the row gone) to the section's heading. */
  const backTo = (selector: string) => focusLater(() => document.querySelector<HTMLElement>(selector) ?? document.getElementById('campaign-creators-title'));

  if (booked === undefined) return null;
  const today = dayOf(now());
  return (
    <section className="campaign-part" aria-labelledby="campaign-creators-title">
      <h3 id="campaign-creators-title" tabIndex={-1}>{t('work_creators')}</h3>
      {booked.error !== null ? <p className="error" role="alert">{t('work_notRead', { reason: booked.error })}</p> : null}
      {booked.rows.length === 0 && booked.error === null ? <p className="empty">{t('work_noCreators')}</p> : null}
      {booked.rows.length > 0 ? (
        <FirstRows rows={booked.rows}>
          {(shown) => (
        <div className="table-scroll">
          <table className="campaigns-table campaign-creators">
            <thead>
              <tr>
                <th scope="col">{t('work_colCreator')}</th>
                <th scope="col">{t('work_colStatus')}</th>
                <th scope="col">{t('work_colAdded')}</th>
                <th scope="col">{t('deal_colDeal')}</th>
                <th scope="col">{t('deal_colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const { deal, creator } = row;
                return (
                  <tr key={deal.id} data-creator={deal.creatorId}>
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
                    <td>
                      <DealAtAGlance deal={deal} today={today} />
                    </td>
                    <td>
                      <div className="deal-actions">
                        <button type="button" data-edit-deal={deal.id} aria-label={t('deal_editNamed', { name: nameOf(row) })} onClick={() => setEditing(row)}>
                          {t('deal_edit')}
                        </button>
                        <button type="button" className="danger" data-remove-deal={deal.id} aria-label={t('deal_removeNamed', { name: nameOf(row) })} onClick={() => { setRemoveError(null); setRemoving(row); }}>
                          {t('deal_remove')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
          )}
        </FirstRows>
      ) : null}
      {editing ? (
        <DealDialog
          deal={editing.deal}
          campaign={campaign}
          name={nameOf(editing)}
          platform={editing.creator?.platform ?? editing.deal.creatorId.split(':')[0] ?? ''}
          handle={editing.creator?.handle ?? editing.deal.creatorId.split(':').slice(1).join(':')}
          now={now}
          onSave={async (deal) => {
            await putDeal(db, deal);
            onMessage(t('deal_saved', { name: nameOf(editing) }));
            setEditing(null);
            backTo(`[data-edit-deal="${CSS.escape(deal.id)}"]`);
          }}
          onClose={() => {
            const id = editing.deal.id;
            setEditing(null);
            backTo(`[data-edit-deal="${CSS.escape(id)}"]`);
          }}
        />
      ) : null}
      {removing ? (
        <ModalDialog
          role="alertdialog"
          className="confirm"
          aria-labelledby={`${ids}-remove-title`}
          aria-describedby={`${ids}-remove-text`}
          onCancel={() => {
            setRemoving(null);
            backTo(`[data-remove-deal="${CSS.escape(removing.deal.id)}"]`);
          }}
        >
          <h2 id={`${ids}-remove-title`}>{t('deal_removeTitle', { name: nameOf(removing), campaign: campaign.name })}</h2>
          <p id={`${ids}-remove-text`}>{t('deal_removeText')}</p>
          {removeError ? <p className="error" role="alert">{removeError}</p> : null}
          <div className="dialog-buttons">
            <button
              type="button"
              className="danger"
              onClick={() => {
                removeFromCampaign(db, campaign.id, removing.deal.creatorId).then(
                  () => {
                    onMessage(t('deal_removed', { name: nameOf(removing), campaign: campaign.name }));
                    setRemoving(null);
                    backTo('#campaign-creators-title');
                  },
                  (failure: unknown) => setRemoveError(t('deal_notRemoved', { name: nameOf(removing), reason: problem(failure) })),
                );
              }}
            >
              {t('deal_removeConfirm')}
            </button>
            <button
              type="button"
              ref={keepButton}
              onClick={() => {
                setRemoving(null);
                backTo(`[data-remove-deal="${CSS.escape(removing.deal.id)}"]`);
              }}
            >
              {t('pop_cancel')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </section>
  );
}
