import '@loket/ui/styles.css';
import { mountApp, Notices } from '@loket/ui';
import { CasePage } from './pages/CasePage.tsx';
import { QueuePage } from './pages/QueuePage.tsx';

mountApp({
  appName: 'Loket – Work service inbox',
  clientId: 'loket-work-inbox',
  requiredRole: 'work_caseworker',
  headerExtra: <Notices />,
  routes: [
    { path: '/', render: () => <QueuePage /> },
    { path: '/applications/:id', render: ({ id = '' }) => <CasePage key={id} id={id} /> },
  ],
});
