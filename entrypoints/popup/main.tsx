// The popup opens with the page already being read: lib/reading/first-look finds the tab and starts the
// reading while the rest of the popup (./app: React, the scoring, the score card) loads. Its
// stylesheets load with this first module: ./app then waits for no stylesheet of its own.
import { firstLook } from '../../lib/reading/first-look';
import '../../components/shared/theme.css';
import '../../components/score-card/ScoreCard.css';
import '../../components/score-card/CreatorPanel.css';
import '../../components/popup/Popup.css';

const first = firstLook(location.search);
void import('./app').then(({ mountPopup }) => mountPopup(first));
