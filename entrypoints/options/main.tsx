import { CampaignSettingsPage } from '../../components/CampaignSettings';
import { LanguageSetting } from '../../components/LanguageSetting';
import { renderApp } from '../../components/render-app';
import { loadCampaigns, saveCampaigns } from '../../lib/campaign-store';
import '../../components/theme.css';
import '../../components/Options.css';

const store = { load: loadCampaigns, save: saveCampaigns };

renderApp(document.getElementById('root')!, 'titleOptions', () => (
  <>
    <LanguageSetting />
    <CampaignSettingsPage store={store} />
  </>
));
