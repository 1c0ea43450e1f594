/**
 * pnpm bench:portal: what the applicant portal costs a browser on its first page.
 *
 * 1. Starts the dev platform (packages/dev-platform, no web apps) on its own ports in a fresh
 *    directory, and builds the portal with Vite for production against it. Beside it, built the
 *    same way, a baseline: a minimal Vite + React app that renders a table of the same size.
 * 2. Size: the gzipped JavaScript of the first route, i.e. index.html's entry and every chunk it
 *    modulepreloads, plus any chunk the browser fetched before the applications list was on
 *    screen (a lazily loaded route's own chunk). Target: at most 250 KB.
 * 3. Time to interactive of the applications list, in headless Chromium (playwright-core, the
 *    flags of e2e/playwright.config.ts), signed in as anna, HTTP cache off (a first visit every
 *    run): from the start of the navigation to the list rendered and the main thread quiet (the
 *    later of the first row appearing and the end of the last long task, with no long task for
 *    BENCH_PORTAL_QUIET_MS afterwards). Measured from the typed address, through keycloak-js'
 *    round trip to the identity provider (session kept), and within the page the provider sends
 *    back. BENCH_PORTAL_RUNS runs (default 9): median and p95.
 * Prints `name: value unit` lines and ratios to the baseline and the target; exits 1 above the
 * size target.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startPlatform } from '@loket/dev-platform';

const root = resolve(import.meta.dirname, '..');
const portalRoot = join(root, 'apps/portal');
const runs = Number(process.env.BENCH_PORTAL_RUNS ?? 9);
const quietMs = Number(process.env.BENCH_PORTAL_QUIET_MS ?? 1000);
const targetKb = 250;
/** Apart from `pnpm start` (4000...) and the e2e runs (4100...). */
const ports = { api: 4790, idp: 4791, s3: 4792, mail: 4793, postgres: 5790, portal: 5791, baseline: 5792 };

// The build tools and the browser driver are the portal's and the e2e suite's own dependencies:
// resolved from there, so the bench measures with exactly their versions.
const fromPortal = createRequire(join(portalRoot, 'package.json'));
const fromE2e = createRequire(join(root, 'e2e/package.json'));
const fromPlaywright = createRequire(
  createRequire(fromE2e.resolve('@playwright/test')).resolve('playwright/package.json'),
);
const vite: typeof import('vite') = await import(pathToFileURL(fromPortal.resolve('vite')).href);
const react: typeof import('@vitejs/plugin-react').default = (
  await import(pathToFileURL(fromPortal.resolve('@vitejs/plugin-react')).href)
).default;
const { chromium } = fromPlaywright('playwright-core') as typeof import('playwright-core');

/** The browser flags of the e2e suite (its config only makes a data directory when none is set). */
async function chromiumLaunchOptions(dataDir: string) {
  process.env.LOKET_E2E_DATA_DIR ??= dataDir;
  const config = (await import(pathToFileURL(join(root, 'e2e/playwright.config.ts')).href)).default as {
    use?: { launchOptions?: { executablePath?: string; args?: string[] } };
  };
  return { headless: true, ...config.use?.launchOptions };
}

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** The scripts index.html loads before anything runs: the entry module and its modulepreloads. */
async function htmlScripts(outDir: string): Promise<string[]> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const found = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] as string);
  return [...new Set(found)];
}

/** The baseline: one React page with a 25-row table, the same Vite, React and plugin as the portal. */
async function writeBaselineApp(dir: string) {
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <link rel="icon" href="data:," /><title>Baseline</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  );
  await writeFile(
    join(dir, 'src/main.tsx'),
    `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const rows = Array.from({ length: 25 }, (_, i) => ({ id: i, reference: 'LKT-2026-' + String(i).padStart(6, '0') }));

function App() {
  return (
    <main>
      <h1>My applications</h1>
      <table>
        <caption>Applications</caption>
        <thead><tr><th scope="col">Reference</th><th scope="col">Status</th></tr></thead>
        <tbody>{rows.map((r) => <tr key={r.id}><th scope="row"><a href={'/applications/' + r.id}>{r.reference}</a></th><td>Draft</td></tr>)}</tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
`,
  );
}

/** Builds an app for production into outDir and serves it there (vite preview, SPA fallback). */
async function buildAndServe(
  appRoot: string,
  outDir: string,
  port: number,
  options: { configFile: string | false; alias?: { find: RegExp; replacement: string }[] },
) {
  const inline = {
    root: appRoot,
    configFile: options.configFile,
    mode: 'production',
    logLevel: 'warn' as const,
    ...(options.configFile === false ? { plugins: [react()] } : {}),
    ...(options.alias ? { resolve: { alias: options.alias } } : {}),
    build: { outDir, emptyOutDir: true },
  };
  await vite.build(inline);
  const server = await vite.preview({
    ...inline,
    preview: { port, strictPort: true, host: 'localhost' },
  });
  return server;
}

interface Measured {
  /** From the address typed to the list interactive, across the sign-in round trip. */
  total: number;
  /** Within the document that showed the list. */
  document: number;
  /** Same-origin scripts that document fetched before the first row appeared. */
  scripts: string[];
}

/**
 * Marks, in every document of the page: the first start of a navigation in this tab (kept in
 * sessionStorage across the identity provider's redirects), the moment the first table row
 * appears, and the end of every long task.
 */
const probe = `(() => {
  if (!sessionStorage.getItem('bench.start')) sessionStorage.setItem('bench.start', String(performance.timeOrigin));
  window.__bench = { rowAt: undefined, longTaskEnd: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTaskEnd = Math.max(window.__bench.longTaskEnd, e.startTime + e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (window.__bench.rowAt === undefined && document.querySelector('table tbody tr')) {
      window.__bench.rowAt = performance.now();
      window.__bench.scripts = performance.getEntriesByType('resource')
        .filter((r) => r.name.startsWith(location.origin) && /\\.js(\\?|$)/.test(r.name))
        .map((r) => new URL(r.name).pathname);
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})()`;

async function measureRuns(
  browser: import('playwright-core').Browser,
  url: string,
  signIn: boolean,
): Promise<Measured[]> {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  if (signIn) {
    const page = await context.newPage();
    await page.goto(url);
    // Keycloak's field names, as in the e2e tests.
    await page.locator('#username').fill('anna');
    await page.locator('#password').fill('demo');
    await page.locator('#kc-login').click();
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    await page.close();
  }
  const results: Measured[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { rowAt?: number } }).__bench.rowAt,
      null,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    // Quiet: no long task ended in the last quietMs after the list appeared.
    const measured = await page.evaluate(async (quiet) => {
      const b = (window as unknown as { __bench: { rowAt: number; longTaskEnd: number; scripts: string[] } })
        .__bench;
      for (;;) {
        const interactive = Math.max(b.rowAt, b.longTaskEnd);
        if (performance.now() - interactive >= quiet) {
          const start = Number(sessionStorage.getItem('bench.start'));
          return {
            document: interactive,
            total: performance.timeOrigin + interactive - start,
            scripts: b.scripts,
          };
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }, quietMs);
    // The first run warms the servers (API connection pools, the IdP's session lookup).
    if (i > 0) results.push(measured);
    await page.close();
  }
  await context.close();
  return results;
}

function summarise(name: string, results: Measured[]) {
  const total = results.map((r) => r.total).sort((a, b) => a - b);
  const doc = results.map((r) => r.document).sort((a, b) => a - b);
  const stats = {
    median: percentile(total, 50),
    p95: percentile(total, 95),
    documentMedian: percentile(doc, 50),
    documentP95: percentile(doc, 95),
  };
  console.log(`${name}_tti_median: ${stats.median.toFixed(0)} ms`);
  console.log(`${name}_tti_p95: ${stats.p95.toFixed(0)} ms`);
  console.log(`${name}_tti_in_page_median: ${stats.documentMedian.toFixed(0)} ms`);
  console.log(`${name}_tti_in_page_p95: ${stats.documentP95.toFixed(0)} ms`);
  return stats;
}

async function scriptSizes(outDir: string, paths: Iterable<string>) {
  let kb = 0;
  const files = [...new Set(paths)].sort();
  for (const p of files) kb += gzipKb(await readFile(join(outDir, p.replace(/^\//, ''))));
  return { kb, files };
}

const dir = await mkdtemp(join(tmpdir(), 'loket-bench-portal-'));
await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter the directory
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
const servers: { close(): Promise<void> }[] = [];
let browser: import('playwright-core').Browser | undefined;
try {
  console.log(`load_average_before: ${load()} (1, 5, 15 min)`);
  platform = await startPlatform({
    dataDir: join(dir, 'data'),
    webApps: false,
    ports: {
      api: ports.api,
      idp: ports.idp,
      s3: ports.s3,
      mail: ports.mail,
      postgres: ports.postgres,
      portal: ports.portal,
    },
  });
  // Vite takes VITE_* from the environment at build time: the portal talks to this platform.
  process.env.VITE_API_URL = platform.urls.api;
  process.env.VITE_OIDC_ISSUER = platform.urls.idp;

  const portalOut = join(dir, 'portal-dist');
  const builtAt = performance.now();
  servers.push(
    await buildAndServe(portalRoot, portalOut, ports.portal, {
      configFile: join(portalRoot, 'vite.config.ts'),
    }),
  );
  console.log(`portal_build: ${((performance.now() - builtAt) / 1000).toFixed(1)} s`);

  const baselineRoot = join(dir, 'baseline');
  await writeBaselineApp(baselineRoot);
  const reactDir = (name: string) => dirname(fromPortal.resolve(`${name}/package.json`));
  servers.push(
    await buildAndServe(baselineRoot, join(dir, 'baseline-dist'), ports.baseline, {
      configFile: false,
      // The baseline lives outside the workspace: React comes from the portal's dependencies.
      alias: [
        { find: /^react-dom(\/.*)?$/, replacement: `${reactDir('react-dom')}$1` },
        { find: /^react(\/.*)?$/, replacement: `${reactDir('react')}$1` },
      ],
    }),
  );

  browser = await chromium.launch(await chromiumLaunchOptions(join(dir, 'e2e')));
  const portalRuns = await measureRuns(browser, `http://localhost:${ports.portal}/`, true);
  const baselineRuns = await measureRuns(browser, `http://localhost:${ports.baseline}/`, false);

  const portal = await scriptSizes(portalOut, [
    ...(await htmlScripts(portalOut)),
    ...portalRuns.flatMap((r) => r.scripts),
  ]);
  const baseline = await scriptSizes(join(dir, 'baseline-dist'), [
    ...(await htmlScripts(join(dir, 'baseline-dist'))),
    ...baselineRuns.flatMap((r) => r.scripts),
  ]);
  const entryOnly = await scriptSizes(portalOut, await htmlScripts(portalOut));

  console.log(`load_average_after: ${load()} (1, 5, 15 min)`);
  console.log(`runs: ${runs} (each after one warm-up; HTTP cache off)`);
  console.log(`portal_first_route_js_gzip: ${portal.kb.toFixed(1)} KB`);
  console.log(`portal_first_route_js_files: ${portal.files.length} files (${portal.files.join(', ')})`);
  console.log(`portal_html_scripts_js_gzip: ${entryOnly.kb.toFixed(1)} KB`);
  console.log(`baseline_first_route_js_gzip: ${baseline.kb.toFixed(1)} KB`);
  const portalTti = summarise('portal', portalRuns);
  const baselineTti = summarise('baseline', baselineRuns);
  console.log(
    `portal_js_vs_target_ratio: ${(portal.kb / targetKb).toFixed(2)} (target <= 1, ${targetKb} KB)`,
  );
  console.log(`portal_js_vs_baseline_ratio: ${(portal.kb / baseline.kb).toFixed(2)}`);
  console.log(
    `portal_tti_in_page_vs_baseline_ratio: ${(portalTti.documentMedian / baselineTti.documentMedian).toFixed(2)} (medians)`,
  );
  if (portal.kb > targetKb) process.exitCode = 1;
} finally {
  await browser?.close();
  for (const s of servers) await s.close().catch(() => undefined);
  await platform?.stop();
  await rm(dir, { recursive: true, force: true });
}
