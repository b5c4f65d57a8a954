// The platforms a campaign books, one checkbox each; none ticked means any. The options page and the
// dashboard's campaign dialog both use it.
import { platformName } from '../../lib/i18n/format';
import { t } from '../../lib/i18n';
import { PLATFORMS } from '../../lib/schema/limits';
import type { Platform } from '../../lib/schema/snapshot';

export function PlatformChoice({ chosen, onChange }: { chosen: readonly Platform[]; onChange(next: Platform[]): void }) {
  return (
    <fieldset className="platforms">
      <legend>{t('pop_fieldPlatforms')}</legend>
      {PLATFORMS.map((platform) => (
        <label key={platform}>
          <input type="checkbox" checked={chosen.includes(platform)} onChange={(event) => onChange(event.target.checked ? [...chosen, platform] : chosen.filter((other) => other !== platform))} />{' '}
          {platformName(platform)}
        </label>
      ))}
    </fieldset>
  );
}
