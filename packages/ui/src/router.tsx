import {
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
  useSyncExternalStore,
} from 'react';
import { type RouteParams, resolveRoute } from './routes.ts';

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, 'http://local');
  return { pathname: url.pathname, search: url.searchParams };
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link that navigates in-app on a plain click and behaves natively otherwise. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}

export interface Route {
  path: string;
  render: (params: RouteParams) => ReactNode;
}

/**
 * Renders the first matching route. After an in-app navigation focus moves to <main>, so a
 * screen reader announces the new page instead of staying on the link that was activated.
 */
export function Routes({ routes, notFound }: { routes: readonly Route[]; notFound: ReactNode }) {
  const { pathname } = useLocation();
  // Compared with the last path rather than a "first render" flag: StrictMode runs effects twice
  // on mount, which would otherwise steal focus on page load.
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.getElementById('main')?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  const match = resolveRoute(routes, pathname);
  return <>{match ? match.route.render(match.params) : notFound}</>;
}
