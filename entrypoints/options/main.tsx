import { OptionsPage } from '../../components/options/OptionsPage';
import { renderApp } from '../../components/shared/render-app';
import { loadCampaigns, saveCampaigns } from '../../lib/campaign/settings';
import { openDatabase } from '../../lib/db';
import '../../components/shared/theme.css';
import '../../components/options/Options.css';

// The options page edits the same campaign records as the dashboard's Campaigns view.
const db = openDatabase();
const store = { load: () => loadCampaigns(db), save: (settings: Parameters<typeof saveCampaigns>[1]) => saveCampaigns(db, settings) };

renderApp(document.getElementById('root')!, 'titleOptions', () => <OptionsPage store={store} />);
