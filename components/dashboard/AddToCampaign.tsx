// "Add to campaign…" in the shortlist's bulk bar: picks one of the campaigns not archived (the active
// one chosen first) and books the selected creators in it; those already in it keep their deal.
import { useId, useState } from 'react';
import { bookCreators, campaignChoices, type CampaignChoice } from '../../lib/campaign/booking';
import type { CreatorLensDatabase } from '../../lib/db';
import { problem, t } from '../../lib/i18n';

interface Props {
  db: CreatorLensDatabase;
  creatorIds: readonly string[];
  /** Says what was done (the dashboard's status line). */
  onMessage(text: string): void;
  now?: () => number;
}

export function AddToCampaign({ db, creatorIds, onMessage, now = Date.now }: Props) {
  const id = useId();
  // null: closed; a list once opened and read.
  const [choices, setChoices] = useState<CampaignChoice[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = () => {
    setError(null);
    campaignChoices(db).then(
      (read) => {
        setChoices(read);
        setChosen(read[0]?.id ?? '');
      },
      (failure: unknown) => setError(t('campaigns_notRead', { reason: problem(failure) })),
    );
  };

  if (choices === null) {
    return (
      <span className="inline add-to-campaign">
        <button type="button" onClick={open}>{t('deal_addToCampaign')}</button>
        {error ? <span className="error small" role="alert">{error}</span> : null}
      </span>
    );
  }
  if (choices.length === 0) {
    return (
      <span className="inline add-to-campaign small" role="status">
        {t('deal_noCampaigns')} <a href="#campaigns">{t('deal_createCampaign')}</a>
      </span>
    );
  }
  return (
    <form
      className="inline add-to-campaign"
      onSubmit={(event) => {
        event.preventDefault();
        const campaign = choices.find((choice) => choice.id === chosen);
        if (!campaign || busy) return;
        setBusy(true);
        bookCreators(db, campaign.id, creatorIds, now()).then(
          ({ added, already }) => {
            setBusy(false);
            setChoices(null);
            onMessage(t('deal_addedNotice', { added, already, campaign: campaign.name }));
          },
          (failure: unknown) => {
            setBusy(false);
            setError(t('deal_notAdded', { reason: problem(failure) }));
          },
        );
      }}
    >
      <label htmlFor={`${id}-campaign`} className="visually-hidden">{t('deal_pickCampaign')}</label>
      <select id={`${id}-campaign`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>{choice.active ? t('deal_activeOption', { name: choice.name }) : choice.name}</option>
        ))}
      </select>
      <button type="submit" aria-disabled={busy}>{t('deal_add')}</button>
      <button type="button" className="ghost" onClick={() => setChoices(null)}>{t('pop_cancel')}</button>
      {error ? <span className="error small" role="alert">{error}</span> : null}
    </form>
  );
}
