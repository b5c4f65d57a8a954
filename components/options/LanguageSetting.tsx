// The language switch on the options page: the browser's language, English or Simplified Chinese.
// Saving it re-renders every open page of the extension in the new language (components/render-app).
import { useEffect, useId, useState } from 'react';
import { t } from '../../lib/i18n';
import { browserLanguage } from '../../lib/i18n/setting';
import { loadSettings, type Settings } from '../../lib/settings';
import { useSettingWrite } from '../shared/useSettingWrite';

export function LanguageSetting() {
  const id = useId();
  const [language, setLanguage] = useState<Settings['language'] | null>(null);
  const { error, write } = useSettingWrite();
  useEffect(() => {
    loadSettings().then((settings) => setLanguage(settings.language), () => setLanguage('auto'));
  }, []);
  return (
    <section className="language-setting" aria-labelledby={`${id}-label`}>
      <h2>
        <label id={`${id}-label`} htmlFor={id}>
          {t('languageLabel')}
        </label>
      </h2>
      <select
        id={id}
        value={language ?? 'auto'}
        disabled={language === null}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.target.value as Settings['language'];
          const before = language;
          setLanguage(next);
          write({ language: next }, () => setLanguage(before));
        }}
      >
        <option value="auto">{t('languageAuto', { browser: browserLanguage() })}</option>
        <option value="en">{t('languageEn')}</option>
        <option value="zh_CN">{t('languageZh')}</option>
      </select>
      <p id={`${id}-hint`} className="small muted">
        {t('languageHint')}
      </p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
