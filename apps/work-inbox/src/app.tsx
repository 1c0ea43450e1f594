import { type AppConfig, Notices } from '@loket/ui';
import { CasePage } from './pages/CasePage.tsx';
import { QueuePage } from './pages/QueuePage.tsx';

/** What the work inbox is: who signs in to it, and which page each address opens. */
export const appConfig: AppConfig = {
  appName: 'Loket – Work service inbox',
  clientId: 'loket-work-inbox',
  requiredRole: 'work_caseworker',
  headerExtra: <Notices />,
  routes: [
    { path: '/', render: () => <QueuePage /> },
    { path: '/applications/:id', render: ({ id = '' }) => <CasePage key={id} id={id} /> },
  ],
};
