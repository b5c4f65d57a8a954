// How the creator fits the active campaign, shown apart from the quality score: each check with
// its verdict and the reason in words, folded under its heading below the score card.
import type { CampaignFit, Verdict } from '../../lib/campaign/fit';
import { bandInBudgetCurrency } from '../../lib/campaign/money';
import { say, t, type MessageKey, type Text } from '../../lib/i18n';
import { formatMoney } from '../../lib/shortlist/pricing';

const MARK: Record<Verdict, { symbol: string; words: MessageKey }> = {
  fits: { symbol: '✓', words: 'pop_verdictFits' },
  'does-not-fit': { symbol: '✗', words: 'pop_verdictNotFits' },
  unknown: { symbol: '?', words: 'pop_verdictUnknown' },
};

function Check({ id, label, verdict, detail }: { id: string; label: MessageKey; verdict: Verdict; detail: string }) {
  const mark = MARK[verdict];
  return (
    <li data-fit={id} data-verdict={verdict} className={`fit fit-${verdict}`}>
      <span className="fit-mark" aria-hidden="true">{mark.symbol}</span>
      <strong>{t(label)}</strong> <span className="visually-hidden">{t('pop_verdictSays', { verdict: t(mark.words) })}</span>
      <span className="small">{detail}</span>
    </li>
  );
}

function languageDetail(language: CampaignFit['language']): string {
  const found = language.found.map((item) => t('pop_fitFoundItem', { language: item.language, count: item.texts })).join(t('pop_listSeparator'));
  return `${found ? t('pop_fitFound', { list: found }) : ''}${say(language.reason)}`;
}

/** The expected price per post in the budget's currency at the user's rate, else in US dollars saying why. */
function bandDetail(bandUsd: NonNullable<CampaignFit['price']['bandUsd']>, budget: CampaignFit['campaign']['budget']): string {
  const band = bandInBudgetCurrency(bandUsd, budget);
  if (band.kind === 'converted') {
    return t('opt_fitBandConverted', { low: formatMoney(band.low, band.currency), high: formatMoney(band.high, band.currency), rate: band.perUsd, currency: band.currency });
  }
  const low = formatMoney(band.low, 'USD');
  const high = formatMoney(band.high, 'USD');
  return band.kind === 'no-rate' ? t('opt_fitBandNoRate', { low, high, currency: band.currency }) : t('pop_fitBand', { low, high });
}

function priceDetail(fit: CampaignFit): string {
  return `${fit.price.bandUsd ? bandDetail(fit.price.bandUsd, fit.campaign.budget) : ''}${say(fit.price.reason)}`;
}

const reasonOf = (check: { reason: Text }) => say(check.reason);

export function CampaignFitView({ fit, onOpenOptions }: { fit: CampaignFit | null; onOpenOptions(): void }) {
  if (!fit) {
    return (
      <details className="fold campaign-fit" data-fold="campaign">
        <summary>
          <h3 className="fold-title">{t('pop_fitTitle')}</h3>
        </summary>
        <p className="small muted">
          {t('pop_noCampaign')}{' '}
          <button type="button" className="link-button" onClick={onOpenOptions}>
            {t('pop_setUp')}
          </button>
          {t('pop_setUpAfter')}
        </p>
      </details>
    );
  }
  return (
    <details className="fold campaign-fit" data-fold="campaign" data-testid="campaign-fit">
      <summary>
        <h3 className="fold-title">{t('pop_fitFor', { name: fit.campaign.name })}</h3>
      </summary>
      <p className="small muted">{t('pop_fitSeparate')}</p>
      <ul className="fit-list">
        <Check id="platform" label="pop_fitPlatform" verdict={fit.platform.verdict} detail={reasonOf(fit.platform)} />
        <Check id="tier" label="pop_fitTier" verdict={fit.tier.verdict} detail={reasonOf(fit.tier)} />
        <Check id="language" label="pop_fitLanguage" verdict={fit.language.verdict} detail={languageDetail(fit.language)} />
        <Check id="niche" label="pop_fitNiche" verdict={fit.niche.verdict} detail={reasonOf(fit.niche)} />
        <Check id="price" label="pop_fitPrice" verdict={fit.price.verdict} detail={priceDetail(fit)} />
      </ul>
      <p className="small">
        <button type="button" className="link-button" onClick={onOpenOptions}>
          {t('pop_changeCampaigns')}
        </button>
      </p>
    </details>
  );
}
