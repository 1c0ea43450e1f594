import '@loket/ui/styles.css';
import './portal.css';
import { mountApp } from '@loket/ui';
import { ApplicationPage } from './pages/ApplicationPage.tsx';
import { ApplicationsPage } from './pages/ApplicationsPage.tsx';
import { NewApplicationPage } from './pages/NewApplicationPage.tsx';
import { SubmittedPage } from './wizard/SubmittedPage.tsx';
import { ResumeDraftPage, WizardPage } from './wizard/WizardPage.tsx';

mountApp({
  appName: {
    en: 'Loket – Single permit portal',
    nl: 'Loket – Portaal gecombineerde vergunning',
    fr: 'Loket – Portail du permis unique',
    de: 'Loket – Portal kombinierte Erlaubnis',
  },
  multilingual: true,
  clientId: 'loket-portal',
  requiredRole: 'applicant',
  routes: [
    { path: '/', render: () => <ApplicationsPage /> },
    { path: '/applications/new', render: () => <NewApplicationPage /> },
    // The guided application: each step its own address, so back/forward and resuming work.
    {
      path: '/applications/:id/steps/:step',
      render: ({ id = '', step = '' }) => <WizardPage key={id} id={id} step={step} />,
    },
    { path: '/applications/:id/steps', render: ({ id = '' }) => <ResumeDraftPage key={id} id={id} /> },
    { path: '/applications/:id/submitted', render: ({ id = '' }) => <SubmittedPage key={id} id={id} /> },
    // Keyed so that moving to another application starts from a clean page state.
    { path: '/applications/:id', render: ({ id = '' }) => <ApplicationPage key={id} id={id} /> },
  ],
});
