import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoLogins } from './demo-logins.ts';
import { portEnv } from './port-env.ts';
import { isFree, portBlock } from './testing.ts';

/**
 * `pnpm start` as a developer runs it: the root package.json's script in a process group of its
 * own (a terminal's foreground job), stopped the way Ctrl-C stops it: SIGINT to the whole group,
 * the embedded PostgreSQL included.
 */
const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const base = portBlock(9);
const ports = {
  api: base,
  idp: base + 1,
  s3: base + 2,
  postgres: base + 3,
  portal: base + 4,
  workInbox: base + 5,
  residenceInbox: base + 6,
  statistics: base + 7,
  mail: base + 8,
};

let dataDir: string | undefined;
let child: ChildProcess | undefined;
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;

afterAll(async () => {
  // A failed run must not leave the platform (and its PostgreSQL) behind.
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    signalGroup(child.pid, 'SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    signalGroup(child.pid, 'SIGKILL');
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 30_000);

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('pnpm start', () => {
  it('prints the URLs and the demo logins, serves them, and Ctrl-C stops everything with exit code 0', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'loket-start-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOKET_DATA_DIR: dataDir,
      LOKET_SYNTHETIC_FLANDERS_PER_YEAR: '0',
      ...portEnv(ports),
    };
    // Everything embedded, whatever the environment running the tests points at.
    for (const external of ['DATABASE_URL', 'S3_ENDPOINT', 'OIDC_ISSUER', 'CLAMD_HOST', 'SMTP_URL']) {
      delete env[external];
    }

    const started = spawn('pnpm', ['start'], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    exited = new Promise((done) =>
      started.once('exit', (code, signal) => done({ code, signal: signal as NodeJS.Signals | null })),
    );
    let output = '';
    started.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    started.stderr?.on('data', (chunk) => {
      output += chunk;
    });

    const ready = await Promise.race([
      (async () => {
        while (!output.includes('Press Ctrl-C to stop.')) await sleep(100);
        return true;
      })(),
      exited.then(() => false),
      sleep(150_000).then(() => false),
    ]);
    expect(ready, output).toBe(true);

    const line = (label: string, url: string) =>
      new RegExp(`^\\s*${label}\\s+${url.replaceAll('.', '\\.')}\\b`, 'm');
    expect(output).toMatch(line('Applicant portal', `http://localhost:${ports.portal}`));
    expect(output).toMatch(line('Work inbox \\(region\\)', `http://localhost:${ports.workInbox}`));
    expect(output).toMatch(line('Residence inbox \\(DVZ\\)', `http://localhost:${ports.residenceInbox}`));
    expect(output).toMatch(line('Statistics', `http://localhost:${ports.statistics}`));
    expect(output).toMatch(line('API', `http://localhost:${ports.api}`));
    expect(output).toContain(`http://localhost:${ports.api}/docs`);
    expect(output).toContain('password "demo"');
    for (const { username, who } of demoLogins) {
      expect(output).toMatch(new RegExp(`^\\s*${username}\\s+${who.replace(/[()]/g, '\\$&')}$`, 'm'));
    }

    // What was printed answers.
    const health = await fetch(`http://localhost:${ports.api}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    for (const app of ['portal', 'workInbox', 'residenceInbox', 'statistics'] as const) {
      const page = await fetch(`http://localhost:${ports[app]}/`);
      expect(page.status, app).toBe(200);
      expect(await page.text(), app).toContain('<div id="root">');
    }
    for (const [name, port] of Object.entries(ports)) expect(await isFree(port), name).toBe(false);

    const stopping = Date.now();
    signalGroup(started.pid as number, 'SIGINT');
    const exit = await Promise.race([exited, sleep(30_000).then(() => 'still running' as const)]);
    expect(exit, output).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopping).toBeLessThan(30_000);
    expect(output).toContain('Stopping Loket...');

    for (const [name, port] of Object.entries(ports)) expect(await isFree(port), name).toBe(true);
    // PostgreSQL shut down cleanly: it removes its pid file on a clean shutdown.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 200_000);
});
