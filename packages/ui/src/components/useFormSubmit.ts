import { useState } from 'react';

/** Busy flag and API error for a form whose submission calls the API once. */
export function useFormSubmit() {
  const [busy, setBusy] = useState(false);
  const [apiError, setApiError] = useState<unknown>();
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setApiError(undefined);
    try {
      await action();
    } catch (e) {
      setApiError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, apiError, run };
}

/** Ids from React's useId are not valid in a URL fragment selector as-is. */
export function cleanId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '');
}
