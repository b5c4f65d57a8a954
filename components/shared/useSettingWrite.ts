// A setting changed by a control: shown at once, written, and put back with the reason said when
// the write fails (a full disk, a closed browser profile), so the control never shows what is not kept.
import { useCallback, useState } from 'react';
import { problem, t } from '../../lib/i18n';
import { saveSettings, type Settings } from '../../lib/settings';

export function useSettingWrite(): { error: string | null; write(change: Partial<Settings>, undo: () => void): void } {
  const [error, setError] = useState<string | null>(null);
  const write = useCallback((change: Partial<Settings>, undo: () => void) => {
    saveSettings(change).then(
      () => setError(null),
      (failure: unknown) => {
        undo();
        setError(t('settingNotSaved', { reason: problem(failure) }));
      },
    );
  }, []);
  return { error, write };
}
