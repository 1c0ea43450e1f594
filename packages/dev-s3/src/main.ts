import { parseArgs } from 'node:util';
import { startDevS3 } from './server.ts';

const usage = `Usage: tsx src/main.ts [--port 4002] [--host 127.0.0.1] [--dir .data/s3]
                       [--access-key KEY] [--secret-key SECRET] [--verbose]
Without an access key any key id is accepted. Environment fallbacks: S3_ACCESS_KEY, S3_SECRET_KEY.
Signatures are never verified: for development only.`;

// `pnpm start -- --port 4002` forwards the `--`, which parseArgs would treat as "positionals follow".
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    port: { type: 'string', default: '4002' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: '.data/s3' },
    'access-key': { type: 'string' },
    'secret-key': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Invalid --port ${values.port}\n${usage}`);
  process.exit(2);
}

const accessKey = values['access-key'] ?? process.env.S3_ACCESS_KEY;
const server = await startDevS3({
  port,
  host: values.host,
  directory: values.dir,
  ...(accessKey ? { accessKey, secretKey: values['secret-key'] ?? process.env.S3_SECRET_KEY ?? '' } : {}),
  verbose: values.verbose,
});
console.log(
  `dev-s3 listening on ${server.endpoint} (data in ${values.dir}; ` +
    `${accessKey ? 'one access key accepted' : 'any access key accepted'}; signatures are NOT checked)`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('dev-s3: error while closing', err);
        process.exit(1);
      },
    );
  });
}
