import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from '../../components/Dashboard';
import { openDatabase } from '../../lib/db';
import '../../components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard db={openDatabase()} />
  </StrictMode>,
);
