import { type Static, Type } from 'typebox';
import { Value } from 'typebox/value';

/**
 * The API's whole configuration, read from the environment once at boot and validated.
 * `.env.example` beside package.json documents every variable.
 */
const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 4000 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  DATABASE_URL: Type.String({ pattern: '^postgres(ql)?://' }),
  S3_ENDPOINT: Type.String({ pattern: '^https?://' }),
  S3_ACCESS_KEY: Type.String({ minLength: 1 }),
  S3_SECRET_KEY: Type.String({ minLength: 1 }),
  S3_BUCKET: Type.String({ minLength: 3, default: 'loket-documents' }),
  S3_REGION: Type.String({ default: 'us-east-1' }),
  /** Multipart part size: an upload holds about two parts in memory, so this bounds its footprint. */
  S3_PART_SIZE_MB: Type.Integer({ minimum: 5, maximum: 512, default: 5 }),
  /** Most MB of part buffers all uploads together may hold; past it uploads wait (TCP slows senders). */
  /** How often the API cleans up (orphan objects, abandoned uploads), and what age it spares. */
  REAPER_INTERVAL_MINUTES: Type.Integer({ minimum: 1, default: 60 }),
  REAPER_GRACE_MINUTES: Type.Integer({ minimum: 10, default: 24 * 60 }),
  S3_BUFFER_BUDGET_MB: Type.Integer({ minimum: 10, maximum: 65_536, default: 96 }),
  /** Largest file a resumable (tus) upload accepts; the one-request upload keeps UPLOAD_MAX_BYTES. */
  UPLOAD_RESUMABLE_MAX_BYTES: Type.Integer({ minimum: 1, default: 1024 * 1024 * 1024 }),
  /** Hours an unfinished resumable upload is kept after its last byte arrived. */
  UPLOAD_SESSION_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 24 }),
  OIDC_ISSUER: Type.String({ pattern: '^https?://', description: 'e.g. http://localhost:4001/realms/loket' }),
  OIDC_AUDIENCE: Type.String({ default: 'loket-api' }),
  /** Comma-separated origins of the web apps allowed to call the API from a browser. */
  CORS_ORIGINS: Type.String({ default: 'http://localhost:5173,http://localhost:5174,http://localhost:5175' }),
  UPLOAD_MAX_BYTES: Type.Integer({ minimum: 1, default: 25 * 1024 * 1024 }),
  /** The ClamAV daemon (clamd, TCP) that scans every upload before an authority may open it. */
  CLAMD_HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  CLAMD_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3310 }),
  /** How often pending files are swept up for scanning (e.g. after the scanner was down). */
  SCAN_SWEEP_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 10 }),
  /** Live updates (GET /v1/events): keep-alive interval and how many open streams are allowed. */
  EVENTS_KEEPALIVE_SECONDS: Type.Integer({ minimum: 1, maximum: 300, default: 15 }),
  EVENTS_MAX_STREAMS_PER_USER: Type.Integer({ minimum: 1, maximum: 1000, default: 20 }),
  EVENTS_MAX_STREAMS: Type.Integer({ minimum: 1, default: 5000 }),
  /** Where mails to applicants are sent (smtp:// or smtps://, credentials in the URL). Unset: queued, not sent. */
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'Loket <no-reply@loket.example>' }),
  /** The applicant portal's address, for links in mails. */
  PORTAL_URL: Type.String({ pattern: '^https?://', default: 'http://localhost:5173' }),
  /** How often queued mails are swept up for (re)delivery. */
  MAIL_SWEEP_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 30 }),
  /** First retry delay after a failed delivery; doubled per attempt, at most an hour. */
  MAIL_RETRY_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 30 }),
});

export type ConfigInput = Static<typeof ConfigSchema>;

export interface Config {
  host: string;
  port: number;
  logLevel: ConfigInput['LOG_LEVEL'];
  databaseUrl: string;
  s3: {
    endPoint: string;
    accessKey: string;
    secretKey: string;
    bucket: string;
    region: string;
    partSizeBytes: number;
    bufferBudgetBytes: number;
  };
  /** Resumable uploads: the size limit and how long an unfinished one is kept. */
  resumableUploads: { maxBytes: number; sessionTtlSeconds: number };
  oidc: { issuer: string; audience: string };
  corsOrigins: string[];
  uploadMaxBytes: number;
  clamd: { host: string; port: number };
  scanSweepIntervalMs: number;
  maintenance: { intervalMs: number; graceMs: number };
  /** Live updates: per instance, since each instance holds its own streams. */
  liveEvents: { keepAliveMs: number; maxStreamsPerUser: number; maxStreams: number };
  /** Mails to applicants (docs/adr/0007); without smtpUrl they wait in the outbox. */
  mail: {
    smtpUrl: string | undefined;
    from: string;
    portalUrl: string;
    sweepIntervalMs: number;
    retryBaseMs: number;
  };
}

export class ConfigError extends Error {}

/** Parses and validates the environment; throws one error listing every bad variable (without values). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.properties)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, known));
  if (!Value.Check(ConfigSchema, converted)) {
    const problems = [...Value.Errors(ConfigSchema, converted)].map(
      (e) => `${e.instancePath.slice(1) || '(root)'}: ${e.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const c = converted as ConfigInput;
  return {
    host: c.HOST,
    port: c.PORT,
    logLevel: c.LOG_LEVEL,
    databaseUrl: c.DATABASE_URL,
    s3: {
      endPoint: c.S3_ENDPOINT,
      accessKey: c.S3_ACCESS_KEY,
      secretKey: c.S3_SECRET_KEY,
      bucket: c.S3_BUCKET,
      region: c.S3_REGION,
      partSizeBytes: c.S3_PART_SIZE_MB * 1024 * 1024,
      bufferBudgetBytes: c.S3_BUFFER_BUDGET_MB * 1024 * 1024,
    },
    resumableUploads: {
      maxBytes: c.UPLOAD_RESUMABLE_MAX_BYTES,
      sessionTtlSeconds: c.UPLOAD_SESSION_TTL_HOURS * 3600,
    },
    oidc: { issuer: c.OIDC_ISSUER.replace(/\/$/, ''), audience: c.OIDC_AUDIENCE },
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    uploadMaxBytes: c.UPLOAD_MAX_BYTES,
    clamd: { host: c.CLAMD_HOST, port: c.CLAMD_PORT },
    scanSweepIntervalMs: c.SCAN_SWEEP_SECONDS * 1000,
    maintenance: { intervalMs: c.REAPER_INTERVAL_MINUTES * 60_000, graceMs: c.REAPER_GRACE_MINUTES * 60_000 },
    liveEvents: {
      keepAliveMs: c.EVENTS_KEEPALIVE_SECONDS * 1000,
      maxStreamsPerUser: c.EVENTS_MAX_STREAMS_PER_USER,
      maxStreams: c.EVENTS_MAX_STREAMS,
    },
    mail: {
      smtpUrl: c.SMTP_URL,
      from: c.MAIL_FROM,
      portalUrl: c.PORTAL_URL.replace(/\/+$/, ''),
      sweepIntervalMs: c.MAIL_SWEEP_SECONDS * 1000,
      retryBaseMs: c.MAIL_RETRY_SECONDS * 1000,
    },
  };
}
