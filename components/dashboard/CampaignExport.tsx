// The campaign page's "Export CSV": the campaign's creators, deals, outreach and delivered posts as
// one file, column names in the UI language (lib/csv/campaign-export).
import { useState } from 'react';
import type { CampaignRecord } from '../../lib/db/campaign-record';
import type { CreatorLensDatabase } from '../../lib/db';
import { campaignCsvFileName, campaignToCsv, readCampaignData } from '../../lib/csv/campaign-export';
import { downloadText } from '../../lib/csv/export';
import { problem, t } from '../../lib/i18n';

interface Props {
  db: CreatorLensDatabase;
  campaign: CampaignRecord;
  onMessage(text: string): void;
  now: () => number;
  /** Where the file goes; the browser download by default (tests pass their own). */
  onDownload?: (text: string, fileName: string) => void;
}

export function CampaignExport({ db, campaign, onMessage, now, onDownload }: Props) {
  const [busy, setBusy] = useState(false);
  const exportCampaign = async () => {
    setBusy(true);
    try {
      const { text, rows } = campaignToCsv(await readCampaignData(db, campaign));
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
