import { type AppConfig, Notices } from '@loket/ui';
import { CasePage } from './pages/CasePage.tsx';
import { QueuePage } from './pages/QueuePage.tsx';

/** What the residence inbox is: who signs in to it, and which page each address opens. */
export const appConfig: AppConfig = {
  appName: 'Loket – Residence service inbox',
  clientId: 'loket-residence-inbox',
  requiredRole: 'residence_officer',
  headerExtra: <Notices />,
  routes: [
    { path: '/', render: () => <QueuePage /> },
    { path: '/applications/:id', render: ({ id = '' }) => <CasePage key={id} id={id} /> },
  ],
};
