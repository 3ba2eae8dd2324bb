import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../gql';
import { toProblem } from '../lib/api-errors';
import { isUuid, threadRef } from '../lib/thread-ref';
import { useDebounced } from '../lib/use-debounced';
import { Highlighted } from './highlighted';
import { ThreadStatusBadge } from './thread-status';

const PickThreadDocument = graphql(`
  query PickThread($id: ID, $slug: String) {
    thread(id: $id, slug: $slug) {
      id
      slug
      title
      status
    }
  }
`);

const PickThreadSearchDocument = graphql(`
  query PickThreadSearch($query: String!) {
    search(query: $query, filters: { kind: THREAD }, limit: 6) {
      hits {
        id
        title
        solved
      }
    }
  }
`);

// A pasted link, an id or a slug (words joined by dashes) names one thread; anything else is searched.
function looksLikeAddress(text: string): boolean {
  const t = text.trim();
  return t.includes('/t/') || isUuid(t) || /^[a-z0-9]+(-[a-z0-9]+)+$/i.test(t);
}

/**
 * Names another thread (the original of a duplicate): search by words, or paste its link, and see
 * which thread that is before anything is sent. `onChange` gets the chosen id.
 */
export function ThreadPicker({ label, excludeId, onChange, error }: { label: string; excludeId?: string; onChange(threadId: string | null): void; error?: string | null }) {
  const id = useId();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<{ id: string; title: string } | null>(null);
  const settled = useDebounced(text.trim(), 300);
  const address = looksLikeAddress(settled);
  const ref = address ? threadRef(settled) : null;
  const lookup = useQuery(PickThreadDocument, { variables: ref ?? {}, skip: !ref });
  const search = useQuery(PickThreadSearchDocument, { variables: { query: settled }, skip: address || settled.length < 3 });
  const found = ref && lookup.data?.thread && (lookup.data.thread.id === ref.id || lookup.data.thread.slug === ref.slug) ? lookup.data.thread : null;
  const hits = (search.data?.search.hits ?? []).filter((h) => h.id !== excludeId);
  const chosen = address ? (found && found.id !== excludeId ? found.id : null) : (picked?.id ?? null);

  useEffect(() => onChange(chosen), [chosen, onChange]);

  let status: string | null = null;
  if (address && lookup.loading) status = 'Looking up the thread…';
  else if (address && toProblem(lookup.error)?.code === 'NOT_FOUND') status = 'No thread has this address.';
  else if (address && found?.id === excludeId) status = 'That is this thread; choose the original.';
  else if (!address && settled.length >= 3 && !search.loading && !hits.length) status = 'No threads match; try other words or paste the link.';

  return (
    <div className={`field thread-picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        Type words from its title, or paste its link.
      </p>
      <input
        id={`${id}-input`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setPicked(null);
        }}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-found${error ? ` ${id}-error` : ''}`}
      />
      <div id={`${id}-found`} aria-live="polite">
        {address && found && chosen ? (
          <p className="picked">
            <ThreadStatusBadge status={found.status} /> {found.title}
          </p>
        ) : picked ? (
          <p className="picked">
            Chosen: <Highlighted html={picked.title} />
          </p>
        ) : (
          status && <p className="meta">{status}</p>
        )}
      </div>
      {!address && !picked && hits.length > 0 && (
        <ul className="picker-options" aria-label="Matching threads">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="picker-option" onClick={() => setPicked({ id: h.id, title: h.title })}>
                <Highlighted html={h.title} />
                {h.solved && <span className="badge badge-solved">Solved</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
