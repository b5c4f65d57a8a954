// The setting that records a snapshot whenever a shortlisted creator's page is opened.
import { useEffect, useId, useState } from 'react';
import { t } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings';
import { useSettingWrite } from '../shared/useSettingWrite';

export function VisitSetting() {
  const id = useId();
  const [on, setOn] = useState<boolean | null>(null);
  const { error, write } = useSettingWrite();
  // What the setting does: the check box's description for a screen reader, shown on demand with
  // the "?" button (a tooltip on hover would leave keyboard users without it).
  const [hintShown, setHintShown] = useState(false);
  useEffect(() => {
    loadSettings().then((settings) => setOn(settings.recordVisits), () => setOn(true));
  }, []);
  return (
    <div
      className="visit-setting small"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && hintShown) {
          // Closes the hint only, not a panel open behind it.
          event.stopPropagation();
          setHintShown(false);
        }
      }}
    >
      <label>
        <input
          type="checkbox"
          checked={on ?? true}
          disabled={on === null}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const next = event.target.checked;
            setOn(next);
            write({ recordVisits: next }, () => setOn(!next));
          }}
        />{' '}
        {t('dash_visitLabel')}
      </label>
      <button
        type="button"
        className="hint-button"
        aria-label={t('dash_visitHintButton')}
        aria-expanded={hintShown}
        aria-controls={`${id}-hint`}
        onClick={() => setHintShown((shown) => !shown)}
      >
        ?
      </button>
      <p id={`${id}-hint`} className={hintShown ? 'hint' : 'visually-hidden'}>
        {t('dash_visitHint')}
      </p>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </div>
  );
}
