// Mounts a page in the chosen language and mounts it anew when the language changes in the options.
import { Fragment, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from 'react-error-boundary';
import { localeTag, problem, setLocale, t, type MessageKey } from '../../lib/i18n';
import { chosenLocale, onLanguageChange } from '../../lib/i18n/setting';

/**
 * A page that could not be drawn says why and offers to try again (and, on the dashboard, what
 * `more` holds: a restore), instead of staying blank.
 */
function PageFallback({ error, retry, more }: { error: unknown; retry(): void; more?: ReactNode }) {
  return (
    <main className="page-fallback" role="alert">
      <p>{t('app_unshown', { reason: problem(error) })}</p>
      <button type="button" onClick={retry}>
        {t('app_retry')}
      </button>
      {more}
    </main>
  );
}

export function renderApp(element: HTMLElement, title: MessageKey, app: () => ReactNode, more?: () => ReactNode): void {
  const root = createRoot(element);
  const draw = async () => {
    const locale = await chosenLocale();
    setLocale(locale);
    document.documentElement.lang = localeTag(locale);
    document.title = t(title);
    root.render(
      <StrictMode>
        <Fragment key={locale}>
          <ErrorBoundary fallbackRender={({ error, resetErrorBoundary }) => <PageFallback error={error} retry={resetErrorBoundary} more={more?.()} />}>{app()}</ErrorBoundary>
        </Fragment>
      </StrictMode>,
    );
  };
  void draw();
  onLanguageChange(() => void draw());
}
