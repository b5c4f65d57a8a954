// The follow-up setting: after how many days an unanswered message needs a follow-up. Edited on a
// campaign's page, where its effect shows, and on the options page beside the other settings; a
// number it cannot take says why at the field and is not saved.
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import { FOLLOW_UP_DAYS, loadSettings, SETTINGS_FALLBACK, watchSettings } from '../../lib/settings';
import { useSettingWrite } from './useSettingWrite';

const readDays = (typed: string): number | null => {
  const days = Number(typed.trim());
  return /^\d+$/.test(typed.trim()) && days >= FOLLOW_UP_DAYS.min && days <= FOLLOW_UP_DAYS.max ? days : null;
};

/** `onChange` hears every value the setting takes: read, typed, or put back after a failed write. */
export function FollowUpSetting({ onChange }: { onChange?: (days: number) => void }) {
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  // The value stored last, put back when a write fails.
  const [kept, setKept] = useState<number | null>(null);
  const { error, write } = useSettingWrite();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const shown = (days: number) => {
      setTyped(String(days));
      setKept(days);
      onChange?.(days);
    };
    loadSettings().then((settings) => shown(settings.followUpDays), () => shown(SETTINGS_FALLBACK.followUpDays));
    // Set on another page (the options, another campaign's tab): taken over unless the user is typing here.
    return watchSettings((settings) => {
      if (document.activeElement !== field.current) shown(settings.followUpDays);
    });
  }, []);
  return (
    <div className="field follow-up-setting">
      <label htmlFor={id}>{t('reach_followUpLabel')}</label>
      <input
        ref={field}
        id={id}
        type="text"
        inputMode="numeric"
        size={4}
        value={typed ?? ''}
        disabled={typed === null}
        aria-invalid={refused ? true : undefined}
        aria-describedby={`${id}-${refused ? 'error' : 'hint'}`}
        onChange={(event) => {
          const next = event.target.value;
          setTyped(next);
          const days = readDays(next);
          setRefused(days === null);
          if (days === null) return;
          const before = kept;
          setKept(days);
          onChange?.(days);
          write({ followUpDays: days }, () => {
            if (before === null) return;
            setTyped(String(before));
            setKept(before);
            onChange?.(before);
          });
        }}
      />
      {refused ? (
        <p id={`${id}-error`} className="error small">
          {t('reach_errFollowUp')}
        </p>
      ) : (
        <p id={`${id}-hint`} className="small muted field-note">
          {t('reach_followUpHint')}
        </p>
      )}
      {error ? (
        <p role="alert" className="error small">
          {error}
        </p>
      ) : null}
    </div>
  );
}
