import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads data for a key (an id, a filter) and reloads on demand. Data stays on screen while a
 * reload runs, and an answer that arrives after the key changed is dropped.
 */
export function useAsync<T>(load: (key: string) => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  const keyRef = useRef(key);
  keyRef.current = key;
  const seq = useRef(0);

  const run = useCallback(async (forKey: string) => {
    const mine = ++seq.current;
    setState((s) => ({ data: s.data, loading: true }));
    try {
      const data = await loadRef.current(forKey);
      if (mine === seq.current) setState({ data, loading: false });
    } catch (error) {
      if (mine === seq.current) setState((s) => ({ data: s.data, error, loading: false }));
    }
  }, []);

  useEffect(() => {
    setState({ loading: true });
    void run(key);
  }, [key, run]);

  const reload = useCallback(() => run(keyRef.current), [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
