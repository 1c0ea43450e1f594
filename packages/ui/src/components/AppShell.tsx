import type { ReactNode } from 'react';
import { Link, useLocation } from '../router.tsx';

export interface NavItem {
  to: string;
  label: string;
}

export interface AppShellProps {
  appName: string;
  userName?: string | undefined;
  onLogout?: (() => void) | undefined;
  navigation?: readonly NavItem[] | undefined;
  /** More of the header for a signed-in user, e.g. an inbox's notifications. */
  headerExtra?: ReactNode;
  children: ReactNode;
}

export function AppShell({ appName, userName, onLogout, navigation, headerExtra, children }: AppShellProps) {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="container header-inner">
          <Link to="/" className="app-name">
            {appName}
          </Link>
          {(userName || onLogout) && (
            <div className="user-box">
              {headerExtra}
              {userName && (
                <span>
                  <span className="visually-hidden">Logged in as </span>
                  <span className="user-name">{userName}</span>
                </span>
              )}
              {onLogout && (
                <button type="button" className="button secondary small" onClick={onLogout}>
                  Log out
                </button>
              )}
            </div>
          )}
        </div>
        {navigation && navigation.length > 0 && (
          <nav className="container app-nav" aria-label="Main">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="app-footer">
        <div className="container">
          Loket – the single window for the combined work and residence permit in Belgium
        </div>
      </footer>
    </>
  );
}
