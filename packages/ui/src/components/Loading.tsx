import { useMessages } from '@loket/i18n/react';
import { commonMessages } from './common.messages.ts';

/** A spinner with words: the words are what assistive technology announces. */
export function Loading({ label }: { label?: string }) {
  const t = useMessages(commonMessages);
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </p>
  );
}

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
