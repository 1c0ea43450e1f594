import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

/** The least an environment must name: the database, the object store and the identity provider. */
const required = {
  DATABASE_URL: 'postgresql://loket:db-secret@db.internal:5432/loket',
  S3_ENDPOINT: 'https://s3.internal:9000',
  S3_ACCESS_KEY: 'loket-prod',
  S3_SECRET_KEY: 's3-secret',
  OIDC_ISSUER: 'https://login.internal/realms/loket/',
};

describe('loadConfig', () => {
  it('takes the external database, object store and identity provider from the environment', () => {
    const config = loadConfig({
      ...required,
      S3_BUCKET: 'permits',
      S3_REGION: 'eu-west-1',
      OIDC_AUDIENCE: 'api',
    });
    expect(config.databaseUrl).toBe(required.DATABASE_URL);
    expect(config.s3).toMatchObject({
      endPoint: 'https://s3.internal:9000',
      accessKey: 'loket-prod',
      secretKey: 's3-secret',
      bucket: 'permits',
      region: 'eu-west-1',
    });
    // The issuer is compared with the tokens' `iss`, which has no trailing slash.
    expect(config.oidc).toEqual({ issuer: 'https://login.internal/realms/loket', audience: 'api' });
  });

  it('fills in the defaults and converts numbers and lists', () => {
    const config = loadConfig({ ...required, PORT: '4100', CORS_ORIGINS: 'http://a.test, http://b.test,' });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4100,
      corsOrigins: ['http://a.test', 'http://b.test'],
      s3: { bucket: 'loket-documents', partSizeBytes: 5 * 1024 * 1024 },
      oidc: { audience: 'loket-api' },
      mail: { smtpUrl: undefined },
    });
  });

  it('refuses a missing or malformed service, naming every variable but never its value', () => {
    const attempt = () =>
      loadConfig({
        ...required,
        DATABASE_URL: 'mysql://loket:db-secret@db.internal/loket',
        S3_ENDPOINT: '',
        OIDC_ISSUER: 'login.internal/realms/loket',
        S3_SECRET_KEY: undefined,
      });
    expect(attempt).toThrow(ConfigError);
    let message = '';
    try {
      attempt();
    } catch (error) {
      message = (error as Error).message;
    }
    for (const variable of ['DATABASE_URL', 'S3_ENDPOINT', 'S3_SECRET_KEY', 'OIDC_ISSUER']) {
      expect(message).toContain(variable);
    }
    expect(message).not.toContain('db-secret');
    expect(message).not.toContain('login.internal');
  });
});
