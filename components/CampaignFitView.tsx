// How the creator fits the active campaign, shown apart from the quality score: each check with
// its verdict and the reason in words.
import type { CampaignFit, Verdict } from '../lib/campaign';
import { formatMoney } from '../lib/pricing';

const MARK: Record<Verdict, { symbol: string; words: string }> = {
  fits: { symbol: '✓', words: 'fits' },
  'does-not-fit': { symbol: '✗', words: 'does not fit' },
  unknown: { symbol: '?', words: 'unknown' },
};

function Check({ id, label, verdict, detail }: { id: string; label: string; verdict: Verdict; detail: string }) {
  const mark = MARK[verdict];
  return (
    <li data-fit={id} data-verdict={verdict} className={`fit fit-${verdict}`}>
      <span className="fit-mark" aria-hidden="true">{mark.symbol}</span>
      <strong>{label}</strong> <span className="visually-hidden">{mark.words}: </span>
      <span className="small">{detail}</span>
    </li>
  );
}

export function CampaignFitView({ fit, onOpenOptions }: { fit: CampaignFit | null; onOpenOptions(): void }) {
  if (!fit) {
    return (
      <section className="campaign-fit" aria-labelledby="fit-title">
        <h3 id="fit-title">Campaign fit</h3>
        <p className="small muted">
          No active campaign. <button type="button" className="link-button" onClick={onOpenOptions}>Set one up</button> to see language, niche and price fit.
        </p>
      </section>
    );
  }
  const { price, language } = fit;
  const band = price.bandUsd ? `${formatMoney(price.bandUsd.low, 'USD')}-${formatMoney(price.bandUsd.high, 'USD')} per post. ` : '';
  const languages = language.found.length > 0 ? `Found: ${language.found.map((item) => `${item.language} (${item.texts})`).join(', ')}. ` : '';
  return (
    <section className="campaign-fit" aria-labelledby="fit-title" data-testid="campaign-fit">
      <h3 id="fit-title">Fit for “{fit.campaign.name}”</h3>
      <p className="small muted">Separate from the quality score above, which it does not change.</p>
      <ul className="fit-list">
        <Check id="platform" label="Platform" verdict={fit.platform.verdict} detail={fit.platform.reason} />
        <Check id="tier" label="Tier" verdict={fit.tier.verdict} detail={fit.tier.reason} />
        <Check id="language" label="Language" verdict={language.verdict} detail={`${languages}${language.reason}`} />
        <Check id="niche" label="Niche" verdict={fit.niche.verdict} detail={fit.niche.reason} />
        <Check id="price" label="Price" verdict={price.verdict} detail={`${band}${price.reason}`} />
      </ul>
      <p className="small">
        <button type="button" className="link-button" onClick={onOpenOptions}>Change campaigns</button>
      </p>
    </section>
  );
}
