/** A spinner with words: the words are what assistive technology announces. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
