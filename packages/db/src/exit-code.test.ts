import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('loading the embedded PostgreSQL', () => {
  it('leaves the exit code of the process alone (a failed test run must not exit 0)', () => {
    const entry = path.resolve(import.meta.dirname, './embedded.ts');
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `await import(${JSON.stringify(entry)}); process.exitCode = 3;`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(result.status).toBe(3);
  });
});
