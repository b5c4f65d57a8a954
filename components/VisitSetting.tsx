// The setting that records a snapshot whenever a shortlisted creator's page is opened.
import { useEffect, useState } from 'react';
import { problem, t } from '../lib/i18n';
import { loadSettings, saveSettings } from '../lib/settings';

export function VisitSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then((settings) => setOn(settings.recordVisits), () => setOn(true));
  }, []);
  return (
    <label className="visit-setting small" title={t('dash_visitHint')}>
      <input
        type="checkbox"
        checked={on ?? true}
        disabled={on === null}
        onChange={(event) => {
          const next = event.target.checked;
          setOn(next);
          saveSettings({ recordVisits: next }).then(
            () => setError(null),
            (failure: unknown) => {
              setOn(!next);
              setError(t('settingNotSaved', { reason: problem(failure) }));
            },
          );
        }}
      />{' '}
      {t('dash_visitLabel')}
      {error ? <span role="alert" className="error"> {error}</span> : null}
    </label>
  );
}
