// The outreach log's two forms: "Log contact" (who, by which channel, when, what came of it) and
// "Mark answer" on a waiting attempt. Times are typed in the user's time zone; a field that cannot be
// taken says why beside it and gets the keyboard, and nothing is stored until every field reads.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { answerTime, attemptFromDraft, emptyAttemptDraft, localInputOf, utcOffsetName, type AttemptDraft, type AttemptErrors } from '../../lib/campaign/outreach-draft';
import { CHANNEL_NAMES, isAnswer, OUTCOME_NAMES } from '../../lib/campaign/outreach';
import { OUTREACH_CHANNELS, OUTREACH_OUTCOMES, type OutreachOutcome, type OutreachRecord } from '../../lib/db/outreach-record';
import { say, t, type Text } from '../../lib/i18n';
import { useFocusLater } from '../shared/useFocusLater';

const ANSWER_CHOICES: readonly OutreachOutcome[] = ['replied', 'agreed', 'declined', 'no-answer'];

/** A field's id, and its refusal tied to it when it has one. */
function useChecked(errors: Partial<Record<string, Text>>) {
  const ids = useId();
  const fieldId = (field: string) => `${ids}-${field}`;
  return {
    fieldId,
    checked: (field: string) => ({
      id: fieldId(field),
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? `${fieldId(field)}-error` : undefined,
    }),
    refusal: (field: string): ReactNode =>
      errors[field] ? (
        <p id={`${fieldId(field)}-error`} className="error small">
          {say(errors[field])}
        </p>
      ) : null,
  };
}

/** A labelled choice among fixed values, each named by its message. */
function ChoiceField<V extends string>(props: { id: string; label: string; value: V; choices: readonly V[]; name(choice: V): string; onChange(choice: V): void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(props.choices.find((choice) => choice === event.target.value) ?? props.value)}>
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {props.name(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A date and time typed in the user's time zone, with its refusal beside it. */
function TimeField(props: { label: string; value: string; checked: ReturnType<ReturnType<typeof useChecked>['checked']>; refusal: ReactNode; onChange(value: string): void }) {
  return (
    <div className="field">
      <label htmlFor={props.checked.id}>{props.label}</label>
      <input type="datetime-local" {...props.checked} value={props.value} onChange={(event) => props.onChange(event.target.value)} />
      {props.refusal}
    </div>
  );
}

function FormButtons({ save, busy, onClose }: { save: string; busy: boolean; onClose(): void }) {
  return (
    <div className="dialog-buttons">
      <button type="submit" className="primary" disabled={busy}>
        {save}
      </button>
      <button type="button" onClick={onClose}>
        {t('reach_cancel')}
      </button>
    </div>
  );
}

/** Moves the keyboard to the first field to mend, in the order of the form. */
function useFocusFirstRefused() {
  const form = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  return { form, focusFirst: () => focusLater(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')) };
}

interface LogProps {
  creators: readonly { id: string; name: string }[];
  campaignId: string;
  newId: () => string;
  now: () => number;
  /** Stores the attempt; resolves false when it could not be stored (the reason is said by the caller). */
  onSave(attempt: OutreachRecord): Promise<boolean>;
  onClose(): void;
}

export function LogContactForm({ creators, campaignId, newId, now, onSave, onClose }: LogProps) {
  const [draft, setDraft] = useState<AttemptDraft>(() => emptyAttemptDraft(now()));
  const [errors, setErrors] = useState<AttemptErrors>({});
  const [busy, setBusy] = useState(false);
  const { fieldId, checked, refusal } = useChecked(errors);
  const { form, focusFirst } = useFocusFirstRefused();
  useEffect(() => form.current?.querySelector<HTMLElement>('select')?.focus(), [form]);
  const set = <K extends keyof AttemptDraft>(key: K, value: AttemptDraft[K]) => setDraft((before) => ({ ...before, [key]: value }));
  return (
    <form
      ref={form}
      className="outreach-form"
      aria-label={t('reach_logContact')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        const result = attemptFromDraft(draft, { id: newId(), campaignId, booked: creators.map((creator) => creator.id), now: now() });
        if ('errors' in result) {
          setErrors(result.errors);
          focusFirst();
          return;
        }
        setErrors({});
        setBusy(true);
        void onSave(result.attempt).then((saved) => {
          setBusy(false);
          if (saved) onClose();
        });
      }}
    >
      <div className="field">
        <label htmlFor={fieldId('creatorId')}>{t('reach_fieldCreator')}</label>
        <select {...checked('creatorId')} value={draft.creatorId} onChange={(event) => set('creatorId', event.target.value)}>
          <option value="">{t('reach_pickCreator')}</option>
          {creators.map((creator) => (
            <option key={creator.id} value={creator.id}>
              {creator.name}
            </option>
          ))}
        </select>
        {refusal('creatorId')}
      </div>
      <ChoiceField id={fieldId('channel')} label={t('reach_fieldChannel')} value={draft.channel} choices={OUTREACH_CHANNELS} name={(channel) => say(CHANNEL_NAMES[channel])} onChange={(channel) => set('channel', channel)} />
      <TimeField label={t('reach_fieldSentAt')} value={draft.sentAt} checked={checked('sentAt')} refusal={refusal('sentAt')} onChange={(value) => set('sentAt', value)} />
      <ChoiceField id={fieldId('outcome')} label={t('reach_fieldOutcome')} value={draft.outcome} choices={OUTREACH_OUTCOMES} name={(outcome) => say(OUTCOME_NAMES[outcome])} onChange={(outcome) => set('outcome', outcome)} />
      {isAnswer(draft.outcome) ? <TimeField label={t('reach_fieldAnsweredAt')} value={draft.answeredAt} checked={checked('answeredAt')} refusal={refusal('answeredAt')} onChange={(value) => set('answeredAt', value)} /> : null}
      <div className="field grow">
        <label htmlFor={fieldId('note')}>{t('reach_fieldNote')}</label>
        <input type="text" {...checked('note')} value={draft.note} onChange={(event) => set('note', event.target.value)} />
        {refusal('note')}
      </div>
      <p className="small muted zone">{t('reach_timeZone', { zone: utcOffsetName(-new Date(now()).getTimezoneOffset()) })}</p>
      <FormButtons save={t('reach_save')} busy={busy} onClose={onClose} />
    </form>
  );
}

interface AnswerProps {
  attempt: OutreachRecord;
  creatorName: string;
  now: () => number;
  onSave(attempt: OutreachRecord): Promise<boolean>;
  /** `answered`: closed by a saved answer, not by Cancel. */
  onClose(answered: boolean): void;
}

/** The answer to a waiting attempt: replied, agreed, declined (with when), or closed as unanswered. */
export function AnswerForm({ attempt, creatorName, now, onSave, onClose }: AnswerProps) {
  const [outcome, setOutcome] = useState<OutreachOutcome>('replied');
  const [answeredAt, setAnsweredAt] = useState(() => localInputOf(now()));
  const [errors, setErrors] = useState<AttemptErrors>({});
  const [busy, setBusy] = useState(false);
  const { fieldId, checked, refusal } = useChecked(errors);
  const { form, focusFirst } = useFocusFirstRefused();
  useEffect(() => form.current?.querySelector<HTMLElement>('select')?.focus(), [form]);
  return (
    <form
      ref={form}
      className="outreach-form answer-form"
      aria-label={t('reach_markAnswerOf', { name: creatorName })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        const answer = answerTime(outcome, answeredAt, attempt.sentAt, now());
        if ('error' in answer) {
          setErrors({ answeredAt: answer.error });
          focusFirst();
          return;
        }
        setErrors({});
        setBusy(true);
        void onSave({ ...attempt, outcome, answeredAt: answer.at, updatedAt: now() }).then((saved) => {
          setBusy(false);
          if (saved) onClose(true);
        });
      }}
    >
      <ChoiceField<OutreachOutcome> id={fieldId('answer')} label={t('reach_fieldOutcome')} value={outcome} choices={ANSWER_CHOICES} name={(choice) => say(OUTCOME_NAMES[choice])} onChange={setOutcome} />
      {isAnswer(outcome) ? <TimeField label={t('reach_fieldAnsweredAt')} value={answeredAt} checked={checked('answeredAt')} refusal={refusal('answeredAt')} onChange={setAnsweredAt} /> : null}
      <FormButtons save={t('reach_saveAnswer')} busy={busy} onClose={() => onClose(false)} />
    </form>
  );
}
