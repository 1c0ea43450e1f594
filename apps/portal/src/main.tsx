import '@loket/ui/styles.css';
import './portal.css';
import { mountApp } from '@loket/ui';
import { MessagesNavLabel, NavText } from './messages/NavLabels.tsx';
import { ApplicationPage } from './pages/ApplicationPage.tsx';
import { ApplicationsPage } from './pages/ApplicationsPage.tsx';
import { MessagesPage } from './pages/MessagesPage.tsx';
import { NewApplicationPage } from './pages/NewApplicationPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
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
  // The language follows the user to every device: stored with their preferences on sign-in and on each choice.
  languageStore: {
    load: (api) => api.preferences().then((p) => p.language),
    save: async (api, language) => {
      await api.updatePreferences({ language });
    },
  },
  clientId: 'loket-portal',
  requiredRole: 'applicant',
  navigation: [
    { to: '/', label: <NavText text="navApplications" /> },
    { to: '/messages', label: <MessagesNavLabel /> },
    { to: '/settings', label: <NavText text="navSettings" /> },
  ],
  routes: [
    { path: '/', render: () => <ApplicationsPage /> },
    { path: '/applications/new', render: () => <NewApplicationPage /> },
    { path: '/messages', render: () => <MessagesPage /> },
    { path: '/settings', render: () => <SettingsPage /> },
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
