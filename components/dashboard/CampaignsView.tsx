// The dashboard's Campaigns view: every campaign with its goal, dates and budget, which one is active
// (the popup's campaign fit measures creators against it), and the archived ones under a toggle. New
// campaign and Edit open the campaign dialog; Set active, Archive and Unarchive act at once.
import { useCallback, useEffect, useId, useState } from 'react';
import { activeCampaignId, setActiveCampaign } from '../../lib/campaign/settings';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import { listCampaigns, putCampaign } from '../../lib/db/campaigns';
import type { CreatorLensDatabase } from '../../lib/db';
import { problem, t } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { useFocusLater } from '../shared/useFocusLater';
import { CampaignDialog } from './CampaignDialog';
import { CampaignWork } from './CampaignWork';
import { campaignHash, useOpenCampaign } from './ViewSwitch';

interface Props {
  db: CreatorLensDatabase;
  /** Says what was done (the dashboard's status line). */
  onMessage(text: string): void;
  newId?: () => string;
  now?: () => number;
}

function dates(campaign: CampaignRecord): string {
  const { startDate: start, endDate: end } = campaign;
  if (start && end) return t('campaigns_range', { start, end });
  if (start) return t('campaigns_from', { start });
  return end ? t('campaigns_until', { end }) : '';
}

export function CampaignsView({ db, onMessage, newId = () => crypto.randomUUID(), now = Date.now }: Props) {
  const ids = useId();
  const [campaigns, setCampaigns] = useState<CampaignRecord[] | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<CampaignRecord | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const openId = useOpenCampaign();

  const reload = useCallback(async () => {
    try {
      const [stored, active] = await Promise.all([listCampaigns(db), activeCampaignId()]);
      setCampaigns(stored);
      setActiveId(active);
    } catch (failure) {
      setError(t('campaigns_notRead', { reason: problem(failure) }));
    }
  }, [db]);
  useEffect(() => void reload(), [reload]);

  /** Runs a change, says what it did, and lists the campaigns again; a failure is said, nothing else. */
  const act = async (change: () => Promise<void>, done: string): Promise<boolean> => {
    try {
      await change();
      setError(null);
      onMessage(done);
      await reload();
      return true;
    } catch (failure) {
      setError(t('campaigns_notSaved', { reason: problem(failure) }));
      return false;
    }
  };

  const closeDialog = () => {
    const from = editing;
    setEditing(null);
    // The keyboard goes back to the button that opened the dialog.
    focusLater(() => document.querySelector<HTMLElement>(from === 'new' || from === null ? '.campaigns-view .new-campaign' : `[data-edit="${CSS.escape(from.id)}"]`));
  };

  const shown = (campaigns ?? []).filter((campaign) => showArchived || campaign.archivedAt === null);
  const archivedCount = (campaigns ?? []).filter((campaign) => campaign.archivedAt !== null).length;

  const open = openId === null ? null : (campaigns ?? []).find((campaign) => campaign.id === openId);
  if (openId !== null && campaigns !== null) {
    return open ? (
      <CampaignWork db={db} campaign={open} active={open.id === activeId} onMessage={onMessage} now={now} />
    ) : (
      <section className="campaigns-view">
        <p className="error" role="alert">{t('work_notFound')}</p>
        <a href="#campaigns">{t('work_allCampaigns')}</a>
      </section>
    );
  }

  return (
    <section className="campaigns-view" aria-labelledby={`${ids}-title`}>
      <div className="campaigns-head">
        <div>
          {/* The page's heading names the view already: this one is for screen readers' outline. */}
          <h2 id={`${ids}-title`} className="visually-hidden">{t('campaigns_title')}</h2>
          <p className="muted small">{t('campaigns_intro')}</p>
        </div>
        <button type="button" className="primary new-campaign" onClick={() => {
          setError(null);
          setEditing('new');
        }}>{t('campaigns_new')}</button>
      </div>
      {error && editing === null ? <p className="error" role="alert">{error}</p> : null}
      {campaigns !== null && campaigns.length === 0 ? <p className="empty">{t('campaigns_none')}</p> : null}
      {shown.length > 0 ? (
        <div className="table-scroll campaigns-scroll">
          <table className="campaigns-table">
            <thead>
              <tr>
                <th scope="col">{t('campaigns_colName')}</th>
                <th scope="col">{t('campaigns_colGoal')}</th>
                <th scope="col">{t('campaigns_colDates')}</th>
                <th scope="col">{t('campaigns_colBudget')}</th>
                <th scope="col">{t('campaigns_colActive')}</th>
                <th scope="col">{t('campaigns_colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((campaign) => {
                const archived = campaign.archivedAt !== null;
                const active = !archived && campaign.id === activeId;
                return (
                  <tr key={campaign.id} className={archived ? 'archived' : undefined}>
                    <th scope="row">
                      <a href={campaignHash(campaign.id)} className="campaign-link">{campaign.name}</a>
                      {archived ? <span className="muted small"> ({t('campaigns_archivedMark')})</span> : null}
                    </th>
                    <td>{campaign.goal ? t(`campaigns_goal_${campaign.goal}`) : <span className="muted">{t('campaigns_noGoal')}</span>}</td>
                    <td>{campaign.startDate || campaign.endDate ? dates(campaign) : <span className="muted">{t('campaigns_noDates')}</span>}</td>
                    <td>{campaign.budget ? formatMoney(campaign.budget.amount, campaign.budget.currency) : <span className="muted">{t('campaigns_noBudget')}</span>}</td>
                    <td>{active ? <strong className="active-mark">✓ {t('campaigns_active')}</strong> : null}</td>
                    <td>
                      <div className="campaign-actions">
                      <button type="button" data-edit={campaign.id} aria-label={t('campaigns_editNamed', { name: campaign.name })} onClick={() => {
                        setError(null);
                        setEditing(campaign);
                      }}>
                        {t('campaigns_edit')}
                      </button>
                      {!archived && !active ? (
                        <button type="button" aria-label={t('campaigns_setActiveNamed', { name: campaign.name })} onClick={() => void act(() => setActiveCampaign(campaign.id), t('campaigns_nowActive', { name: campaign.name }))}>
                          {t('campaigns_setActive')}
                        </button>
                      ) : null}
                      {archived ? (
                        <button type="button" onClick={() => void act(() => putCampaign(db, { ...campaign, archivedAt: null, updatedAt: now() }), t('campaigns_unarchived', { name: campaign.name }))}>
                          {t('campaigns_unarchive')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          onClick={() =>
                            void act(async () => {
                              await putCampaign(db, { ...campaign, archivedAt: now(), updatedAt: now() });
                              // An archived campaign is active no longer: the popup measures against none.
                              if (active) await setActiveCampaign(null);
                            }, t('campaigns_archived', { name: campaign.name }))
                          }
                        >
                          {t('campaigns_archive')}
                        </button>
                      )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {archivedCount > 0 ? (
        <label className="show-archived">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} /> {t('campaigns_showArchived', { count: archivedCount })}
        </label>
      ) : null}
      {editing !== null ? (
        <CampaignDialog
          campaign={editing === 'new' ? null : editing}
          newId={newId}
          now={now}
          onClose={() => {
            setError(null);
            closeDialog();
          }}
          failure={error}
          onSave={async (campaign) => {
            const first = campaigns !== null && campaigns.every((other) => other.archivedAt !== null) && editing === 'new';
            const saved = await act(async () => {
              await putCampaign(db, campaign);
              // The first campaign becomes the active one, as on the options page.
              if (first) await setActiveCampaign(campaign.id);
            }, t('campaigns_saved', { name: campaign.name }));
            if (saved) closeDialog();
            return saved;
          }}
        />
      ) : null}
    </section>
  );
}
