import type { ReactNode } from 'react';
import { describeProblem, toProblem } from '../lib/api-errors';

/** A polite live region, so screen readers hear that something is loading. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="status status-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function ErrorNotice({ error, title = 'This could not be loaded', retry }: { error: unknown; title?: string; retry?: () => void }) {
  const problem = toProblem(error);
  if (!problem) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{describeProblem(problem)}</p>
      {retry && (
        <button type="button" className="button button-secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}
