import { type Language, languageNames, languages } from '@loket/i18n';
import { useI18n, useMessages } from '@loket/i18n/react';
import type { ReactNode } from 'react';
import { Link, useLocation } from '../router.tsx';
import { shellMessages } from './shell.messages.ts';

export interface NavItem {
  to: string;
  /** Words, or a component that finds its own (in the screen's language, with a count). */
  label: ReactNode;
}

export interface AppShellProps {
  appName: string;
  userName?: string | undefined;
  onLogout?: (() => void) | undefined;
  navigation?: readonly NavItem[] | undefined;
  /** More of the header for a signed-in user, e.g. an inbox's notifications. */
  headerExtra?: ReactNode;
  /** Offers the four languages in the header (the applicant portal). */
  languageChoice?: boolean | undefined;
  children: ReactNode;
}

export function AppShell({
  appName,
  userName,
  onLogout,
  navigation,
  headerExtra,
  languageChoice,
  children,
}: AppShellProps) {
  const { pathname } = useLocation();
  const t = useMessages(shellMessages);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="app-header">
        <div className="container header-inner">
          <Link to="/" className="app-name">
            {appName}
          </Link>
          {languageChoice && <LanguageChoice />}
          {(userName || onLogout) && (
            <div className="user-box">
              {headerExtra}
              {userName && (
                <span>
                  <span className="visually-hidden">{t('loggedInAs')} </span>
                  <span className="user-name">{userName}</span>
                </span>
              )}
              {onLogout && (
                <button type="button" className="button secondary small" onClick={onLogout}>
                  {t('logOut')}
                </button>
              )}
            </div>
          )}
        </div>
        {navigation && navigation.length > 0 && (
          <nav className="container app-nav" aria-label={t('mainNavigation')}>
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
        <div className="container">{t('footer')}</div>
      </footer>
    </>
  );
}

/**
 * The four languages as a native select: each name in its own language and marked with its
 * `lang`, so a screen reader reads "Français" in French whatever the page's language is.
 */
function LanguageChoice() {
  const { language, setLanguage } = useI18n();
  const t = useMessages(shellMessages);
  return (
    <label className="language-choice">
      <span className="visually-hidden">{t('language')}</span>
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
