import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ObjectTooLargeError } from './errors.ts';

/**
 * Pass-through that hashes (SHA-256) and counts the bytes of an upload as they flow, so the
 * digest and size come for free without a second read, and that fails the stream as soon as
 * `maxBytes` is passed instead of after the whole oversized body has been received.
 */
export class DigestMeter extends Transform {
  #bytes = 0;
  readonly #hash = createHash('sha256');
  readonly #maxBytes: number | undefined;

  constructor(maxBytes?: number) {
    super();
    this.#maxBytes = maxBytes;
  }

  get bytes(): number {
    return this.#bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#maxBytes !== undefined && this.#bytes > this.#maxBytes) {
      callback(new ObjectTooLargeError(this.#maxBytes));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  /** Hex SHA-256 of everything that passed; call once, after the stream has ended. */
  digestHex(): string {
    return this.#hash.digest('hex');
  }
}
