import '@loket/ui/styles.css';
import { mountApp, Notices } from '@loket/ui';
import { CasePage } from './pages/CasePage.tsx';
import { QueuePage } from './pages/QueuePage.tsx';

mountApp({
  appName: 'Loket – Residence service inbox',
  clientId: 'loket-residence-inbox',
  requiredRole: 'residence_officer',
  headerExtra: <Notices />,
  routes: [
    { path: '/', render: () => <QueuePage /> },
    { path: '/applications/:id', render: ({ id = '' }) => <CasePage key={id} id={id} /> },
  ],
});
