// The options page: one centred column under the page's title, with a section for the UI language,
// one for outreach follow-ups and one for the campaigns (recording visits is switched on the
// shortlist, where its effect shows).
import { t } from '../../lib/i18n';
import { CampaignSettingsPage, type CampaignStore } from './CampaignSettings';
import { LanguageSetting } from './LanguageSetting';
import { FollowUpSetting } from '../shared/FollowUpSetting';

export function OptionsPage({ store }: { store: CampaignStore }) {
  return (
    <main className="options">
      <h1>{t('opt_title')}</h1>
      <LanguageSetting />
      <section aria-labelledby="follow-up-title">
        <h2 id="follow-up-title">{t('reach_title')}</h2>
        <FollowUpSetting />
      </section>
      <CampaignSettingsPage store={store} />
    </main>
  );
}
