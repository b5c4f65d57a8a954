// A campaign's delivered posts: attach one by its address (checked at the field: a post of that
// creator, not yet in the campaign), then per post whether it went up on time, its newest figures,
// the views it gained since first read, its ad disclosure, and a chart of views over time.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { attachPost, dueDateFor } from '../../lib/campaign/attach-deliverable';
import { readCampaignPosts } from '../../lib/campaign/campaign-posts';
import { summarise, type DeliverableSummary } from '../../lib/campaign/deliverable-table';
import type { DealRecord } from '../../lib/db/deal-record';
import type { DeliverablePoint, DeliverableRecord } from '../../lib/db/deliverable-record';
import { formatDate, formatNumber } from '../../lib/i18n/format';
import { localeTag, problem, t, text, type Text } from '../../lib/i18n';
import { DeliverablesChart } from './DeliverablesChart';
import { fieldChecks } from './field-checks';
import { FirstRows } from './FirstRows';
import type { CampaignPartProps } from './campaign-part';

interface Props extends CampaignPartProps {
  newId?: () => string;
}

type Field = 'creator' | 'url' | 'dueDate';

interface Row {
  deliverable: DeliverableRecord;
  points: DeliverablePoint[];
  summary: DeliverableSummary;
  /** "@lena", or the creator id of one no longer on the shortlist. */
  who: string;
}

const FIGURES = [
  ['views', 'deliv_views', 'deliv_nameViews'],
  ['likes', 'deliv_likes', 'deliv_nameLikes'],
  ['comments', 'deliv_comments', 'deliv_nameComments'],
  ['shares', 'deliv_shares', 'deliv_nameShares'],
  ['saves', 'deliv_saves', 'deliv_nameSaves'],
] as const;

function Figures({ summary }: { summary: DeliverableSummary }) {
  const point = summary.current;
  if (point === null) return <span className="muted">{t('deliv_notReadYet')}</span>;
  if (summary.goneSince !== null) return <strong className="error">{t('gone_since', { date: formatDate(summary.goneSince) })}</strong>;
  const shown = FIGURES.flatMap(([field, key]) => (point[field] === null ? [] : [t(key, { n: point[field] })]));
  const notShown = FIGURES.flatMap(([field, , name]) => (point[field] === null ? [t(name)] : []));
  return (
    <>
      {shown.join(' · ')}
      {notShown.length > 0 ? <span className="muted small"> {t('deliv_notShown', { names: new Intl.ListFormat(localeTag(), { type: 'conjunction' }).format(notShown) })}</span> : null}
    </>
  );
}

function posted({ deliverable, summary }: Row): string {
  const on = deliverable.postedAt === null ? null : t('deliv_postedOn', { date: formatDate(deliverable.postedAt) });
  switch (summary.posted.kind) {
    case 'onTime':
      return `${t('deliv_onTime')} · ${on}`;
    case 'late':
      return `${t('deliv_late', { days: summary.posted.days })} · ${on}`;
    case 'noDue':
      return on === null ? t('deliv_noDue') : `${t('deliv_noDue')} · ${on}`;
    case 'unknown':
      return t('deliv_postedUnknown');
    case 'beforeStart':
      return `${t('deliv_beforeStart', { start: summary.posted.start })} · ${on}`;
  }
}

function growth({ summary }: Row): string {
  const { growth: gained } = summary;
  if (gained === null) return t('deliv_noReading');
  if (gained === 'one') return t('deliv_growthOneReading');
  if (gained === 'unknown') return t('deliv_growthViewsUnknown');
  if (gained === 'neverUp') return t('gone_neverUp');
  const change = `${gained.change > 0 ? '+' : ''}${formatNumber(gained.change)}`;
  return t('deliv_growthViews', { change, date: formatDate(gained.since) });
}

function disclosure({ summary }: Row): string {
  const { current, lastUp } = summary;
  if (current === null) return t('deliv_noReading');
  // A post gone since keeps the disclosure it had when last seen up.
  if (lastUp === null) return t('gone_neverUp');
  if (lastUp.disclosure === null) return t('deliv_discUnknown');
  return t(lastUp.disclosure === 'clear' ? 'deliv_discClear' : lastUp.disclosure === 'unclear' ? 'deliv_discUnclear' : 'deliv_discNone');
}

export function CampaignDeliverables({ db, campaign, onMessage, now, newId = () => crypto.randomUUID() }: Props) {
  const ids = useId();
  const [creatorId, setCreatorId] = useState('');
  const [url, setUrl] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, Text>>>({});
  const [busy, setBusy] = useState(false);
  const work = useLiveQuery(async () => {
    try {
      const { deals, names, deliverables, readings } = await readCampaignPosts(db, campaign.id);
      const rows: Row[] = deliverables.map((deliverable) => {
        const points = readings.get(deliverable.id) ?? [];
        return { deliverable, points, summary: summarise(deliverable, points, campaign.startDate), who: names.get(deliverable.creatorId) ?? deliverable.creatorId };
      });
      return { deals, names, rows, error: null };
    } catch (failure) {
      return { deals: [] as DealRecord[], names: new Map<string, string>(), rows: [] as Row[], error: problem(failure) };
    }
  }, [db, campaign.id]);
  if (work === undefined) return null;

  const { fieldId, checked, refusal } = fieldChecks<Field>(ids, errors);

  const pickCreator = (id: string) => {
    setCreatorId(id);
    setErrors((before) => ({ ...before, creator: undefined }));
    const deal = work.deals.find((one) => one.creatorId === id);
    // The due date follows the creator's promises; the user may change it.
    if (deal) void dueDateFor(db, deal).then((due) => setDueDate(due ?? ''), () => setDueDate(''));
  };

  const attach = async () => {
    const deal = work.deals.find((one) => one.creatorId === creatorId);
    if (!deal) {
      setErrors({ creator: text('deliv_errCreator') });
      return;
    }
    setBusy(true);
    try {
      const result = await attachPost(db, { deal, url, dueDate, attachedBy: 'typed' }, newId(), now());
      if ('errors' in result) {
        setErrors(result.errors);
        return;
      }
      setErrors({});
      setUrl('');
      // The next post of this creator answers their next promise.
      setDueDate((await dueDateFor(db, deal)) ?? '');
      onMessage(result.creatorChecked ? t('deliv_attachedOne') : `${t('deliv_attachedOne')} ${t('deliv_creatorCheckedLater')}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="campaign-part campaign-deliverables" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('deliv_title')}</h3>
      <p className="muted small">{t('deliv_intro')}</p>
      {work.error !== null ? <p className="error" role="alert">{t('deliv_notRead', { reason: work.error })}</p> : null}
      {work.deals.length === 0 && work.error === null ? (
        <p className="empty">{t('deliv_noCreators')}</p>
      ) : (
        <form
          className="attach-post"
          aria-labelledby={`${ids}-attach`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void attach();
          }}
        >
          <h4 id={`${ids}-attach`}>{t('deliv_attachTitle')}</h4>
          <div className="attach-fields">
            <div className="field">
              <label htmlFor={fieldId('creator')}>{t('deliv_creator')}</label>
              <select {...checked('creator')} value={creatorId} onChange={(event) => pickCreator(event.target.value)}>
                <option value="">{t('deliv_pickCreator')}</option>
                {work.deals.map((deal) => (
                  <option key={deal.id} value={deal.creatorId}>{work.names.get(deal.creatorId)}</option>
                ))}
              </select>
              {refusal('creator')}
            </div>
            <div className="field attach-url">
              <label htmlFor={fieldId('url')}>{t('deliv_url')}</label>
              <input type="url" {...checked('url')} value={url} onChange={(event) => setUrl(event.target.value)} placeholder={t('deliv_urlHint')} />
              {refusal('url')}
            </div>
            <div className="field">
              <label htmlFor={fieldId('dueDate')}>{t('deliv_due')}</label>
              <input type="date" {...checked('dueDate')} value={dueDate} onChange={(event) => setDueDate(event.target.value)} title={t('deliv_dueHint')} />
              {refusal('dueDate')}
            </div>
            <button type="submit" disabled={busy}>{t('deliv_attach')}</button>
          </div>
        </form>
      )}
      {work.rows.length === 0 && work.deals.length > 0 ? <p className="empty">{t('deliv_none')}</p> : null}
      {work.rows.length > 0 ? (
        <>
          <FirstRows rows={work.rows}>
          {(shown) => (
        <div className="table-scroll campaigns-scroll">
            <table className="campaigns-table deliverables-table">
              <thead>
                <tr>
                  <th scope="col">{t('deliv_colCreator')}</th>
                  <th scope="col">{t('deliv_colPost')}</th>
                  <th scope="col">{t('deliv_colDue')}</th>
                  <th scope="col">{t('deliv_colPosted')}</th>
                  <th scope="col">{t('deliv_colFigures')}</th>
                  <th scope="col">{t('deliv_colGrowth')}</th>
                  <th scope="col">{t('deliv_colDisclosure')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.deliverable.id}>
                    <th scope="row">{row.who}</th>
                    <td>
                      <a href={row.deliverable.url} target="_blank" rel="noreferrer">{row.deliverable.postKey.slice(row.deliverable.platform.length + 1)}</a>
                    </td>
                    <td>{row.deliverable.dueDate ?? t('deliv_noDue')}</td>
                    <td>{posted(row)}</td>
                    <td><Figures summary={row.summary} /></td>
                    <td>{growth(row)}</td>
                    <td>{disclosure(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )}
        </FirstRows>
          <DeliverablesChart lines={work.rows.map((row) => ({ id: row.deliverable.id, label: `${row.who} · ${row.deliverable.postKey.slice(row.deliverable.platform.length + 1)}`, points: row.points }))} />
        </>
      ) : null}
    </section>
  );
}
