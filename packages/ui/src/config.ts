/**
 * Settings come from Vite's env at build time. The fallbacks are the local dev platform's
 * addresses, so `pnpm dev` in one app works without an .env file.
 */
const env = import.meta.env as Record<string, string | undefined>;

export const apiBaseUrl: string = (env.VITE_API_URL ?? 'http://localhost:4000').replace(/\/+$/, '');
export const oidcIssuer: string = env.VITE_OIDC_ISSUER ?? 'http://localhost:4001/realms/loket';
export const oidcClientIdOverride: string | undefined = env.VITE_OIDC_CLIENT_ID || undefined;
