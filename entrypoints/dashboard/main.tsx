import { Dashboard } from '../../components/Dashboard';
import { renderApp } from '../../components/render-app';
import { openDatabase } from '../../lib/db';
import '../../components/theme.css';

const db = openDatabase();
renderApp(document.getElementById('root')!, 'titleDashboard', () => <Dashboard db={db} />);
