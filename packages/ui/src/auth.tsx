import type { Me } from '@loket/contracts';
import type { Role } from '@loket/domain';
import { useMessages } from '@loket/i18n/react';
import Keycloak from 'keycloak-js';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiClient, createApiClient } from './api.ts';
import { AppShell, type NavItem } from './components/AppShell.tsx';
import { Loading } from './components/Loading.tsx';
import { ProblemAlert } from './components/ProblemAlert.tsx';
import { shellMessages } from './components/shell.messages.ts';
import { apiBaseUrl, oidcIssuer } from './config.ts';
import { roleLabel } from './labels.ts';
import { createLiveEvents, type LiveEvents } from './live/live-events.ts';
import { splitIssuer } from './oidc.ts';
import { ApiError } from './problem.ts';

export interface AuthContextValue {
  appName: string;
  me: Me;
  userName: string;
  api: ApiClient;
  /** The live stream of changes (docs/adr/0008-live-updates.md); use it through `useLiveRefresh`. */
  live: LiveEvents;
  logout: () => void;
}

const AuthContext = createContext<AuthContextValue | undefined>(undefined);

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>.');
  return ctx;
}

export function useApi(): ApiClient {
  return useAuth().api;
}

/** Sets the document title, the first thing a screen reader announces on a new page. */
export function usePageTitle(title: string): void {
  const ctx = useContext(AuthContext);
  const appName = ctx?.appName;
  useEffect(() => {
    document.title = appName ? `${title} – ${appName}` : title;
  }, [title, appName]);
}

interface Session {
  keycloak: Keycloak;
  ready: Promise<boolean>;
}

/**
 * One Keycloak instance per page load. keycloak-js refuses a second init, and React's StrictMode
 * runs effects twice in development, so the instance lives outside React.
 */
let session: (Session & { key: string }) | undefined;

function startSession(issuer: string, clientId: string): Session {
  const key = `${issuer} ${clientId}`;
  if (session?.key === key) return session;
  const { url, realm } = splitIssuer(issuer);
  const keycloak = new Keycloak({ url, realm, clientId });
  const ready = keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  session = { key, keycloak, ready };
  return session;
}

async function freshToken(keycloak: Keycloak): Promise<string | undefined> {
  try {
    await keycloak.updateToken(30);
  } catch {
    // The refresh token has expired too: only a new login helps.
    await keycloak.login();
  }
  return keycloak.token;
}

type Phase =
  | { kind: 'signing-in' }
  | { kind: 'sign-in-failed'; error: unknown }
  | { kind: 'loading-profile'; keycloak: Keycloak; api: ApiClient }
  | { kind: 'profile-failed'; keycloak: Keycloak; api: ApiClient; error: unknown }
  | { kind: 'no-access'; keycloak: Keycloak; me: Me | undefined }
  | { kind: 'ready'; keycloak: Keycloak; api: ApiClient; me: Me };

export interface AuthProviderProps {
  appName: string;
  clientId: string;
  /** The role this app is for, or several of which one suffices; anyone else gets an explanation. */
  requiredRole: Role | readonly Role[];
  navigation?: readonly NavItem[];
  /** Rendered in the header once the user is signed in with the required role (inside the auth context). */
  headerExtra?: ReactNode;
  /** Offers the four languages in the header. */
  languageChoice?: boolean;
  children: ReactNode;
}

export function AuthProvider({
  appName,
  clientId,
  requiredRole,
  navigation,
  headerExtra,
  languageChoice,
  children,
}: AuthProviderProps) {
  const t = useMessages(shellMessages);
  const [phase, setPhase] = useState<Phase>({ kind: 'signing-in' });
  // A string key, so a role list written inline in the caller does not restart the sign-in each render.
  const allowedKey = typeof requiredRole === 'string' ? requiredRole : requiredRole.join(',');
  const allowed = useMemo(() => allowedKey.split(',') as Role[], [allowedKey]);

  const loadProfile = useCallback(
    async (keycloak: Keycloak, api: ApiClient) => {
      setPhase({ kind: 'loading-profile', keycloak, api });
      try {
        const me = await api.me();
        setPhase(
          me.roles.some((role) => allowed.includes(role))
            ? { kind: 'ready', keycloak, api, me }
            : { kind: 'no-access', keycloak, me },
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 403) {
          setPhase({ kind: 'no-access', keycloak, me: undefined });
        } else {
          setPhase({ kind: 'profile-failed', keycloak, api, error });
        }
      }
    },
    [allowed],
  );

  useEffect(() => {
    let live = true;
    let started: Session;
    try {
      started = startSession(oidcIssuer, clientId);
    } catch (error) {
      setPhase({ kind: 'sign-in-failed', error });
      return;
    }
    const { keycloak, ready } = started;
    ready.then(
      async (authenticated) => {
        if (!live) return;
        if (!authenticated) {
          await keycloak.login();
          return;
        }
        const api = createApiClient({ baseUrl: apiBaseUrl, getToken: () => freshToken(keycloak) });
        await loadProfile(keycloak, api);
      },
      (error: unknown) => {
        if (live) setPhase({ kind: 'sign-in-failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [clientId, loadProfile]);

  const keycloak = 'keycloak' in phase ? phase.keycloak : undefined;
  // Made and closed in an effect, so StrictMode's second mount gets a stream of its own.
  const [live, setLive] = useState<LiveEvents>();
  useEffect(() => {
    if (!keycloak) return;
    const created = createLiveEvents({ baseUrl: apiBaseUrl, getToken: () => freshToken(keycloak) });
    setLive(created);
    return () => created.close();
  }, [keycloak]);
  const logout = useCallback(() => {
    void keycloak?.logout({ redirectUri: `${window.location.origin}/` });
  }, [keycloak]);

  const tokenName = (): string | undefined => {
    const t = keycloak?.tokenParsed as { name?: string; preferred_username?: string } | undefined;
    return t?.name ?? t?.preferred_username;
  };
  const userName =
    phase.kind === 'ready' || (phase.kind === 'no-access' && phase.me)
      ? phase.me?.name || tokenName() || ''
      : (tokenName() ?? '');

  const value = useMemo<AuthContextValue | undefined>(
    () =>
      phase.kind === 'ready' && live
        ? { appName, me: phase.me, userName, api: phase.api, live, logout }
        : undefined,
    [phase, appName, userName, live, logout],
  );

  const shell = (content: ReactNode, nav?: readonly NavItem[], extra?: ReactNode) => (
    <AppShell
      appName={appName}
      userName={userName || undefined}
      onLogout={keycloak ? logout : undefined}
      navigation={nav}
      headerExtra={extra}
      languageChoice={languageChoice}
    >
      {content}
    </AppShell>
  );

  switch (phase.kind) {
    case 'signing-in':
      return shell(<Loading label={t('signingIn')} />);
    case 'loading-profile':
      return shell(<Loading label={t('loadingProfile')} />);
    case 'sign-in-failed':
      return shell(
        <>
          <h1>{t('signInFailed')}</h1>
          <ProblemAlert
            error={phase.error instanceof Error ? phase.error : new Error(t('signInNoAnswer'))}
            onRetry={() => window.location.reload()}
          />
        </>,
      );
    case 'profile-failed':
      return shell(
        <>
          <h1>{t('profileFailed')}</h1>
          <ProblemAlert error={phase.error} onRetry={() => void loadProfile(phase.keycloak, phase.api)} />
        </>,
      );
    case 'no-access':
      return shell(
        <NoAccess
          appName={appName}
          allowedRoles={allowed}
          roles={phase.me?.roles ?? []}
          userName={userName}
          onLogout={logout}
        />,
      );
    case 'ready':
      if (!value) return shell(<Loading label={t('loadingProfile')} />);
      return (
        <AuthContext.Provider value={value}>{shell(children, navigation, headerExtra)}</AuthContext.Provider>
      );
  }
}

function NoAccess(props: {
  appName: string;
  allowedRoles: readonly Role[];
  roles: readonly Role[];
  userName: string;
  onLogout: () => void;
}) {
  const t = useMessages(shellMessages);
  usePageTitle(t('noAccessTitle'));
  return (
    <>
      <h1>{t('noAccessHeading')}</h1>
      <p>
        {props.userName ? `${t('noAccessLoggedIn', { name: props.userName })} ` : ''}
        {props.allowedRoles.length === 1
          ? t('noAccessRole', { app: props.appName, role: roleLabel(props.allowedRoles[0] as Role) })
          : t('noAccessRoles', {
              app: props.appName,
              roles: props.allowedRoles.map((r) => `“${roleLabel(r)}”`).join(', '),
            })}
      </p>
      <p>
        {props.roles.length > 0
          ? t('noAccessYourRoles', { roles: props.roles.map((r) => `“${roleLabel(r)}”`).join(', ') })
          : t('noAccessNoRoles')}{' '}
        {t('noAccessAsk')}
      </p>
      <p>
        <button type="button" className="button secondary" onClick={props.onLogout}>
          {t('noAccessLogOut')}
        </button>
      </p>
    </>
  );
}
