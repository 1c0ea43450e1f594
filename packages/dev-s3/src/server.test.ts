import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'minio';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDevS3 } from './index.ts';

let dir: string;

function minioFor(endpoint: string, accessKey = 'S3RVER', secretKey = 'S3RVER'): Client {
  const url = new URL(endpoint);
  return new Client({
    endPoint: url.hostname,
    port: Number(url.port),
    useSSL: false,
    accessKey,
    secretKey,
    region: 'us-east-1',
  });
}

async function readText(client: Client, bucket: string, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await client.getObject(bucket, key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dev-s3-server-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('startDevS3', () => {
  it('serves on loopback with a random port and keeps data across a restart', async () => {
    const first = await startDevS3({ directory: dir, accessKey: 'loket-dev', secretKey: 'loket-dev-secret' });
    expect(first.endpoint).toBe(`http://127.0.0.1:${first.port}`);
    expect(first.port).toBeGreaterThan(0);

    const client = minioFor(first.endpoint, 'loket-dev', 'loket-dev-secret');
    await client.makeBucket('persist');
    await client.putObject('persist', 'docs/passport.pdf', Buffer.from('%PDF-1.7 passport'), undefined, {
      'Content-Type': 'application/pdf',
    });
    // Leave the keep-alive socket open: close() must not hang on it.
    await first.close();
    await expect(fetch(`${first.endpoint}/persist`)).rejects.toThrow();

    const second = await startDevS3({
      directory: dir,
      accessKey: 'loket-dev',
      secretKey: 'loket-dev-secret',
    });
    try {
      const again = minioFor(second.endpoint, 'loket-dev', 'loket-dev-secret');
      expect(await again.bucketExists('persist')).toBe(true);
      expect(await readText(again, 'persist', 'docs/passport.pdf')).toBe('%PDF-1.7 passport');
      const stat = await again.statObject('persist', 'docs/passport.pdf');
      expect(stat.metaData['content-type']).toBe('application/pdf');
    } finally {
      await second.close();
    }
  });

  it('with an access key configured, rejects any other key, on s3rver routes and shims alike', async () => {
    const server = await startDevS3({ directory: dir, accessKey: 'right-key', secretKey: 'right-secret' });
    try {
      const good = minioFor(server.endpoint, 'right-key', 'right-secret');
      await good.makeBucket('keys');
      await good.listIncompleteUploadsQuery('keys', '', '', '', '');

      // s3rver's own registry is process-wide, so a key another instance accepted must still fail.
      const stranger = minioFor(server.endpoint, 'S3RVER', 'S3RVER');
      await expect(stranger.listObjectsV2Query('keys', '', '', '', 10, '')).rejects.toMatchObject({
        code: 'InvalidAccessKeyId',
      });
      await expect(stranger.listIncompleteUploadsQuery('keys', '', '', '', '')).rejects.toMatchObject({
        code: 'InvalidAccessKeyId',
      });
      await expect(stranger.putObject('keys', 'x.txt', Buffer.from('x'))).rejects.toMatchObject({
        code: 'InvalidAccessKeyId',
      });
    } finally {
      await server.close();
    }
  });

  it('without an access key configured, accepts any key', async () => {
    const server = await startDevS3({ directory: dir });
    try {
      const anyone = minioFor(server.endpoint, `invented-${Date.now()}`, 'whatever');
      await anyone.makeBucket('open');
      await anyone.putObject('open', 'x.txt', Buffer.from('x'));
      expect(await readText(anyone, 'open', 'x.txt')).toBe('x');
    } finally {
      await server.close();
    }
  });

  it('stays quiet about requests still in flight when it closes', async () => {
    const server = await startDevS3({ directory: dir });
    const client = minioFor(server.endpoint);
    await client.makeBucket('closing');
    await client.putObject('closing', 'jansen-large.bin', Buffer.alloc(8 * 1024 * 1024, 1));
    const download = await client.getObject('closing', 'jansen-large.bin');
    download.on('error', () => {});
    download.pause();

    // s3rver's winston logger reports such requests after it has lost its transports, through
    // console.error, message and object key included.
    const printed: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
    }
    try {
      await server.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      vi.restoreAllMocks();
    }
    expect(printed.join('\n')).not.toMatch(/jansen/);
  });

  it('close() is idempotent', async () => {
    const server = await startDevS3({ directory: dir });
    await Promise.all([server.close(), server.close()]);
    await server.close();
  });

  it('CLI serves requests and prints nothing per request (object keys stay out of logs)', async () => {
    // A child process, because s3rver's winston logger writes through the console it captured
    // at load time, which an in-process spy cannot see.
    const cli = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--port', '0', '--dir', dir], {
      cwd: path.resolve(import.meta.dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    cli.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    cli.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => cli.on('exit', (code) => resolve(code)));
    try {
      await expect
        .poll(() => /listening on (http:\/\/\S+)/.exec(output)?.[1], { timeout: 15_000 })
        .toBeTruthy();
      const endpoint = /listening on (http:\/\/\S+)/.exec(output)?.[1] ?? '';
      expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const client = minioFor(endpoint);
      await client.makeBucket('quiet');
      await client.putObject('quiet', 'applicant-jansen-passport.pdf', Buffer.from('x'));
      expect(await readText(client, 'quiet', 'applicant-jansen-passport.pdf')).toBe('x');
      await expect(client.statObject('quiet', 'missing-jansen.pdf')).rejects.toMatchObject({
        code: 'NotFound',
      });
    } finally {
      cli.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/jansen/);
    expect(output.trim().split('\n')).toHaveLength(1);
  });
});
