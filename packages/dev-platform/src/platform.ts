import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type RunningApi, startApi } from '@loket/api';
import { createDb, migrateDatabase, seedDemoData, seedReferenceData, startEmbeddedPostgres } from '@loket/db';
import { seedSynthetic, syntheticCountFor } from '@loket/db/seed';
import { startDevClamd } from '@loket/dev-clamd';
import { startDevIdp } from '@loket/dev-idp';
import { startDevMail } from '@loket/dev-mail';
import { startDevS3 } from '@loket/dev-s3';
import { createObjectStore } from '@loket/storage';
import { createServer, type ViteDevServer } from 'vite';
import { seedDemoApplications } from './demo-applications.ts';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface PlatformOptions {
  /** Where embedded data lives across restarts (PostgreSQL cluster, object store). */
  dataDir: string;
  ports?: Partial<
    Record<
      | 'postgres'
      | 'idp'
      | 's3'
      | 'api'
      | 'portal'
      | 'workInbox'
      | 'residenceInbox'
      | 'statistics'
      | 'clamd'
      | 'mail'
      | 'smtp',
      number
    >
  >;
  /** External services, when set, replace the embedded ones (same variables as the API's). */
  env?: Record<string, string | undefined>;
  webApps?: boolean;
  /**
   * Also seed synthetic files since 2019 (packages/db/src/seed/synthetic.ts), about this many
   * Flemish ones a year and the other regions in their shares, so the statistics have figures to
   * show; once per data directory. Off by default.
   */
  syntheticFlandersPerYear?: number;
  log?: (line: string) => void;
}

export interface Platform {
  /** The database the API uses (embedded or external). */
  databaseUrl: string;
  urls: Record<
    'api' | 'docs' | 'idp' | 's3' | 'portal' | 'workInbox' | 'residenceInbox' | 'statistics',
    string
  >;
  /** The page listing the mails the development catcher caught; undefined when SMTP_URL points elsewhere. */
  mailView: string | undefined;
  stop(): Promise<void>;
}

export const defaultPorts = {
  postgres: 5433,
  idp: 4001,
  s3: 4002,
  api: 4000,
  portal: 5173,
  workInbox: 5174,
  residenceInbox: 5175,
  statistics: 5176,
  /** The clamd stand-in only talks to the API in this process, so any free port will do. */
  clamd: 0,
  /** The page of caught mails (development mail catcher). */
  mail: 4003,
  /** Only the API in this process sends to the catcher's SMTP port, so any free port will do. */
  smtp: 0,
};

const devS3Keys = { accessKey: 'loket', secretKey: 'loket-dev-secret' };

/** Who the synthetic generator files as, and its seed: the same files on every start. */
const syntheticCreator = 'synthetic-applicant';
const syntheticSeed = 354;

/**
 * Brings the whole platform up on one machine: PostgreSQL, object storage, the identity provider
 * the virus scanner and a mail catcher (embedded unless DATABASE_URL / S3_ENDPOINT / OIDC_ISSUER /
 * CLAMD_HOST / SMTP_URL point elsewhere; the embedded scanner and mail catcher are stand-ins, see
 * docs/adr/0005 and 0007), the API
 * with migrations and demo data, and the four web apps. Stops everything in reverse order.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const env = options.env ?? process.env;
  // An unset port (undefined) keeps its default rather than erasing it.
  const ports = {
    ...defaultPorts,
    ...Object.fromEntries(Object.entries(options.ports ?? {}).filter(([, p]) => p !== undefined)),
  };
  const log = options.log ?? (() => undefined);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };

  try {
    await mkdir(options.dataDir, { recursive: true });

    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      log('starting embedded PostgreSQL');
      const pg = await startEmbeddedPostgres({
        dataDir: join(options.dataDir, 'postgres'),
        port: ports.postgres,
      });
      stops.push(pg.stop);
      databaseUrl = pg.databaseUrl;
    }
    log('applying migrations');
    await migrateDatabase(databaseUrl);

    let s3Endpoint = env.S3_ENDPOINT;
    if (!s3Endpoint) {
      log('starting embedded object store');
      const s3 = await startDevS3({ directory: join(options.dataDir, 's3'), port: ports.s3, ...devS3Keys });
      stops.push(s3.close);
      s3Endpoint = s3.endpoint;
    }

    let issuer = env.OIDC_ISSUER;
    if (!issuer) {
      log('starting development identity provider');
      const idp = await startDevIdp({ port: ports.idp, host: 'localhost' });
      stops.push(idp.close);
      issuer = idp.issuer;
    }

    let clamd = env.CLAMD_HOST ? { host: env.CLAMD_HOST, port: env.CLAMD_PORT } : undefined;
    if (!clamd) {
      log('starting development virus scanner (clamd stand-in)');
      const dev = await startDevClamd({ port: ports.clamd });
      stops.push(dev.close);
      clamd = { host: dev.host, port: String(dev.port) };
    }

    let smtpUrl = env.SMTP_URL;
    let mailView: string | undefined;
    if (!smtpUrl) {
      log('starting development mail catcher (nothing is delivered)');
      const mail = await startDevMail({ smtpPort: ports.smtp, httpPort: ports.mail });
      stops.push(mail.close);
      smtpUrl = mail.smtpUrl;
      mailView = mail.viewUrl;
    }

    const webOrigins = [ports.portal, ports.workInbox, ports.residenceInbox, ports.statistics].map(
      (p) => `http://localhost:${p}`,
    );
    const config = loadConfig({
      ...env,
      HOST: env.HOST ?? '127.0.0.1',
      PORT: String(ports.api),
      DATABASE_URL: databaseUrl,
      S3_ENDPOINT: s3Endpoint,
      S3_ACCESS_KEY: env.S3_ACCESS_KEY ?? devS3Keys.accessKey,
      S3_SECRET_KEY: env.S3_SECRET_KEY ?? devS3Keys.secretKey,
      OIDC_ISSUER: issuer,
      CLAMD_HOST: clamd.host,
      CLAMD_PORT: clamd.port,
      SMTP_URL: smtpUrl,
      PORTAL_URL: env.PORTAL_URL ?? `http://localhost:${ports.portal}`,
      CORS_ORIGINS: env.CORS_ORIGINS ?? webOrigins.join(','),
      LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    });

    const db = createDb(databaseUrl);
    try {
      await seedReferenceData(db);
      await seedDemoData(db);
      const store = createObjectStore({ ...config.s3 });
      await store.ensureBucket();
      const seeded = await seedDemoApplications(db, store);
      if (seeded > 0) log(`seeded ${seeded} demo applications`);
      const perYear = options.syntheticFlandersPerYear ?? 0;
      if (perYear > 0 && (await db.application.count({ where: { createdBy: syntheticCreator } })) === 0) {
        // Indexes stay: a few thousand rows load quickly enough with them, and nothing is dropped
        // from a database a developer keeps.
        const synthetic = await seedSynthetic(databaseUrl, {
          count: syntheticCountFor({ flandersPerYear: perYear }),
          seed: syntheticSeed,
          rebuildIndexes: false,
        });
        log(`seeded ${synthetic.applications} synthetic applications for the statistics`);
      }
    } finally {
      await db.$disconnect();
    }

    log('starting API');
    const api: RunningApi = await startApi(config);
    stops.push(api.close);
    const apiUrl = api.url.replace('127.0.0.1', 'localhost');

    const servers: ViteDevServer[] = [];
    if (options.webApps !== false) {
      log('starting web apps');
      // Vite reads VITE_* from the environment when a server is created.
      process.env.VITE_API_URL = apiUrl;
      process.env.VITE_OIDC_ISSUER = issuer;
      for (const [app, port] of [
        ['portal', ports.portal],
        ['work-inbox', ports.workInbox],
        ['residence-inbox', ports.residenceInbox],
        ['statistics', ports.statistics],
      ] as const) {
        const root = join(repoRoot, 'apps', app);
        const server = await createServer({
          configFile: join(root, 'vite.config.ts'),
          root,
          server: { port, strictPort: true, host: 'localhost' },
          logLevel: 'warn',
          clearScreen: false,
        });
        await server.listen();
        servers.push(server);
        stops.push(() => server.close());
      }
    }

    return {
      databaseUrl,
      urls: {
        api: apiUrl,
        docs: `${apiUrl}/docs`,
        idp: issuer,
        s3: s3Endpoint,
        portal: `http://localhost:${ports.portal}`,
        workInbox: `http://localhost:${ports.workInbox}`,
        residenceInbox: `http://localhost:${ports.residenceInbox}`,
        statistics: `http://localhost:${ports.statistics}`,
      },
      mailView,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
