import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Client } from 'minio';

export const MiB = 1024 * 1024;
export const ACCESS_KEY = 'loket-test';
export const SECRET_KEY = 'loket-test-secret';

/**
 * A deterministic byte stream produced chunk by chunk, never held in memory as a whole, with its
 * SHA-256 computed from the same generator. Each chunk is a fixed random block stamped with its
 * index, so reordered or repeated parts change the digest.
 */
export class GeneratedBody {
  readonly #block: Buffer;
  readonly #chunkSize: number;
  readonly #totalBytes: number;

  constructor(totalBytes: number, chunkSize = 256 * 1024, seed = 1) {
    this.#totalBytes = totalBytes;
    this.#chunkSize = chunkSize;
    // A cheap, seeded pseudo-random block (xorshift) so data does not compress or repeat trivially.
    this.#block = Buffer.alloc(chunkSize);
    let x = seed * 2_654_435_761 || 1;
    for (let i = 0; i < chunkSize; i += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      this.#block.writeInt32LE(x | 0, i);
    }
  }

  #chunk(index: number): Buffer {
    const size = Math.min(this.#chunkSize, this.#totalBytes - index * this.#chunkSize);
    const chunk = Buffer.from(this.#block.subarray(0, size));
    if (size >= 8) chunk.writeDoubleLE(index, 0);
    return chunk;
  }

  get chunkCount(): number {
    return Math.ceil(this.#totalBytes / this.#chunkSize);
  }

  /** A fresh stream of the data; `fail` makes it error (or close early) after `afterBytes`. */
  stream(fail?: { afterBytes: number; error?: Error }): Readable {
    const chunkAt = (index: number) => this.#chunk(index);
    const count = this.chunkCount;
    let index = 0;
    let sent = 0;
    return new Readable({
      highWaterMark: this.#chunkSize,
      read() {
        if (fail && sent >= fail.afterBytes) {
          this.destroy(fail.error);
          return;
        }
        if (index === count) {
          this.push(null);
          return;
        }
        const chunk = chunkAt(index);
        index += 1;
        sent += chunk.length;
        this.push(chunk);
      },
    });
  }

  sha256(): string {
    const hash = createHash('sha256');
    for (let i = 0; i < this.chunkCount; i += 1) hash.update(this.#chunk(i));
    return hash.digest('hex');
  }
}

export async function digestStream(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A raw minio client, used only to look behind the store (incomplete uploads). */
export function rawClient(endpoint: string, accessKey = ACCESS_KEY, secretKey = SECRET_KEY): Client {
  const url = new URL(endpoint);
  const useSSL = url.protocol === 'https:';
  return new Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey,
    secretKey,
    pathStyle: true,
    region: 'us-east-1',
  });
}

export async function incompleteUploads(client: Client, bucket: string, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  for await (const upload of client.listIncompleteUploads(bucket, prefix, true)) {
    keys.push((upload as { key: string }).key);
  }
  return keys;
}
