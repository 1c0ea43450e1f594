import { afterAll, beforeAll } from 'vitest';
import { type Harness, type HarnessOptions, startHarness } from './harness.ts';
import { journey } from './journey.ts';

/**
 * A harness for the enclosing test file or describe block: started in beforeAll, closed in
 * afterAll. `h` is returned at once, standing in for the harness that beforeAll starts (using it
 * before then throws), so tests read `h.app.inject(...)` and `steps.draft(...)` as before.
 *
 * `options` may be a function, called in beforeAll, for options that need something started
 * first (a scanner); `beforeClose` and `afterClose` run in afterAll around the harness's close.
 */
export function useHarness(
  options: HarnessOptions | (() => HarnessOptions | Promise<HarnessOptions>) = {},
  teardown: { beforeClose?: () => unknown; afterClose?: () => unknown } = {},
) {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(typeof options === 'function' ? await options() : options);
  });
  afterAll(async () => {
    await teardown.beforeClose?.();
    await started?.close();
    await teardown.afterClose?.();
  });
  const h = new Proxy({} as Harness, {
    get(_target, key) {
      if (!started) throw new Error('the test harness is used before beforeAll has started it');
      return Reflect.get(started, key);
    },
  });
  return { h, steps: journey(h) };
}
