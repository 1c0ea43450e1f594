import type { Role } from '@loket/domain';
import type { Language } from '@loket/i18n';
import { I18nProvider, useI18n, useMessages } from '@loket/i18n/react';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, usePageTitle } from './auth.tsx';
import type { NavItem } from './components/AppShell.tsx';
import { shellMessages } from './components/shell.messages.ts';
import { oidcClientIdOverride } from './config.ts';
import { Link, type Route, Routes } from './router.tsx';
import {
  createLanguageSync,
  type LanguageStore,
  type LanguageSync,
  ServerLanguage,
} from './serverLanguage.tsx';

export interface AppConfig {
  /** One name, or the name in each language for an app that offers the four. */
  appName: string | Readonly<Record<Language, string>>;
  /** The app's own OIDC client; VITE_OIDC_CLIENT_ID replaces it when set. */
  clientId: string;
  /** The role the app is for, or several of which any one suffices. */
  requiredRole: Role | readonly Role[];
  routes: readonly Route[];
  navigation?: readonly NavItem[];
  /** More of the header for the signed-in user (e.g. the inboxes' notifications). */
  headerExtra?: ReactNode;
  /**
   * The applicant portal speaks nl, fr, de and en (chosen in the header, remembered); the
   * inboxes are working tools in English for now.
   */
  multilingual?: boolean;
  /** Where a multilingual app keeps the signed-in user's language, for every device they use. */
  languageStore?: LanguageStore;
}

/** Mounts an app: sign-in, role check, the page frame and the routes, the same in every app. */
export function mountApp(config: AppConfig): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('The page has no #root element.');
  const sync =
    config.multilingual && config.languageStore ? createLanguageSync(config.languageStore) : undefined;
  createRoot(el).render(
    <StrictMode>
      <I18nProvider initial={config.multilingual ? undefined : 'en'} onChange={sync?.onChange}>
        <App config={config} sync={sync} />
      </I18nProvider>
    </StrictMode>,
  );
}

function App({ config, sync }: { config: AppConfig; sync: LanguageSync | undefined }) {
  const { language } = useI18n();
  const appName = typeof config.appName === 'string' ? config.appName : config.appName[language];
  return (
    <AuthProvider
      appName={appName}
      clientId={oidcClientIdOverride ?? config.clientId}
      requiredRole={config.requiredRole}
      navigation={config.navigation}
      headerExtra={config.headerExtra}
      languageChoice={config.multilingual ?? false}
    >
      {sync ? (
        <ServerLanguage sync={sync}>
          <Routes routes={config.routes} notFound={<NotFound />} />
        </ServerLanguage>
      ) : (
        <Routes routes={config.routes} notFound={<NotFound />} />
      )}
    </AuthProvider>
  );
}

function NotFound() {
  const t = useMessages(shellMessages);
  usePageTitle(t('notFoundTitle'));
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>
        {t('notFoundText')} <Link to="/">{t('notFoundLink')}</Link>.
      </p>
    </>
  );
}
