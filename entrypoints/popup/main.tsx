// The popup opens with the page already being read: lib/popup-start finds the tab and starts the
// reading while the rest of the popup (./app: React, the scoring, the score card) loads.
import { firstLook } from '../../lib/popup-start';
import '../../components/theme.css';

const first = firstLook(location.search);
void import('./app').then(({ mountPopup }) => mountPopup(first));
