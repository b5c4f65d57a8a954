// One campaign's page in the dashboard (#campaign=<id>): what it is, the way back to the list, and
// its parts, each a section of its own: the creators booked with their deals, the outreach log and
// the delivered posts.
import { useLiveQuery } from 'dexie-react-hooks';
import { committedFees } from '../../lib/campaign/committed';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import { listDeals } from '../../lib/db/deals';
import { formatPercent } from '../../lib/i18n/format';
import type { CreatorLensDatabase } from '../../lib/db';
import { t } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';
import { CampaignCreators } from './CampaignCreators';
import { CampaignExport } from './CampaignExport';
import { CampaignDeliverables } from './CampaignDeliverables';
import { CampaignOutreach } from './CampaignOutreach';
import { CampaignResults } from './CampaignResults';
import { ResultImport } from './ResultImport';

/** The parts of the page, each by the heading a jump lands on. Buttons, not links: the address names the campaign. */
const JUMPS = [
  ['work_creators', '#campaign-creators-title'],
  ['reach_title', '#campaign-outreach-title'],
  ['deliv_title', '.campaign-deliverables h3'],
  ['roi_title', '.campaign-results h3'],
] as const;

function jumpTo(heading: string): void {
  const target = document.querySelector<HTMLElement>(heading);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** The fees agreed so far against the total budget, in its currency; others named apart. */
function feesLine(deals: Parameters<typeof committedFees>[0], campaign: CampaignRecord): string {
  const currency = campaign.totalBudget?.currency ?? campaign.budget?.currency ?? '';
  const { inBudgetCurrency, shareOfTotal, other } = committedFees(deals, campaign.totalBudget ?? null, currency);
  const others = other.map((fee) => formatMoney(fee.amount, fee.currency)).join(', ');
  if (inBudgetCurrency === null) return others ? t('campaigns_feesAgreedNoTotal', { agreed: others }) : t('campaigns_feesNone');
  const agreed = formatMoney(inBudgetCurrency, currency);
  const main = campaign.totalBudget && shareOfTotal !== null
    ? t('campaigns_feesAgreed', { agreed, total: formatMoney(campaign.totalBudget.amount, campaign.totalBudget.currency), share: formatPercent(shareOfTotal) })
    : t('campaigns_feesAgreedNoTotal', { agreed });
  return others ? main + t('campaigns_feesOther', { amounts: others }) : main;
}

interface Props {
  db: CreatorLensDatabase;
  campaign: CampaignRecord;
  /** The popup's campaign fit measures against this one. */
  active: boolean;
  onMessage(text: string): void;
  now: () => number;
}

export function CampaignWork({ db, campaign, active, onMessage, now }: Props) {
  const facts = [
    campaign.goal ? t(`campaigns_goal_${campaign.goal}`) : null,
    campaign.startDate && campaign.endDate ? t('campaigns_range', { start: campaign.startDate, end: campaign.endDate }) : null,
    campaign.totalBudget ? t('campaigns_totalBudget', { amount: formatMoney(campaign.totalBudget.amount, campaign.totalBudget.currency) }) : null,
    campaign.budget ? t('campaigns_perPost', { amount: formatMoney(campaign.budget.amount, campaign.budget.currency) }) : null,
  ].filter((fact): fact is string => fact !== null);
  const deals = useLiveQuery(() => listDeals(db, campaign.id).catch(() => null), [db, campaign.id]);
  return (
    <section className="campaigns-view campaign-work" aria-labelledby="campaign-work-title">
      <p className="small">
        <a href="#campaigns">{t('work_allCampaigns')}</a>
      </p>
      <div className="campaigns-head">
        <div>
          <h2 id="campaign-work-title">
            {campaign.name}
            {active ? <span className="active-mark small"> ✓ {t('work_activeMark')}</span> : null}
            {campaign.archivedAt !== null ? <span className="muted small"> ({t('campaigns_archivedMark')})</span> : null}
          </h2>
          {facts.length > 0 ? <p className="muted small">{facts.join(' · ')}</p> : null}
          {deals ? <p className="small" data-testid="fees-agreed">{feesLine(deals, campaign)}</p> : null}
        </div>
        <CampaignExport db={db} campaign={campaign} onMessage={onMessage} now={now} />
        <ResultImport db={db} campaign={campaign} onMessage={onMessage} now={now} />
      </div>
      <nav className="campaign-jump" aria-label={t('work_sections')}>
        {JUMPS.map(([label, heading]) => (
          <button key={heading} type="button" className="link-button" onClick={() => jumpTo(heading)}>
            {t(label)}
          </button>
        ))}
      </nav>
      <CampaignCreators db={db} campaign={campaign} onMessage={onMessage} now={now} />
      <CampaignOutreach db={db} campaign={campaign} onMessage={onMessage} now={now} />
      <CampaignDeliverables db={db} campaign={campaign} onMessage={onMessage} now={now} />
      <CampaignResults db={db} campaign={campaign} />
    </section>
  );
}
