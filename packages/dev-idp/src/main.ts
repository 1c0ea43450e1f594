import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import { generateSigningKey, startDevIdp } from './server.ts';

const usage = `Usage: tsx src/main.ts [options]

  --port <n>               port to listen on (default 4001)
  --host <name>            host name in the issuer URL (default localhost)
  --listen-host <address>  address to bind (default 127.0.0.1 for localhost)
  --realm <file>           Keycloak realm export (default infra/keycloak/loket-realm.json)
  --access-token-ttl <s>   access token lifetime in seconds (default 300)
  --key-file <file>        signing key, created if missing (default .data/signing-key.json)
  --help
`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4001' },
    host: { type: 'string' },
    'listen-host': { type: 'string' },
    realm: { type: 'string' },
    'access-token-ttl': { type: 'string' },
    'key-file': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`--${name} must be a non-negative integer\n\n${usage}`);
    process.exit(2);
  }
  return value;
}

/** Keeping the key across restarts keeps browsers' tokens (and the id_token_hint of logout) valid. */
async function loadOrCreateKey(file: string): Promise<JWK> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const key = await generateSigningKey();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(key)}\n`, { mode: 0o600 });
  return key;
}

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keyFile = resolve(values['key-file'] ?? resolve(packageDir, '.data/signing-key.json'));

const idp = await startDevIdp({
  port: integer('port', values.port),
  host: values.host,
  listenHost: values['listen-host'],
  realmFile: values.realm ? resolve(values.realm) : undefined,
  accessTokenTtlSeconds: integer('access-token-ttl', values['access-token-ttl']),
  signingKey: await loadOrCreateKey(keyFile),
});

process.stdout.write(
  [
    `dev-idp listening: OIDC_ISSUER=${idp.issuer}`,
    `  keycloak-js: new Keycloak({ url: '${idp.url}', realm: '${idp.issuer.split('/').pop()}', clientId: 'loket-portal' })`,
    '  demo users and passwords: infra/keycloak/loket-realm.json',
    '',
  ].join('\n'),
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
