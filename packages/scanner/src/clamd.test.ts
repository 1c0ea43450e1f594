import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { Readable } from 'node:stream';
import { type DevClamd, eicarTestString, startDevClamd } from '@loket/dev-clamd';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createClamdScanner,
  parseScanReply,
  type Scanner,
  ScannerProtocolError,
  ScannerUnavailableError,
  ScanSizeLimitError,
} from './index.ts';

const MiB = 1024 * 1024;
const eicar = Buffer.from(eicarTestString(), 'latin1');
/** A "PDF" that carries the EICAR string after its header: what an upload would look like. */
const infectedPdf = Buffer.concat([Buffer.from('%PDF-1.4\n% test\n'), eicar, Buffer.from('\n%%EOF')]);
const realClamd = inject('realClamd');

/** Yields `data` in pieces of `size` bytes. */
function pieces(data: Buffer, size: number): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
    })(),
  );
}

/** The same checks for every clamd we can reach: the stand-in, and the real one over TCP and unix socket. */
function protocolSuite(name: string, target: () => { scanner: Scanner; streamMaxLength: number }) {
  describe(name, () => {
    it('answers PING with PONG and tells its version', async () => {
      const { scanner } = target();
      expect(await scanner.ping()).toBe(true);
      expect(await scanner.version()).toMatch(/^ClamAV \d/);
    });

    it('finds clean data clean', async () => {
      const { scanner } = target();
      expect(await scanner.scanStream(pieces(randomBytes(300_000), 50_000))).toEqual({ verdict: 'clean' });
      expect(await scanner.scanStream(Readable.from([]))).toEqual({ verdict: 'clean' });
    });

    it('finds the EICAR test string inside a PDF, whole and split across chunk boundaries', async () => {
      const { scanner } = target();
      const whole = await scanner.scanStream(Readable.from([infectedPdf]));
      expect(whole).toEqual({
        verdict: 'infected',
        signature: expect.stringMatching(/^Eicar-Test-Signature/),
      });
      // 7-byte source pieces, and 5-byte INSTREAM chunks from a second client: the string never
      // arrives in one piece.
      expect((await scanner.scanStream(pieces(infectedPdf, 7))).verdict).toBe('infected');
      const tiny = createClamdScanner({ ...addressOf(scanner), chunkBytes: 5 });
      expect((await tiny.scanStream(Readable.from([infectedPdf]))).verdict).toBe('infected');
    });

    it("refuses a stream longer than clamd's StreamMaxLength with a typed error", async () => {
      const { scanner, streamMaxLength } = target();
      const tooLong = pieces(Buffer.alloc(streamMaxLength + MiB, 0x61), MiB);
      const error = await scanner.scanStream(tooLong).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScanSizeLimitError);
      // ...and the scanner is fine afterwards.
      expect(await scanner.ping()).toBe(true);
    });

    it('never answers clean when the source fails mid-stream: the source error comes back', async () => {
      const { scanner } = target();
      const failing = Readable.from(
        (async function* () {
          yield Buffer.from('%PDF-1.4\nsecret-applicant-content\n');
          throw new Error('storage went away');
        })(),
      );
      await expect(scanner.scanStream(failing)).rejects.toThrow('storage went away');
      expect(await scanner.ping()).toBe(true);
    });
  });
}

/** The scanner's own address, to build a second client with other options. */
function addressOf(scanner: Scanner) {
  if (scanner.address.startsWith('/')) return { socketPath: scanner.address };
  const [host, port] = scanner.address.split(':');
  return { host, port: Number(port) };
}

let dev: DevClamd;
beforeAll(async () => {
  dev = await startDevClamd({ port: 0, streamMaxLength: 2 * MiB });
});
afterAll(() => dev?.close());

protocolSuite('against the development stand-in (dev-clamd)', () => ({
  scanner: createClamdScanner({ host: dev.host, port: dev.port }),
  streamMaxLength: 2 * MiB,
}));

describe('the real clamd', () => {
  it('is available in CI (the run fails otherwise, before any test)', () => {
    if (process.env.CI) expect(realClamd).not.toBeNull();
    if (!realClamd) console.warn('real clamd not installed here: its tests are skipped');
  });
});

describe.runIf(realClamd)('against the real clamd', () => {
  const clamd = realClamd as NonNullable<typeof realClamd>;
  // start-clamd.sh's default StreamMaxLength
  protocolSuite('over TCP', () => ({
    scanner: createClamdScanner({ host: clamd.host, port: clamd.port }),
    streamMaxLength: 64 * MiB,
  }));
  protocolSuite('over its unix socket', () => ({
    scanner: createClamdScanner({ socketPath: clamd.socketPath }),
    streamMaxLength: 64 * MiB,
  }));

  it('scans clean data at a measurable rate (32 MiB of random bytes)', async () => {
    const scanner = createClamdScanner({ host: clamd.host, port: clamd.port });
    const data = randomBytes(32 * MiB);
    const started = performance.now();
    expect(await scanner.scanStream(pieces(data, MiB))).toEqual({ verdict: 'clean' });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `real clamd (started in ${clamd.startMs.toFixed(0)} ms): 32 MiB scanned in ${seconds.toFixed(2)} s = ${(32 / seconds).toFixed(1)} MiB/s`,
    );
  }, 60_000);
});

describe('when there is no scanner to talk to', () => {
  it('throws ScannerUnavailableError for a closed port and a missing socket, and ping says false', async () => {
    const port = await closedPort();
    const byPort = createClamdScanner({ host: '127.0.0.1', port, timeoutMs: 2000 });
    expect(await byPort.ping()).toBe(false);
    await expect(byPort.scanStream(Readable.from([infectedPdf]))).rejects.toBeInstanceOf(
      ScannerUnavailableError,
    );
    const bySocket = createClamdScanner({ socketPath: '/nonexistent/clamd.sock' });
    const error = await bySocket.scanStream(Readable.from([Buffer.from('x')])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScannerUnavailableError);
    expect((error as ScannerUnavailableError).reason).toBe('ENOENT');
  });

  it('gives up on a scanner that accepts but never answers, within the timeout', async () => {
    const silent = await fakeClamd(() => undefined);
    try {
      const scanner = createClamdScanner({ port: silent.port, timeoutMs: 300 });
      const started = Date.now();
      const error = await scanner
        .scanStream(Readable.from([Buffer.from('content')]))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScannerUnavailableError);
      expect((error as ScannerUnavailableError).reason).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await silent.close();
    }
  });

  it('treats a hang-up without an answer as unavailable, not as clean', async () => {
    const rude = await fakeClamd((socket) => socket.once('data', () => socket.destroy()));
    try {
      const scanner = createClamdScanner({ port: rude.port });
      await expect(scanner.scanStream(Readable.from([Buffer.from('content')]))).rejects.toBeInstanceOf(
        ScannerUnavailableError,
      );
    } finally {
      await rude.close();
    }
  });
});

describe('answers that are not a verdict', () => {
  it('refuses an OK that arrives before the end of the stream', async () => {
    // A broken server that says OK as soon as INSTREAM begins: the client must not believe it.
    const hasty = await fakeClamd((socket) => socket.once('data', () => socket.end('stream: OK\0')));
    try {
      const scanner = createClamdScanner({ port: hasty.port });
      const body = pieces(Buffer.alloc(4 * MiB, 0x62), 64 * 1024);
      await expect(scanner.scanStream(body)).rejects.toBeInstanceOf(ScannerProtocolError);
    } finally {
      await hasty.close();
    }
  });

  it('parses the verdicts and errors clamd sends, without echoing content', () => {
    expect(parseScanReply('stream: OK', true)).toEqual({ verdict: 'clean' });
    expect(parseScanReply('stream: Win.Test.EICAR_HDB-1 FOUND', true)).toEqual({
      verdict: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
    expect(() => parseScanReply('INSTREAM size limit exceeded. ERROR', false)).toThrow(ScanSizeLimitError);
    expect(() => parseScanReply("stream: Can't allocate memory ERROR", true)).toThrow(ScannerProtocolError);
    expect(() => parseScanReply('stream: OK', false)).toThrow(/before the end/);
    expect(() => parseScanReply('%PDF-1.4 secret-applicant-content', true)).toThrow(
      /^Unexpected answer from the scanner$/,
    );
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function fakeClamd(onConnection: (socket: import('node:net').Socket) => void) {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
