import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CampaignSettingsPage } from '../../components/CampaignSettings';
import { loadCampaigns, saveCampaigns } from '../../lib/campaign-store';
import '../../components/theme.css';
import '../../components/Options.css';

const store = { load: loadCampaigns, save: saveCampaigns };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CampaignSettingsPage store={store} />
  </StrictMode>,
);
