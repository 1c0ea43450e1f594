import { createAccessTokenVerifier } from '@loket/auth';
import { createDb } from '@loket/db';
import { createClamdScanner } from '@loket/scanner';
import { createMultipartStore, createObjectStore } from '@loket/storage';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/** Starts the API from a validated configuration; the caller owns the lifetime. */
export async function startApi(config = loadConfig()): Promise<RunningApi> {
  const db = createDb(config.databaseUrl);
  const store = createObjectStore({ ...config.s3 });
  await store.ensureBucket();
  const multipart = createMultipartStore({ ...config.s3 });
  const verifier = createAccessTokenVerifier({ issuer: config.oidc.issuer, audience: config.oidc.audience });
  const scanner = createClamdScanner({ host: config.clamd.host, port: config.clamd.port });
  const app = await buildApp(
    { config, db, store, multipart, verifier, scanner },
    { connectionTimeout: 0, keepAliveTimeout: 72_000 },
  );
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    async close() {
      await app.close();
      await db.$disconnect();
    },
  };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const api = await startApi();
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) console.error('api stopping after an error', err.name);
    await api.close();
  });
}
