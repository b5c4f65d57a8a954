// The import dialog's "Add imported creators to campaign": none, or one of the campaigns not archived.
import { useEffect, useId, useState } from 'react';
import { campaignChoices, type CampaignChoice } from '../../lib/campaign/booking';
import type { CreatorLensDatabase } from '../../lib/db';
import { t } from '../../lib/i18n';

interface Props {
  db: CreatorLensDatabase;
  chosen: CampaignChoice | null;
  disabled: boolean;
  onChange(campaign: CampaignChoice | null): void;
}

export function ImportCampaignChoice({ db, chosen, disabled, onChange }: Props) {
  const id = useId();
  const [choices, setChoices] = useState<CampaignChoice[]>([]);
  // Campaigns that cannot be read offer none: the import itself still works.
  useEffect(() => void campaignChoices(db).then(setChoices, () => setChoices([])), [db]);
  if (choices.length === 0) return null;
  return (
    <label htmlFor={`${id}-campaign`}>
      {t('deal_importCampaign')}{' '}
      <select id={`${id}-campaign`} value={chosen?.id ?? ''} disabled={disabled} onChange={(event) => onChange(choices.find((choice) => choice.id === event.target.value) ?? null)}>
        <option value="">{t('deal_importNone')}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.active ? t('deal_activeOption', { name: choice.name }) : choice.name}</option>
        ))}
      </select>
    </label>
  );
}
