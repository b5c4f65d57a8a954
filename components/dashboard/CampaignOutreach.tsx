// A campaign's outreach log: its figures at the top (response rate, median reply time, follow-ups),
// the form that logs a contact attempt, and the attempts newest first, each waiting one with "Mark
// answer". Logging moves the creator's shortlist status too, so nobody enters it twice.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { CHANNEL_NAMES, formatDuration, OUTCOME_NAMES, summariseOutreach, type CreatorOutreach, type OutreachFigure } from '../../lib/campaign/outreach';
import { recordAttempt, type StatusStep } from '../../lib/campaign/outreach-status';
import { listDeals } from '../../lib/db/deals';
import type { OutreachRecord } from '../../lib/db/outreach-record';
import { listOutreach } from '../../lib/db/outreach';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/i18n/format';
import { getLocale, problem, say, t } from '../../lib/i18n';
import { SETTINGS_FALLBACK } from '../../lib/settings';
import { statusName } from '../../lib/shortlist/status';
import { FollowUpSetting } from '../shared/FollowUpSetting';
import { useFocusLater } from '../shared/useFocusLater';
import { AnswerForm, LogContactForm } from './OutreachForms';
import { FirstRows } from './FirstRows';
import './CampaignOutreach.css';
import type { CampaignPartProps } from './campaign-part';

interface Props extends CampaignPartProps {
  newId?: () => string;
}

const COLUMNS = ['reach_colCreator', 'reach_colChannel', 'reach_colSent', 'reach_colOutcome', 'reach_colAnswered', 'reach_colResponseTime', 'reach_colNote', 'reach_colAction'] as const;

const figureText = (figure: OutreachFigure, shown: (value: number) => string) => (figure.value === null ? t('reach_unknown', { reason: say(figure.reason) }) : shown(figure.value));

/** What logging did, in words: the attempt, the status step, and why a decline rejects nobody. */
function saidOf(step: StatusStep, attempt: OutreachRecord, name: string, answering: boolean): string {
  const parts = [t(answering ? 'reach_answered' : 'reach_logged', { name })];
  if (step.kind === 'moved') parts.push(t('reach_statusMoved', { from: statusName(step.from), to: statusName(step.to) }));
  if (step.kind === 'kept') parts.push(t('reach_statusKept', { status: statusName(step.status) }));
  if (step.kind === 'not-on-shortlist') parts.push(t('reach_notOnShortlist', { name }));
  if (attempt.outcome === 'declined' && step.kind !== 'not-on-shortlist') parts.push(t('reach_declineKept', { name }));
  // Chinese sentences follow each other without a space.
  return parts.join(getLocale() === 'zh_CN' ? '' : ' ');
}

export function CampaignOutreach({ db, campaign, onMessage, now, newId = () => crypto.randomUUID() }: Props) {
  const [logging, setLogging] = useState(false);
  const [answering, setAnswering] = useState<string | null>(null);
  const [followUpOnly, setFollowUpOnly] = useState(false);
  const [followUpDays, setFollowUpDays] = useState(SETTINGS_FALLBACK.followUpDays);
  const [saveError, setSaveError] = useState<string | null>(null);
  const logButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  // A closed form hands the keyboard back to the button that opened it, not to the page's top.
  const closeLog = () => {
    setLogging(false);
    focusLater(() => logButton.current);
  };
  // Cancelled, back to its Mark answer button; answered (the button goes), to Log contact.
  const closeAnswer = (attemptId: string, answered: boolean) => {
    setAnswering(null);
    focusLater(() => (answered ? logButton.current : logButton.current?.closest('section')?.querySelector<HTMLElement>(`button[data-attempt="${CSS.escape(attemptId)}"]`)));
  };
  const log = useLiveQuery(async () => {
    try {
      const [deals, attempts] = await Promise.all([listDeals(db, campaign.id), listOutreach(db, campaign.id)]);
      const ids = [...new Set([...deals.map((deal) => deal.creatorId), ...attempts.map((attempt) => attempt.creatorId)])];
      const creators = await db.creators.bulkGet(ids);
      const names = new Map(ids.map((id, index) => [id, creators[index] ? (creators[index].displayName ?? `@${creators[index].handle}`) : id]));
      return { booked: deals.map((deal) => ({ id: deal.creatorId, name: names.get(deal.creatorId) ?? deal.creatorId })), attempts, names, error: null };
    } catch (failure) {
      return { booked: [], attempts: [], names: new Map<string, string>(), error: problem(failure) };
    }
  }, [db, campaign.id]);
  if (log === undefined) return null;

  const figures = summariseOutreach(log.attempts, now(), followUpDays);
  const byCreator = new Map<string, CreatorOutreach>(figures.creators.map((creator) => [creator.creatorId, creator]));
  const followUps = new Set(figures.creators.filter((creator) => creator.needsFollowUp).map((creator) => creator.newestAttemptId));
  const nameOf = (creatorId: string) => log.names.get(creatorId) ?? creatorId;
  const rows = [...log.attempts].reverse().filter((attempt) => !followUpOnly || followUps.has(attempt.id));

  const save = async (attempt: OutreachRecord, answered: boolean): Promise<boolean> => {
    try {
      const step = await recordAttempt(db, attempt, now());
      setSaveError(null);
      onMessage(saidOf(step, attempt, nameOf(attempt.creatorId), answered));
      return true;
    } catch (failure) {
      setSaveError(t('reach_notSaved', { reason: problem(failure) }));
      return false;
    }
  };

  return (
    <section className="campaign-part campaign-outreach" aria-labelledby="campaign-outreach-title">
      <h3 id="campaign-outreach-title">{t('reach_title')}</h3>
      {log.error !== null ? (
        <p className="error" role="alert">
          {t('reach_notRead', { reason: log.error })}
        </p>
      ) : null}
      <dl className="outreach-figures">
        <div>
          <dt>{t('reach_responseRate')}</dt>
          <dd data-figure="response-rate">{figureText(figures.responseRate, (rate) => t('reach_rateValue', { answered: figures.answered, contacted: figures.contacted, percent: formatPercent(rate) }))}</dd>
        </div>
        <div>
          <dt>{t('reach_medianReply')}</dt>
          <dd data-figure="median-reply">{figureText(figures.medianReplyMs, formatDuration)}</dd>
        </div>
        <div>
          <dt>{t('reach_needsFollowUp')}</dt>
          <dd data-figure="follow-ups">{formatNumber(figures.needsFollowUp)}</dd>
        </div>
      </dl>
      {figures.contacted > 0 ? (
        <p className="small muted">
          {t('reach_standing', { agreed: figures.standing.agreed, declined: figures.standing.declined, replied: figures.standing.replied, waiting: figures.standing.waiting, noAnswer: figures.standing['no-answer'] })}
        </p>
      ) : null}
      <div className="outreach-controls">
        <button ref={logButton} type="button" className="primary" aria-expanded={logging} disabled={log.booked.length === 0} onClick={() => setLogging((open) => !open)}>
          {t('reach_logContact')}
        </button>
        <label className="small">
          <input type="checkbox" checked={followUpOnly} onChange={(event) => setFollowUpOnly(event.target.checked)} /> {t('reach_followUpOnly')}
        </label>
      </div>
      <FollowUpSetting onChange={setFollowUpDays} />
      {saveError !== null ? (
        <p className="error" role="alert">
          {saveError}
        </p>
      ) : null}
      {log.booked.length === 0 && log.error === null ? <p className="empty">{t('reach_noCreators')}</p> : null}
      {logging ? <LogContactForm creators={log.booked} campaignId={campaign.id} newId={newId} now={now} onSave={(attempt) => save(attempt, false)} onClose={closeLog} /> : null}
      {log.attempts.length === 0 && log.booked.length > 0 ? <p className="empty">{t('reach_noAttempts')}</p> : null}
      {log.attempts.length > 0 && rows.length === 0 ? <p className="empty">{t('reach_noFollowUps', { days: followUpDays })}</p> : null}
      {rows.length > 0 ? (
        <FirstRows rows={rows}>
          {(shown) => (
        <div className="table-scroll">
          <table className="campaigns-table outreach-table" aria-label={t('reach_attempts')}>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((attempt) => {
                const creator = byCreator.get(attempt.creatorId);
                const responseMs = creator?.responseMs ?? null;
                return (
                  <tr key={attempt.id}>
                    <th scope="row">{nameOf(attempt.creatorId)}</th>
                    <td>{say(CHANNEL_NAMES[attempt.channel])}</td>
                    <td>{formatDateTime(attempt.sentAt)}</td>
                    <td>
                      {say(OUTCOME_NAMES[attempt.outcome])}
                      {followUps.has(attempt.id) ? <span className="follow-up-mark small"> {t('reach_followUpMark')}</span> : null}
                    </td>
                    <td>{attempt.answeredAt !== null ? formatDateTime(attempt.answeredAt) : null}</td>
                    <td>{responseMs !== null ? formatDuration(responseMs) : <span className="muted">{t('reach_notAnswered')}</span>}</td>
                    <td>{attempt.note}</td>
                    <td>
                      {attempt.outcome === 'waiting' && answering !== attempt.id ? (
                        <button type="button" data-attempt={attempt.id} aria-label={`${t('reach_markAnswer')}: ${nameOf(attempt.creatorId)}`} onClick={() => setAnswering(attempt.id)}>
                          {t('reach_markAnswer')}
                        </button>
                      ) : null}
                      {answering === attempt.id ? <AnswerForm attempt={attempt} creatorName={nameOf(attempt.creatorId)} now={now} onSave={(answered) => save(answered, true)} onClose={(answered) => closeAnswer(attempt.id, answered)} /> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
          )}
        </FirstRows>
      ) : null}
    </section>
  );
}
