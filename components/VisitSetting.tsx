// The setting that records a snapshot whenever a shortlisted creator's page is opened.
import { useEffect, useState } from 'react';
import { loadSettings, saveSettings } from '../lib/settings';

export function VisitSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then((settings) => setOn(settings.recordVisits), () => setOn(true));
  }, []);
  return (
    <label className="visit-setting small" title="Opening a shortlisted creator's profile adds a dated snapshot to their history; opening one of their posts adds it to their sample.">
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
              setError(`The setting could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
            },
          );
        }}
      />{' '}
      Record visits to shortlisted creators
      {error ? <span role="alert" className="error"> {error}</span> : null}
    </label>
  );
}
