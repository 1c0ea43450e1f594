import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import {
  type ScannerError,
  ScannerProtocolError,
  ScannerUnavailableError,
  ScanSizeLimitError,
} from './errors.ts';

export interface ClamdScannerOptions {
  /** clamd's TCPAddr; default 127.0.0.1. Ignored when `socketPath` is set. */
  host?: string;
  /** clamd's TCPSocket; default 3310. */
  port?: number;
  /** clamd's LocalSocket (a unix socket); takes precedence over host/port. */
  socketPath?: string;
  /**
   * Connecting, and any silence while streaming or waiting for the verdict, longer than this fails
   * with ScannerUnavailableError (default 30 s).
   */
  timeoutMs?: number;
  /** Largest INSTREAM chunk sent (default 64 KiB); must stay below clamd's StreamMaxLength. */
  chunkBytes?: number;
}

export type ScanResult = { verdict: 'clean' } | { verdict: 'infected'; signature: string };

/** What the API needs of a virus scanner; `createClamdScanner` is the implementation. */
export interface Scanner {
  /** Where it scans, for logs (host:port or the socket path; no credentials exist). */
  readonly address: string;
  /** True when clamd answers PING with PONG; never throws. */
  ping(): Promise<boolean>;
  /** clamd's version line, e.g. "ClamAV 1.4.6/27000/...". */
  version(): Promise<string>;
  /**
   * Streams the content to clamd (zINSTREAM) and returns its verdict. `clean` only ever follows a
   * complete stream that clamd scanned: if the source fails, the connection is cut before the
   * terminating chunk and the source's error is rethrown.
   */
  scanStream(source: Readable | AsyncIterable<Uint8Array | string>): Promise<ScanResult>;
}

const DEFAULT_PORT = 3310;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CHUNK_BYTES = 64 * 1024;
const MAX_REPLY_BYTES = 4096;

/** A clamd client over TCP or a unix socket, one connection per command (no IDSESSION). */
export function createClamdScanner(options: ClamdScannerOptions = {}): Scanner {
  const target: Target = options.socketPath
    ? { path: options.socketPath }
    : { host: options.host ?? '127.0.0.1', port: options.port ?? DEFAULT_PORT };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const address = 'path' in target ? target.path : `${target.host}:${target.port}`;

  async function command(name: 'PING' | 'VERSION'): Promise<string> {
    const connection = await Connection.connect(target, timeoutMs);
    try {
      await connection.send(Buffer.from(`z${name}\0`, 'latin1'));
      return await connection.reply;
    } finally {
      connection.close();
    }
  }

  return {
    address,

    async ping() {
      try {
        return (await command('PING')) === 'PONG';
      } catch {
        return false;
      }
    },

    async version() {
      return safeText(await command('VERSION'));
    },

    async scanStream(source) {
      let connection: Connection;
      try {
        connection = await Connection.connect(target, timeoutMs);
      } catch (error) {
        if (isReadable(source)) source.destroy();
        throw error;
      }
      let complete = false;
      try {
        await connection.send(Buffer.from('zINSTREAM\0', 'latin1'));
        for await (const chunk of source) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : asBuffer(chunk);
          for (let offset = 0; connection.open && offset < bytes.length; offset += chunkBytes) {
            const piece = bytes.subarray(offset, offset + chunkBytes);
            const header = Buffer.alloc(4);
            header.writeUInt32BE(piece.length, 0);
            await connection.send(Buffer.concat([header, piece]));
          }
          if (!connection.open) break; // clamd answered early (size limit) or hung up
        }
        complete = await connection.send(Buffer.alloc(4)); // zero length: end of stream
        return parseScanReply(await connection.reply, complete);
      } finally {
        connection.close();
        if (isReadable(source) && !source.readableEnded) source.destroy();
      }
    },
  };
}

/** clamd's answer to INSTREAM, as a verdict or a typed error. `complete`: the terminator was sent. */
export function parseScanReply(reply: string, complete: boolean): ScanResult {
  const text = reply.trim();
  if (/INSTREAM size limit exceeded/i.test(text)) throw new ScanSizeLimitError();
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found?.[1]) return { verdict: 'infected', signature: safeText(found[1]) };
  if (text === 'stream: OK') {
    // A clean verdict for a stream that was not sent to the end would be a verdict on part of it.
    if (!complete)
      throw new ScannerProtocolError('The scanner answered before the end of the stream', 'early_ok');
    return { verdict: 'clean' };
  }
  if (/ERROR$/.test(text)) {
    throw new ScannerProtocolError(`The scanner reported an error: ${safeText(text)}`, 'scanner_error');
  }
  throw new ScannerProtocolError('Unexpected answer from the scanner', 'unexpected_answer');
}

/** Keeps clamd's words loggable: printable ASCII only, bounded length. */
function safeText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function isReadable(source: unknown): source is Readable {
  return typeof (source as Readable).destroy === 'function' && 'readableEnded' in (source as object);
}

function unavailable(error: unknown): ScannerUnavailableError {
  const code = (error as { code?: unknown })?.code;
  const reason = typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'network_error';
  return new ScannerUnavailableError(`Could not reach the scanner (${reason})`, reason);
}

type Target = { path: string } | { host: string; port: number };

/** One clamd conversation: commands go out, one NUL-terminated reply comes back, then it ends. */
class Connection {
  readonly reply: Promise<string>;
  readonly #socket: Socket;
  #settled = false;

  static connect(target: Target, timeoutMs: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect(target);
      const fail = (error: ScannerError) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new ScannerUnavailableError('Timed out connecting to the scanner', 'connect_timeout')),
        timeoutMs,
      );
      const onError = (error: unknown) => fail(unavailable(error));
      socket.once('error', onError);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.off('error', onError);
        resolve(new Connection(socket, timeoutMs));
      });
    });
  }

  private constructor(socket: Socket, timeoutMs: number) {
    this.#socket = socket;
    let received = Buffer.alloc(0);
    this.reply = new Promise<string>((resolve, reject) => {
      const settle = (outcome: () => void) => {
        if (this.#settled) return;
        this.#settled = true;
        socket.setTimeout(0);
        outcome();
      };
      socket.on('data', (data: Buffer) => {
        received = Buffer.concat([received, data]);
        const end = received.indexOf(0);
        if (end >= 0) settle(() => resolve(received.subarray(0, end).toString('latin1')));
        else if (received.length > MAX_REPLY_BYTES)
          settle(() => reject(new ScannerProtocolError('The scanner answer is too long', 'reply_too_long')));
      });
      const closed = () =>
        settle(() =>
          received.length > 0
            ? resolve(received.toString('latin1'))
            : reject(new ScannerUnavailableError('The scanner hung up without answering', 'closed')),
        );
      socket.on('end', closed);
      socket.on('close', closed);
      // After the answer, a write may still fail (clamd closes after a size-limit answer): ignored.
      socket.on('error', (error) => settle(() => reject(unavailable(error))));
      socket.setTimeout(timeoutMs, () => {
        settle(() => reject(new ScannerUnavailableError('The scanner did not answer in time', 'timeout')));
        socket.destroy();
      });
    });
    this.reply.catch(() => undefined); // awaited by the caller; never an unhandled rejection
  }

  /** False once an answer arrived or the connection ended. */
  get open(): boolean {
    return !this.#settled && !this.#socket.destroyed;
  }

  /** Hands data to the socket (true) unless the conversation is over (false), then waits for drain. */
  async send(data: Buffer): Promise<boolean> {
    if (!this.open) return false;
    if (!this.#socket.write(data)) {
      await Promise.race([
        new Promise<void>((resolve) => {
          const done = () => {
            this.#socket.off('drain', done);
            this.#socket.off('close', done);
            resolve();
          };
          this.#socket.on('drain', done);
          this.#socket.on('close', done);
        }),
        this.reply.then(
          () => undefined,
          () => undefined,
        ),
      ]);
    }
    return true;
  }

  close() {
    this.#socket.destroy();
  }
}
