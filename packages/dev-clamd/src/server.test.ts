import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevClamd, devSignature, eicarTestString, startDevClamd } from './index.ts';

let clamd: DevClamd;
beforeAll(async () => {
  clamd = await startDevClamd({ port: 0, streamMaxLength: 1024 });
});
afterAll(() => clamd?.close());

/** Sends raw bytes, returns everything clamd answers until it closes the connection. */
async function talk(...writes: Buffer[]): Promise<string> {
  const socket = connect(clamd.port, clamd.host);
  const chunks: Buffer[] = [];
  socket.on('data', (d: Buffer) => chunks.push(d));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  for (const w of writes) socket.write(w);
  await new Promise((resolve) => socket.once('close', resolve));
  return Buffer.concat(chunks).toString('latin1');
}

const chunk = (data: string | Buffer) => {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const header = Buffer.alloc(4);
  header.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([header, bytes]);
};
const end = Buffer.alloc(4);

describe('the development clamd stand-in', () => {
  it('answers PING and VERSION in the delimiter of the prefix used', async () => {
    expect(await talk(Buffer.from('zPING\0'))).toBe('PONG\0');
    expect(await talk(Buffer.from('nPING\n'))).toBe('PONG\n');
    expect(await talk(Buffer.from('zVERSION\0'))).toMatch(/^ClamAV 1\.4\.6\/.*\0$/);
    expect(await talk(Buffer.from('zSHUTDOWN\0'))).toBe('UNKNOWN COMMAND\0');
  });

  it('answers OK for clean data and FOUND for the EICAR string, also split over chunks', async () => {
    expect(await talk(Buffer.from('zINSTREAM\0'), chunk('%PDF-1.4\nhello\n'), end)).toBe('stream: OK\0');
    const eicar = eicarTestString();
    expect(await talk(Buffer.from('zINSTREAM\0'), chunk(`%PDF-1.4\n${eicar}`), end)).toBe(
      `stream: ${devSignature} FOUND\0`,
    );
    // Split into three chunks, written one byte-group at a time: the string spans all of them.
    const parts = [`%PDF-1.4\n${eicar.slice(0, 10)}`, eicar.slice(10, 40), `${eicar.slice(40)}\n%%EOF`];
    expect(await talk(Buffer.from('nINSTREAM\n'), ...parts.map(chunk), end)).toBe(
      `stream: ${devSignature} FOUND\n`,
    );
    // Almost the string is not the string.
    expect(await talk(Buffer.from('zINSTREAM\0'), chunk(eicar.slice(0, -1)), end)).toBe('stream: OK\0');
  });

  it('refuses a stream longer than its StreamMaxLength as clamd does', async () => {
    const answer = await talk(
      Buffer.from('zINSTREAM\0'),
      chunk(Buffer.alloc(600)),
      chunk(Buffer.alloc(600)),
      end,
    );
    expect(answer).toBe('INSTREAM size limit exceeded. ERROR\0');
  });

  it('frees its port on close', async () => {
    const other = await startDevClamd();
    await other.close();
    const refused = await new Promise<string>((resolve) => {
      const s = connect(other.port, other.host);
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? ''));
      s.on('connect', () => {
        s.destroy();
        resolve('connected');
      });
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
