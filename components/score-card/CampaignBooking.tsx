// For a creator on the shortlist: the campaigns they are in, and one line to add them to another (the
// active campaign chosen first). Kept to one line at the popup's foot, so Save stays in sight.
import { useEffect, useId, useState } from 'react';
import type { Booking } from '../../lib/campaign/booking';
import { problem, t } from '../../lib/i18n';

interface Props {
  creatorId: string;
  booking(creatorId: string): Promise<Booking>;
  addToCampaign(campaignId: string, creatorId: string): Promise<void>;
}

export function CampaignBooking({ creatorId, booking, addToCampaign }: Props) {
  const id = useId();
  // undefined while read; a failure to read says so rather than showing the creator in no campaign.
  const [state, setState] = useState<Booking | undefined>(undefined);
  const [chosen, setChosen] = useState('');
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const read = (then?: string) =>
    booking(creatorId).then(
      (read) => {
        setState(read);
        setChosen(read.choices[0]?.id ?? '');
        if (then) setSaid({ text: then, error: false });
      },
      (failure: unknown) => setSaid({ text: t('campaigns_notRead', { reason: problem(failure) }), error: true }),
    );
  useEffect(() => void read(), [creatorId, booking]);

  if (state === undefined) return said ? <p className="error small" role="alert">{said.text}</p> : null;
  // A user who runs no campaigns gets no campaign line: the footer stays as short as it was.
  if (state.choices.length === 0 && state.bookedIn.length === 0 && said === null) return null;
  return (
    <div className="campaign-booking small" data-testid="campaign-booking">
      <span className="muted">{state.bookedIn.length > 0 ? t('deal_inCampaigns', { names: state.bookedIn.join(', ') }) : t('deal_inNoCampaign')}</span>
      {state.choices.length > 0 ? (
        <form
          className="booking-add"
          onSubmit={(event) => {
            event.preventDefault();
            const campaign = state.choices.find((choice) => choice.id === chosen);
            if (!campaign || busy) return;
            setBusy(true);
            addToCampaign(campaign.id, creatorId)
              .then(
                () => read(t('deal_panelAdded', { campaign: campaign.name })),
                (failure: unknown) => setSaid({ text: t('deal_notAdded', { reason: problem(failure) }), error: true }),
              )
              .finally(() => setBusy(false));
          }}
        >
          <label htmlFor={`${id}-campaign`} className="visually-hidden">{t('deal_panelPick')}</label>
          <select id={`${id}-campaign`} value={chosen} onChange={(event) => setChosen(event.target.value)}>
            {state.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>{choice.active ? t('deal_activeOption', { name: choice.name }) : choice.name}</option>
            ))}
          </select>
          <button type="submit" aria-disabled={busy}>{t('deal_panelAdd')}</button>
        </form>
      ) : null}
      {said ? (
        <span className={said.error ? 'error' : 'saved'} role={said.error ? 'alert' : 'status'}>
          {said.text}
        </span>
      ) : null}
    </div>
  );
}
