import { createServer } from 'node:net';

/**
 * The first of `count` fixed ports for one test file: chosen at random so that test files running
 * side by side and a developer's platform rarely meet, and below Linux's ephemeral range
 * (32768-60999), where the client side of any connection on the machine may sit (EADDRINUSE was
 * seen there).
 */
export function portBlock(count: number): number {
  return 20_000 + Math.floor(Math.random() * (12_768 - count));
}

/** Whether nothing listens on the port, on any local address (IPv4 or IPv6). */
export function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, () => probe.close(() => done(true)));
  });
}
