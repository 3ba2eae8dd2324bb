import { useState } from 'react';
import { toProblem, describeProblem } from '../lib/api-errors';

/** Cursor pagination: fetches the next page and appends it (the cache merges the edges). */
export function LoadMore({ hasMore, onLoadMore, label = 'Show more' }: { hasMore: boolean; onLoadMore: () => Promise<unknown>; label?: string }) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!hasMore) return null;
  const load = async () => {
    setLoading(true);
    setError(null);
    try {
      await onLoadMore();
    } catch (err) {
      const problem = toProblem(err);
      setError(problem ? describeProblem(problem) : 'Could not load more.');
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="load-more">
      <button type="button" className="button button-secondary" onClick={load} disabled={loading} aria-busy={loading}>
        {loading ? 'Loading…' : label}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
