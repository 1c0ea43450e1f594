import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portEnv } from '@loket/dev-platform/port-env';
import { defineConfig } from '@playwright/test';
import { ports, urls } from './ports.ts';

/**
 * The end-to-end suite runs the real platform (`scripts/start.ts`: PostgreSQL, object store,
 * identity provider, API, four web apps) on its own ports and a fresh data directory, and drives
 * Debian's Chromium. Never `playwright install`: no browser download is possible here.
 */
if (!process.env.LOKET_E2E_DATA_DIR) {
  process.env.LOKET_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'loket-e2e-'));
  // As root, the embedded PostgreSQL runs as `postgres`, which must enter the directory.
  chmodSync(process.env.LOKET_E2E_DATA_DIR, 0o755);
}

// Screenshots a run keeps (e.g. the portal's pages at each width): a folder per run in artifacts/,
// beside test-results, which Playwright empties at the start of every run. The last three runs stay.
if (!process.env.LOKET_E2E_SCREENSHOTS) {
  const artifacts = join(fileURLToPath(new URL('.', import.meta.url)), 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  for (const old of readdirSync(artifacts).sort().slice(0, -2)) {
    rmSync(join(artifacts, old), { recursive: true, force: true });
  }
  process.env.LOKET_E2E_SCREENSHOTS = join(artifacts, new Date().toISOString().replace(/[:.]/g, '-'));
}

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx ../scripts/start.ts',
    url: `${urls.api}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      LOKET_DATA_DIR: process.env.LOKET_E2E_DATA_DIR,
      ...portEnv(ports),
      // Synthetic files since 2019 beside the suite's own, so the statistics have small and large
      // counts to show and withhold (about 13,000 files, a tenth of the real volume, seeded in some
      // 12 s before the API starts; at a fifth of that the linked grants tables are withheld whole).
      LOKET_SYNTHETIC_FLANDERS_PER_YEAR: '1000',
      // Every test's browser contexts stay open until the run ends, each page with its live event
      // stream (docs/adr/0008): a demo user collects more "tabs" than the default allows.
      EVENTS_MAX_STREAMS_PER_USER: '200',
    },
  },
});
