import { CampaignSettingsPage } from '../../components/options/CampaignSettings';
import { LanguageSetting } from '../../components/options/LanguageSetting';
import { renderApp } from '../../components/shared/render-app';
import { loadCampaigns, saveCampaigns } from '../../lib/campaign/settings';
import '../../components/shared/theme.css';
import '../../components/options/Options.css';

const store = { load: loadCampaigns, save: saveCampaigns };

renderApp(document.getElementById('root')!, 'titleOptions', () => (
  <>
    <LanguageSetting />
    <CampaignSettingsPage store={store} />
  </>
));
