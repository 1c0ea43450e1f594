import { createServer, type Socket } from 'node:net';
import { eicarTestString } from './eicar.ts';

export interface DevClamdOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to loopback only. */
  host?: string;
  /** clamd's StreamMaxLength in bytes: a longer INSTREAM is refused as clamd refuses it (default 64 MiB). */
  streamMaxLength?: number;
}

export interface DevClamd {
  host: string;
  port: number;
  /** Stops listening and cuts open connections. */
  close(): Promise<void>;
}

/** The name the stand-in reports, as ClamAV's test signature is commonly named. */
export const devSignature = 'Eicar-Test-Signature';

const VERSION = 'ClamAV 1.4.6/0/Loket development stand-in';
const MAX_COMMAND_BYTES = 64;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * A development stand-in for clamd that speaks the subset of its protocol Loket uses: PING,
 * VERSION and INSTREAM, each with the `z` (NUL-delimited) or `n` (newline-delimited) prefix. It
 * finds exactly one thing, the EICAR test string (anywhere, also across chunk boundaries), and
 * answers OK for everything else: it protects nothing and exists so `pnpm start` needs no system
 * package. Tests and production use the real clamd (docs/adr/0005-virus-scanning.md).
 */
export async function startDevClamd(options: DevClamdOptions = {}): Promise<DevClamd> {
  const host = options.host ?? '127.0.0.1';
  const streamMaxLength = options.streamMaxLength ?? 64 * 1024 * 1024;
  const sockets = new Set<Socket>();

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // a client that hangs up mid-stream is not our problem
    socket.setTimeout(30_000, () => socket.destroy());
    serve(socket, streamMaxLength);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);

  return {
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One connection: one command, its answer, then the connection closes (as clamd outside IDSESSION). */
function serve(socket: Socket, streamMaxLength: number) {
  let buffer = Buffer.alloc(0);
  let delimiter = '\n';
  let mode: 'command' | 'stream' | 'done' = 'command';
  let total = 0;
  const finder = createFinder(Buffer.from(eicarTestString(), 'latin1'));

  const answer = (text: string) => {
    mode = 'done';
    socket.end(`${text}${delimiter}`);
  };

  socket.on('data', (data: Buffer) => {
    if (mode === 'done') return;
    buffer = Buffer.concat([buffer, data]);

    if (mode === 'command') {
      const prefix = buffer.subarray(0, 1).toString('latin1');
      const terminator = prefix === 'z' ? 0 : 0x0a;
      const end = buffer.indexOf(terminator);
      if (end < 0) {
        if (buffer.length > MAX_COMMAND_BYTES) answer('UNKNOWN COMMAND');
        return;
      }
      delimiter = prefix === 'z' ? '\0' : '\n';
      const raw = buffer.subarray(0, end).toString('latin1');
      const command = prefix === 'z' || prefix === 'n' ? raw.slice(1) : raw;
      buffer = buffer.subarray(end + 1);
      if (command === 'PING') return answer('PONG');
      if (command === 'VERSION') return answer(VERSION);
      if (command !== 'INSTREAM') return answer('UNKNOWN COMMAND');
      mode = 'stream';
    }

    // INSTREAM: <4-byte big-endian length><data>, repeated; a zero length ends the stream.
    while (mode === 'stream' && buffer.length >= 4) {
      const length = buffer.readUInt32BE(0);
      if (length === 0) {
        return answer(finder.found() ? `stream: ${devSignature} FOUND` : 'stream: OK');
      }
      if (total + length > streamMaxLength || length > MAX_CHUNK_BYTES) {
        return answer('INSTREAM size limit exceeded. ERROR');
      }
      if (buffer.length < 4 + length) return;
      finder.push(buffer.subarray(4, 4 + length));
      total += length;
      buffer = buffer.subarray(4 + length);
    }
  });
}

/** Finds `needle` in a byte stream fed in pieces, keeping only the last needle-length bytes. */
function createFinder(needle: Buffer) {
  let tail = Buffer.alloc(0);
  let found = false;
  return {
    push(chunk: Buffer) {
      if (found) return;
      const window = Buffer.concat([tail, chunk]);
      if (window.includes(needle)) found = true;
      tail = window.subarray(Math.max(0, window.length - (needle.length - 1)));
    },
    found: () => found,
  };
}
