import { useApolloClient, useQuery } from '@apollo/client/react';
import { print } from 'graphql';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { Highlighted } from '../components/highlighted';
import { graphql } from '../gql';
import type { SuggestionEventInput } from '../gql/graphql';
import { searchSessionKey } from '../lib/session-key';
import { useDebounced } from '../lib/use-debounced';

const SimilarQuestionsDocument = graphql(`
  query SimilarQuestions($title: String!, $sessionKey: String) {
    similarQuestions(title: $title, limit: 5, sessionKey: $sessionKey) {
      id
      kind
      title
      slug
      solved
      hasExpertAnswer
    }
  }
`);

const RecordSuggestionEventDocument = graphql(`
  mutation RecordSuggestionEvent($input: SuggestionEventInput!) {
    recordSuggestionEvent(input: $input)
  }
`);

// Below this many characters a title says too little to look for look-alikes.
const MIN_TITLE = 10;

/**
 * Deflection on the ask form: what was shown, whether one was opened, whether the member posted
 * anyway or left. Returns `asked(threadId)` for the form to call after posting.
 */
export function useSuggestionEvents() {
  const client = useApolloClient();
  const shown = useRef<string[]>([]);
  const ended = useRef(false);

  const record = useCallback(
    (input: Omit<SuggestionEventInput, 'sessionKey'>) => {
      // Deflection figures are best effort: a lost event must never disturb the member.
      void client.mutate({ mutation: RecordSuggestionEventDocument, variables: { input: { ...input, sessionKey: searchSessionKey() } } }).catch(() => undefined);
    },
    [client],
  );

  useEffect(() => {
    // Leaving the page (tab closed, reload) after seeing suggestions, without posting or opening one.
    const onPageHide = () => {
      if (ended.current || !shown.current.length) return;
      ended.current = true;
      const body = JSON.stringify({
        operationName: 'RecordSuggestionEvent',
        query: print(RecordSuggestionEventDocument),
        variables: { input: { event: 'ABANDONED', sessionKey: searchSessionKey(), suggestionIds: shown.current } },
      });
      navigator.sendBeacon('/graphql', new Blob([body], { type: 'application/json' }));
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      // Navigating elsewhere in the app counts the same.
      if (!ended.current && shown.current.length) {
        ended.current = true;
        record({ event: 'ABANDONED', suggestionIds: shown.current });
      }
    };
  }, [record]);

  return useMemo(
    () => ({
    shown(ids: string[]) {
      if (!ids.length || ids.join() === shown.current.join()) return;
      shown.current = ids;
      record({ event: 'SHOWN', suggestionIds: ids });
    },
    opened(id: string) {
      ended.current = true;
      record({ event: 'OPENED', openedId: id, suggestionIds: shown.current });
    },
    asked(threadId: string) {
      if (ended.current || !shown.current.length) return;
      ended.current = true;
      record({ event: 'ASKED_ANYWAY', threadId, suggestionIds: shown.current });
    },
    }),
    [record],
  );
}

type Events = ReturnType<typeof useSuggestionEvents>;

/** Questions like the one being typed, offered before it is posted. */
export function SimilarQuestions({ title, events }: { title: string; events: Events }) {
  const settled = useDebounced(title.trim(), 400);
  const skip = settled.length < MIN_TITLE;
  const { data, previousData } = useQuery(SimilarQuestionsDocument, { variables: { title: settled, sessionKey: searchSessionKey() }, skip });
  const hits = skip ? [] : (data ?? previousData)?.similarQuestions ?? [];
  const ids = hits.map((h) => h.id).join();

  useEffect(() => {
    if (ids) events.shown(ids.split(','));
  }, [ids, events]);

  return (
    <div aria-live="polite" className="similar-wrap">
      {hits.length > 0 && (
        <section className="similar card" aria-labelledby="similar-title">
          <h2 id="similar-title">These may already answer your question</h2>
          <ul>
            {hits.map((h) => (
              <li key={h.id}>
                <Link to={h.kind === 'ARTICLE' ? `/a/${h.slug}` : `/t/${h.slug}`} onClick={() => events.opened(h.id)}>
                  <Highlighted html={h.title} />
                </Link>{' '}
                {h.kind === 'ARTICLE' && <span className="badge badge-article">Knowledge article</span>}
                {h.kind === 'THREAD' && h.solved && <span className="badge badge-solved">Solved</span>}
                {h.hasExpertAnswer && <span className="badge badge-expert">Expert answer</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
