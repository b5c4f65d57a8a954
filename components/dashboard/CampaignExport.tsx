// The campaign page's "Export CSV": the campaign's creators, deals, outreach, delivered posts and each
// creator's results as one file, column names in the UI language (lib/csv/campaign-export).
import { useState } from 'react';
import { campaignResults } from '../../lib/campaign/campaign-results';
import type { Figure } from '../../lib/campaign/roi-figure';
import { campaignCsvFileName, campaignToCsv, readCampaignData, type CampaignData, type CreatorResultFigures } from '../../lib/csv/campaign-export';
import { downloadText } from '../../lib/csv/export';
import { problem, t } from '../../lib/i18n';
import type { CampaignPartProps } from './campaign-part';

interface Props extends CampaignPartProps {
  /** Where the file goes; the browser download by default (tests pass their own). */
  onDownload?: (text: string, fileName: string) => void;
}

const valueOf = (figure: Figure): number | null => ('value' in figure ? figure.value : null);

/** Each booked creator's results as the Results section computes them, for the file. */
function resultFigures(data: CampaignData): Map<string, CreatorResultFigures> {
  const { currency, creators } = campaignResults(data.campaign, data.deals, data.deliverables, data.points, data.results);
  return new Map(
    creators.map(({ creatorId, layers }) => [
      creatorId,
      {
        clicks: valueOf(layers.intent.clicks),
        orders: valueOf(layers.conversion.orders),
        revenue: valueOf(layers.finance.revenue),
        refunds: valueOf(layers.finance.refunds),
        currency,
        roas: valueOf(layers.finance.roas),
        cpa: valueOf(layers.conversion.cpa),
      },
    ]),
  );
}

export function CampaignExport({ db, campaign, onMessage, now, onDownload }: Props) {
  const [busy, setBusy] = useState(false);
  const exportCampaign = async () => {
    setBusy(true);
    try {
      const data = await readCampaignData(db, campaign);
      const { text, rows } = campaignToCsv(data, {}, resultFigures(data));
      if (rows === 0) return onMessage(t('cdata_exportEmpty'));
      const fileName = campaignCsvFileName(campaign, now());
      if (onDownload) onDownload(text, fileName);
      else downloadText(text, fileName, 'text/csv;charset=utf-8');
      onMessage(t('cdata_exported', { file: fileName, rows }));
    } catch (failure) {
      onMessage(t('cdata_exportFailed', { reason: problem(failure) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="campaign-export" title={t('cdata_exportHint')} disabled={busy} onClick={() => void exportCampaign()}>
      {t('cdata_exportButton')}
    </button>
  );
}
