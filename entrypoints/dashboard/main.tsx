import { BackupButtons } from '../../components/dashboard/BackupButtons';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { renderApp } from '../../components/shared/render-app';
import { openDatabase } from '../../lib/db';
import { t } from '../../lib/i18n';
import '../../components/shared/theme.css';

const db = openDatabase();
// Should the shortlist itself fail to draw, a backup can still be restored.
renderApp(document.getElementById('root')!, 'titleDashboard', () => <Dashboard db={db} />, () => (
  <div className="restore-hint">
    <p>{t('app_restoreHint')}</p>
    <BackupButtons db={db} />
  </div>
));
