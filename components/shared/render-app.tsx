// Mounts a page in the chosen language and mounts it anew when the language changes in the options.
import { Fragment, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { localeTag, setLocale, t, type MessageKey } from '../../lib/i18n';
import { chosenLocale, onLanguageChange } from '../../lib/i18n/setting';

export function renderApp(element: HTMLElement, title: MessageKey, app: () => ReactNode): void {
  const root = createRoot(element);
  const draw = async () => {
    const locale = await chosenLocale();
    setLocale(locale);
    document.documentElement.lang = localeTag(locale);
    document.title = t(title);
    root.render(
      <StrictMode>
        <Fragment key={locale}>{app()}</Fragment>
      </StrictMode>,
    );
  };
  void draw();
  onLanguageChange(() => void draw());
}
