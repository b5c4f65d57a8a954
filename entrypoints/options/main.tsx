import { OptionsPage } from '../../components/options/OptionsPage';
import { renderApp } from '../../components/shared/render-app';
import { loadCampaigns, saveCampaigns } from '../../lib/campaign/settings';
import '../../components/shared/theme.css';
import '../../components/options/Options.css';

const store = { load: loadCampaigns, save: saveCampaigns };

renderApp(document.getElementById('root')!, 'titleOptions', () => <OptionsPage store={store} />);
