import { renderApp } from '../../components/shared/render-app';
import { Welcome } from '../../components/welcome/Welcome';
import { openShortlist } from '../../lib/background/shortcut';
import '../../components/shared/theme.css';

renderApp(document.getElementById('root')!, 'welcome_title', () => <Welcome onOpenShortlist={() => void openShortlist()} />);
