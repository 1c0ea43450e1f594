import type { TestProject } from 'vitest/node';
import { type RealClamd, realClamdWanted, startRealClamd } from './testing.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real clamd for this run, or null when it is not installed (never in CI). */
    realClamd: { host: string; port: number; socketPath: string; startMs: number } | null;
  }
}

/** One real clamd for the whole run, started through infra/clamav/start-clamd.sh. */
export default async function setup(project: TestProject) {
  let clamd: RealClamd | undefined;
  if (realClamdWanted()) {
    clamd = await startRealClamd();
    console.log(`real clamd ready in ${clamd.startMs.toFixed(0)} ms (start-clamd.sh, EICAR-only database)`);
  }
  project.provide(
    'realClamd',
    clamd
      ? { host: clamd.host, port: clamd.port, socketPath: clamd.socketPath, startMs: clamd.startMs }
      : null,
  );
  return async () => {
    await clamd?.close();
  };
}
