// The side panel's own setting: read a creator page as soon as the followed tab shows it. Off unless
// switched on here; the panel follows the change at once (the page shown is read when it turns on).
import { useEffect, useId, useState } from 'react';
import { t } from '../../lib/i18n';
import { useSettingWrite } from '../shared/useSettingWrite';

/** `on`: the stored setting. */
export function ArrivalSetting({ on }: { on: boolean }) {
  const id = useId();
  const { error, write } = useSettingWrite();
  // The box shows the click at once; the stored value, told back through `on`, settles it.
  const [shown, setShown] = useState(on);
  useEffect(() => setShown(on), [on]);
  return (
    <div className="arrival-setting small">
      <label>
        <input
          type="checkbox"
          checked={shown}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const next = event.target.checked;
            setShown(next);
            write({ readOnArrival: next }, () => setShown(!next));
          }}
        />{' '}
        {t('panel_readOnArrival')}
      </label>
      <p id={`${id}-hint`} className="muted">
        {t('panel_readOnArrivalHint')}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
