// The switch between the dashboard's two views, the shortlist and the campaigns, under the title. The
// view is in the address (#campaigns), so Back returns to the view before and a view can be linked;
// each view is a link, reached and followed with Tab and Enter like any other.
import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';

export type DashboardView = 'shortlist' | 'campaigns';

const CAMPAIGNS_HASH = '#campaigns';
const CAMPAIGN_PREFIX = '#campaign=';

/** The address of one campaign's work (its creators, outreach and deliverables). */
export const campaignHash = (id: string): string => `${CAMPAIGN_PREFIX}${encodeURIComponent(id)}`;

const viewOf = (hash: string): DashboardView => (hash === CAMPAIGNS_HASH || hash.startsWith(CAMPAIGN_PREFIX) ? 'campaigns' : 'shortlist');

/** The campaign the address opens, or null for the list of campaigns. */
function campaignOf(hash: string): string | null {
  if (!hash.startsWith(CAMPAIGN_PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(CAMPAIGN_PREFIX.length)) || null;
  } catch {
    return null;
  }
}

/** The campaign opened in the address, following Back and Forward. */
export function useOpenCampaign(): string | null {
  const [id, setId] = useState(() => campaignOf(location.hash));
  useEffect(() => {
    const onChange = () => setId(campaignOf(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

/** The view the address names, following Back and Forward. */
export function useDashboardView(): DashboardView {
  const [view, setView] = useState(() => viewOf(location.hash));
  useEffect(() => {
    const onChange = () => setView(viewOf(location.hash));
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  return view;
}

export function ViewSwitch({ view }: { view: DashboardView }) {
  const link = (target: DashboardView, label: string) => (
    <a
      href={target === 'campaigns' ? CAMPAIGNS_HASH : '#'}
      className={view === target ? 'current' : undefined}
      aria-current={view === target ? 'page' : undefined}
      onClick={(event) => {
        // The shortlist's address is the page's own, without "#" left over.
        if (target !== 'shortlist') return;
        event.preventDefault();
        if (view === 'shortlist') return;
        history.pushState(null, '', location.pathname + location.search);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="view-switch" aria-label={t('campaigns_views')}>
      {link('shortlist', t('campaigns_shortlist'))}
      {link('campaigns', t('campaigns_title'))}
    </nav>
  );
}
