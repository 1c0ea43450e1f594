/**
 * The environment variables `pnpm start` (scripts/start.ts) takes its ports from, in one place for
 * the script that reads them and for the tests that start it on ports of their own.
 */
export const portVariables = {
  api: 'LOKET_API_PORT',
  idp: 'LOKET_IDP_PORT',
  s3: 'LOKET_S3_PORT',
  postgres: 'LOKET_POSTGRES_PORT',
  portal: 'LOKET_PORTAL_PORT',
  workInbox: 'LOKET_WORK_INBOX_PORT',
  residenceInbox: 'LOKET_RESIDENCE_INBOX_PORT',
  statistics: 'LOKET_STATISTICS_PORT',
  mail: 'LOKET_MAIL_PORT',
} as const;

export type StartPorts = Record<keyof typeof portVariables, number>;

/** The ports set in `env`; the ones not set are left to the platform's defaults. */
export function portsFromEnv(env: Record<string, string | undefined>): Partial<StartPorts> {
  return Object.fromEntries(
    Object.entries(portVariables).flatMap(([name, variable]) =>
      env[variable] ? [[name, Number(env[variable])]] : [],
    ),
  );
}

/** The variables that make `pnpm start` listen on `ports`. */
export function portEnv(ports: StartPorts): Record<string, string> {
  return Object.fromEntries(
    Object.entries(portVariables).map(([name, variable]) => [
      variable,
      String(ports[name as keyof StartPorts]),
    ]),
  );
}
