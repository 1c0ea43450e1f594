/**
 * A cap on the bytes that part buffers of all uploads of one store may hold at once. An upload
 * that would exceed it waits before reading its next part, so its source (an HTTP request) is
 * not read: TCP pushes back on the sender instead of the process growing with every new upload.
 */
export interface BufferBudget {
  /** Waits until `bytes` fit, then holds them; the returned function gives them back (once). */
  acquire(bytes: number): Promise<() => void>;
  /** Bytes held now. */
  readonly held: number;
}

export function createBufferBudget(maxBytes: number): BufferBudget {
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0)
    throw new RangeError('maxBytes must be a positive integer');
  let held = 0;
  const waiting: { bytes: number; grant: () => void }[] = [];

  const wake = () => {
    // First come, first served: a large request is not starved by a stream of small ones.
    while (waiting.length > 0) {
      const head = waiting[0] as { bytes: number; grant: () => void };
      if (held > 0 && held + head.bytes > maxBytes) return;
      waiting.shift();
      head.grant();
    }
  };

  return {
    get held() {
      return held;
    },
    acquire(requested: number) {
      // A request larger than the whole budget still runs, alone.
      const bytes = Math.min(requested, maxBytes);
      return new Promise((resolve) => {
        const grant = () => {
          held += bytes;
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            held -= bytes;
            wake();
          });
        };
        waiting.push({ bytes, grant });
        wake();
      });
    },
  };
}
