import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../gql';
import { toProblem } from '../lib/api-errors';
import { threadRef } from '../lib/thread-ref';
import { useDebounced } from '../lib/use-debounced';
import { ThreadStatusBadge } from './thread-status';

const PickThreadDocument = graphql(`
  query PickThread($id: ID, $slug: String) {
    thread(id: $id, slug: $slug) {
      id
      slug
      title
      status
      duplicateOf {
        id
      }
    }
  }
`);

/**
 * Names another thread (the original of a duplicate) by its link, slug or id, and shows which
 * thread that is before anything is sent. `onChange` gets the id once one is found.
 */
export function ThreadPicker({ label, excludeId, onChange, error }: { label: string; excludeId?: string; onChange(threadId: string | null): void; error?: string | null }) {
  const id = useId();
  const [text, setText] = useState('');
  const settled = useDebounced(text, 300);
  const ref = threadRef(settled);
  const { data, loading, error: lookupError } = useQuery(PickThreadDocument, { variables: ref ?? {}, skip: !ref, fetchPolicy: 'cache-first' });
  const found = ref && data?.thread && (data.thread.id === ref.id || data.thread.slug === ref.slug) ? data.thread : null;
  const self = found?.id === excludeId;
  const chosen = found && !self ? found.id : null;

  useEffect(() => onChange(chosen), [chosen, onChange]);

  let status: string | null = null;
  if (settled.trim() && !ref) status = 'Paste the link to the thread, or its address after /t/.';
  else if (ref && loading) status = 'Looking up the thread…';
  else if (ref && toProblem(lookupError)?.code === 'NOT_FOUND') status = 'No thread has this address.';
  else if (self) status = 'That is this thread; choose the original.';

  return (
    <div className={`field thread-picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        Paste the original thread’s link (or its address after /t/).
      </p>
      <input
        id={`${id}-input`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-found${error ? ` ${id}-error` : ''}`}
      />
      <div id={`${id}-found`} aria-live="polite">
        {chosen && found ? (
          <p className="picked">
            <ThreadStatusBadge status={found.status} /> {found.title}
          </p>
        ) : (
          status && <p className="meta">{status}</p>
        )}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
