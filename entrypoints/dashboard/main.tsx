import { Dashboard } from '../../components/dashboard/Dashboard';
import { renderApp } from '../../components/shared/render-app';
import { openDatabase } from '../../lib/db';
import '../../components/shared/theme.css';

const db = openDatabase();
renderApp(document.getElementById('root')!, 'titleDashboard', () => <Dashboard db={db} />);
