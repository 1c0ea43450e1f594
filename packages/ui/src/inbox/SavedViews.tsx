import type { SavedView } from '@loket/contracts';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useApi } from '../auth.tsx';
import { ProblemAlert } from '../components/ProblemAlert.tsx';
import { Link } from '../router.tsx';
import { hrefOfView, type InboxView, searchOfView } from './query.ts';

/**
 * The caller's own saved views (nobody else sees them): each a link that opens the list as it was
 * saved, a Delete button, and a form to save the list on screen under a name.
 */
export function SavedViews({ pathname, view }: { pathname: string; view: InboxView }) {
  const api = useApi();
  const id = useId();
  const [views, setViews] = useState<SavedView[]>();
  const [error, setError] = useState<unknown>();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    try {
      setViews((await api.savedViews()).items);
    } catch (e) {
      setError(e);
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Give the view a name.');
      return;
    }
    setNameError(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await api.createSavedView({ name: trimmed.slice(0, 100), query: view });
      setName('');
      setMessage(`The view “${trimmed}” was saved.`);
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (v: SavedView) => {
    setError(undefined);
    try {
      await api.deleteSavedView(v.id);
      setMessage(`The view “${v.name}” was deleted.`);
      await load();
    } catch (err) {
      setError(err);
    }
  };

  const currentSearch = searchOfView(view);
  return (
    <section className="saved-views" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Saved views</h2>
      {error !== undefined && <ProblemAlert error={error} />}
      {views === undefined ? null : views.length === 0 ? (
        <p className="muted">You have no saved views yet.</p>
      ) : (
        <ul className="saved-view-list">
          {views.map((v) => {
            const here = searchOfView(v.query) === currentSearch;
            return (
              <li key={v.id}>
                <Link to={hrefOfView(pathname, v.query)} aria-current={here ? 'page' : undefined}>
                  {v.name}
                </Link>{' '}
                <button type="button" className="button secondary small" onClick={() => void remove(v)}>
                  Delete<span className="visually-hidden"> the view {v.name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="save-view" aria-label="Save this view" onSubmit={save} noValidate>
        <div className={nameError ? 'field inline field-invalid' : 'field inline'}>
          <label htmlFor={`${id}-name`}>Name of the view</label>
          {nameError && (
            <p className="field-error" id={`${id}-name-error`}>
              <span className="visually-hidden">Error: </span>
              {nameError}
            </p>
          )}
          <input
            id={`${id}-name`}
            value={name}
            maxLength={100}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="button secondary" disabled={busy}>
          Save this view
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {message}
      </p>
    </section>
  );
}
