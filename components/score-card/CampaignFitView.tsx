// How the creator fits the active campaign, shown apart from the quality score: each check with
// its verdict and the reason in words, folded under its heading below the score card.
import type { CampaignFit, Verdict } from '../../lib/campaign/fit';
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

function priceDetail(price: CampaignFit['price']): string {
  const band = price.bandUsd ? t('pop_fitBand', { low: formatMoney(price.bandUsd.low, 'USD'), high: formatMoney(price.bandUsd.high, 'USD') }) : '';
  return `${band}${say(price.reason)}`;
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
        <Check id="price" label="pop_fitPrice" verdict={fit.price.verdict} detail={priceDetail(fit.price)} />
      </ul>
      <p className="small">
        <button type="button" className="link-button" onClick={onOpenOptions}>
          {t('pop_changeCampaigns')}
        </button>
      </p>
    </details>
  );
}
