/**
 * `pnpm start`: the whole platform on this machine with embedded defaults and demo data.
 * Data is kept in .data/ (or LOKET_DATA_DIR) across restarts; Ctrl-C stops everything.
 *
 * package.json runs it as `exec node --import tsx scripts/start.ts` so that Ctrl-C ends in exit
 * code 0 (packages/dev-platform/src/start.test.ts): `exec` leaves no Debian sh (dash) between pnpm
 * and this process (dash kills itself with the SIGINT after this process exited 0, and pnpm reports
 * the script failed); `node --import tsx` rather than the tsx CLI, which SIGKILLs its child when
 * that does not confirm a signal within 30 ms (a busy machine) and cuts the shutdown short.
 */
import { resolve } from 'node:path';
import { demoLogins, portsFromEnv, startPlatform } from '@loket/dev-platform';

const dataDir = resolve(process.env.LOKET_DATA_DIR ?? '.data');
const started = Date.now();

const platform = await startPlatform({
  dataDir,
  ports: portsFromEnv(process.env),
  // Fictitious files since 2019 so that the statistics and the inboxes have figures from the first
  // start (about 15 s once per data directory); LOKET_SYNTHETIC_FLANDERS_PER_YEAR=0 leaves them out.
  syntheticFlandersPerYear: Number(process.env.LOKET_SYNTHETIC_FLANDERS_PER_YEAR ?? 1000) || undefined,
  log: (line) => console.log(`· ${line}`),
});

const { urls } = platform;
console.log(`
Loket is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${dataDir})

  Applicant portal      ${urls.portal}
  Work inbox (region)   ${urls.workInbox}
  Residence inbox (DVZ) ${urls.residenceInbox}
  Statistics            ${urls.statistics}   (analyst ada; team leads tom and nadia)
  API                   ${urls.api}   (OpenAPI ${urls.api}/openapi.json, docs ${urls.docs})
  Identity provider     ${urls.idp}
  Object store (S3)     ${urls.s3}
  ${platform.mailView ? `Caught mails (dev)     ${platform.mailView}   (nothing is delivered)` : `Mail (SMTP_URL)       ${process.env.SMTP_URL?.replace(/\/\/[^@/]*@/, '//')}`}

Demo logins (password "demo" for all):
${demoLogins.map((u) => `  ${u.username.padEnd(6)} ${u.who}`).join('\n')}

Press Ctrl-C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Loket...');
    await platform.stop();
    process.exit(0);
  });
}
