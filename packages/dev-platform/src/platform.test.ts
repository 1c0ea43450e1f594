import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@loket/db';
import { afterAll, describe, expect, it } from 'vitest';
import { startPlatform } from './platform.ts';
import { portBlock } from './testing.ts';

// Fixed ports: the restart must find the same ones.
const base = portBlock(5);
const ports = { api: base, idp: base + 1, s3: base + 2, postgres: base + 3, mail: base + 4 };
let dataDir: string;

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the embedded platform', () => {
  it('starts everything, seeds the demo and the synthetic files once, keeps data across a restart, and frees its ports on stop', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'loket-platform-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
    const env = {}; // no external services: everything embedded

    const synthetic = { syntheticFlandersPerYear: 10 };
    const first = await startPlatform({ dataDir, ports, env, webApps: false, ...synthetic });
    let syntheticFiles = 0;
    try {
      const health = await fetch(`${first.urls.api}/health`);
      expect(await health.json()).toEqual({ status: 'ok', checks: { database: 'up', storage: 'up' } });
      const discovery = await fetch(`${first.urls.idp}/.well-known/openid-configuration`);
      expect(((await discovery.json()) as { issuer: string }).issuer).toBe(first.urls.idp);
      // The development mail catcher's page, which `pnpm start` prints.
      expect(first.mailView).toBe(`http://localhost:${ports.mail}`);
      expect(await (await fetch(`${first.mailView}/`)).text()).toContain('Caught mails');
      const db = createDb(first.databaseUrl);
      syntheticFiles = await db.application.count({ where: { createdBy: 'synthetic-applicant' } });
      await db.$disconnect();
      expect(syntheticFiles).toBeGreaterThan(100);
    } finally {
      await first.stop();
    }
    await expect(fetch(`http://127.0.0.1:${ports.api}/health`)).rejects.toThrow();

    const second = await startPlatform({ dataDir, ports, env, webApps: false, ...synthetic });
    const db = createDb(second.databaseUrl);
    try {
      expect(await db.application.count({ where: { createdBy: 'demo-seed' } })).toBe(4);
      // The synthetic files too are seeded once per data directory.
      expect(await db.application.count({ where: { createdBy: 'synthetic-applicant' } })).toBe(
        syntheticFiles,
      );
      const versions = await db.documentVersion.findMany({ where: { uploadedBy: 'demo-seed' } });
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.every((v) => v.sha256.length === 64)).toBe(true);
    } finally {
      await db.$disconnect();
      await second.stop();
    }
  }, 120_000);
});
