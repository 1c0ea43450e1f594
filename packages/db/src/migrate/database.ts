import pg from 'pg';

/** The same server and credentials, connected to a maintenance database instead. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!name) throw new Error('The database URL names no database');
  return name;
}

/** Runs `fn` on a short-lived connection to the server's maintenance database. */
export async function withAdminClient<T>(
  databaseUrl: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  let lastError: unknown;
  // `postgres` is absent on some managed servers; template1 always exists.
  for (const maintenance of ['postgres', 'template1']) {
    const client = new pg.Client({ connectionString: withDatabase(databaseUrl, maintenance) });
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      if ((error as { code?: string }).code === '3D000') continue;
      throw error;
    }
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }
  throw lastError;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates the URL's database unless it exists. Safe to race: a concurrent creator wins quietly. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  await withAdminClient(databaseUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 42P04 duplicate_database; 23505 when two CREATEs race on the catalog's unique index.
      if (code !== '42P04' && code !== '23505') throw error;
    }
  });
}
