import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { startDevS3 } from '@loket/dev-s3';
import { expect, it } from 'vitest';
import { createObjectStore, StorageUnavailableError } from './index.ts';
import { GeneratedBody, MiB } from './testing-helpers.ts';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function storeAt(port: number, timeoutMs: number) {
  return createObjectStore({
    endPoint: `http://127.0.0.1:${port}`,
    accessKey: 'k',
    secretKey: 's',
    bucket: 'loket-documents',
    region: 'us-east-1',
    timeoutMs,
  });
}

it('a closed port -> StorageUnavailableError quickly, for every operation', async () => {
  const store = storeAt(await closedPort(), 500);
  const started = performance.now();
  const source = new GeneratedBody(2 * MiB).stream();
  await expect(store.putStream('a/b.pdf', source)).rejects.toBeInstanceOf(StorageUnavailableError);
  expect(source.destroyed).toBe(true);
  await expect(store.stat('a/b.pdf')).rejects.toBeInstanceOf(StorageUnavailableError);
  await expect(store.getStream('a/b.pdf')).rejects.toBeInstanceOf(StorageUnavailableError);
  await expect(store.exists('a/b.pdf')).rejects.toBeInstanceOf(StorageUnavailableError);
  await expect(store.remove('a/b.pdf')).rejects.toBeInstanceOf(StorageUnavailableError);
  await expect(store.ensureBucket()).rejects.toBeInstanceOf(StorageUnavailableError);
  await expect(store.listKeys('a/')[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(
    StorageUnavailableError,
  );
  expect(await store.ping()).toBe(false);
  const err = (await store.stat('a/b.pdf').catch((e: unknown) => e)) as StorageUnavailableError;
  expect(err.code).toBe('ECONNREFUSED');
  expect(performance.now() - started).toBeLessThan(2_000);
});

it('a server that accepts but never answers -> StorageUnavailableError after the timeout', async () => {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
  });
  const port = await listen(silent);
  try {
    const store = storeAt(port, 300);
    const started = performance.now();
    const err = await store.putStream('a/b.pdf', Readable.from([Buffer.from('x')])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageUnavailableError);
    expect(err).toMatchObject({ code: 'ETIMEDOUT' });
    expect(await store.ping()).toBe(false);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3_000);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});

it('a download cut off midway fails the returned stream with StorageUnavailableError', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'storage-cut-'));
  const s3 = await startDevS3({ directory: dir });
  try {
    const store = createObjectStore({ endPoint: s3.endpoint, accessKey: 'k', secretKey: 's', bucket: 'cut' });
    await store.ensureBucket();
    await store.putStream('a/large.bin', new GeneratedBody(12 * MiB).stream());
    const download = await store.getStream('a/large.bin');
    const first = await new Promise<Buffer>((resolve) => download.once('data', resolve));
    download.pause();
    expect(first.length).toBeGreaterThan(0);
    // close() cuts connections still busy after its grace period, like a crashing storage node.
    await s3.close();
    const err = await new Promise<unknown>((resolve) => {
      download.on('error', resolve);
      download.resume();
    });
    expect(err).toBeInstanceOf(StorageUnavailableError);
  } finally {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  }
});
