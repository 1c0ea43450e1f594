import type { Role } from '@loket/domain';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, usePageTitle } from './auth.tsx';
import type { NavItem } from './components/AppShell.tsx';
import { oidcClientIdOverride } from './config.ts';
import { Link, type Route, Routes } from './router.tsx';

export interface AppConfig {
  appName: string;
  /** The app's own OIDC client; VITE_OIDC_CLIENT_ID replaces it when set. */
  clientId: string;
  requiredRole: Role;
  routes: readonly Route[];
  navigation?: readonly NavItem[];
  /** More of the header for the signed-in user (e.g. the inboxes' notifications). */
  headerExtra?: ReactNode;
}

/** Mounts an app: sign-in, role check, the page frame and the routes, the same in every app. */
export function mountApp(config: AppConfig): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('The page has no #root element.');
  createRoot(el).render(
    <StrictMode>
      <AuthProvider
        appName={config.appName}
        clientId={oidcClientIdOverride ?? config.clientId}
        requiredRole={config.requiredRole}
        navigation={config.navigation}
        headerExtra={config.headerExtra}
      >
        <Routes routes={config.routes} notFound={<NotFound />} />
      </AuthProvider>
    </StrictMode>,
  );
}

function NotFound() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        This address does not exist. <Link to="/">Go to the start page</Link>.
      </p>
    </>
  );
}
