import type { Reference } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { ThreadLiveSubscription } from '../../gql/graphql';
import { useLiveReconnect } from '../../live/use-live';

// The fresh thread and answer objects land in the cache by id, so edits, scores and status changes
// show without any further request; only new answers need placing in the list.
const ThreadLiveDocument = graphql(`
  subscription ThreadLive($threadId: ID!) {
    threadUpdated(threadId: $threadId) {
      kind
      threadId
      postId
      postKind
      answerId
      thread {
        id
        title
        body
        bodyHtml
        status
        score
        myVote
        answerCount
        updatedAt
        hidden
        locked
        closeReason
        closeVotes
        pinnedAt
        tags {
          id
          name
        }
      }
      answer {
        ...AnswerFields
      }
    }
  }
`);

type Update = ThreadLiveSubscription['threadUpdated'];
type AnswersInCache = { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: Reference }> };

// Changes whose effects reach beyond the objects sent (comments, moderation history, hidden
// placeholders): fetch the thread again as shown, a burst of them at once.
const REFRESH_KINDS = new Set<Update['kind']>(['COMMENT_ADDED', 'COMMENT_DELETED', 'ANSWER_DELETED', 'POST_HIDDEN', 'POST_UNHIDDEN', 'MODERATED']);
const REFRESH_DELAY_MS = 300;

interface LiveOptions {
  threadId: string;
  viewerId: string | null;
  /** The answer ids on the page now (for acceptance, which moves the mark from one to another). */
  answerIds: string[];
  /** Fetches the thread again as shown (all loaded answers), without a loading state. */
  refresh(): void;
  /** The thread is gone: load the page again so it says so. */
  reload(): void;
}

export interface ThreadLive {
  /** Answers by others that arrived while the page was open. */
  newAnswerIds: ReadonlySet<string>;
}

/** Keeps an open thread page current through the threadUpdated subscription (signed-in members only). */
export function useThreadLive({ threadId, viewerId, answerIds, refresh, reload }: LiveOptions): ThreadLive {
  const client = useApolloClient();
  const [newAnswerIds, setNewAnswerIds] = useState<ReadonlySet<string>>(() => new Set());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ answerIds, refresh, reload });
  useEffect(() => {
    latest.current = { answerIds, refresh, reload };
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => setNewAnswerIds(new Set()), [threadId]);

  const refreshSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current.refresh(), REFRESH_DELAY_MS);
  };

  useLiveReconnect(() => {
    if (viewerId) refreshSoon();
  });

  useSubscription(ThreadLiveDocument, {
    variables: { threadId },
    skip: !viewerId,
    onData: ({ data }) => {
      const update = data.data?.threadUpdated;
      if (!update || update.threadId !== threadId) return;
      const { cache } = client;
      const threadRef = cache.identify({ __typename: 'Thread', id: threadId });
      switch (update.kind) {
        case 'ANSWER_POSTED': {
          const answer = update.answer;
          if (!answer) return;
          let added = false;
          cache.modify({
            id: threadRef,
            fields: {
              answers(value, { readField, toReference }) {
                const existing = value as unknown as AnswersInCache | undefined;
                if (!existing || existing.edges.some((e) => readField('id', e.node) === answer.id)) return value;
                added = true;
                // Beyond the loaded pages it waits for "show more"; the count grows either way.
                const edges = existing.pageInfo.hasNextPage ? existing.edges : [...existing.edges, { __typename: 'AnswerEdge', node: toReference({ __typename: 'Answer', id: answer.id }) }];
                return { ...existing, totalCount: existing.totalCount + 1, edges } as unknown as typeof value;
              },
            },
          });
          if (added && answer.author.id !== viewerId) setNewAnswerIds((ids) => new Set(ids).add(answer.id));
          return;
        }
        case 'ANSWER_ACCEPTED':
        case 'ANSWER_UNACCEPTED':
          for (const id of latest.current.answerIds) {
            const accepted = update.kind === 'ANSWER_ACCEPTED' && id === update.postId;
            cache.modify({ id: cache.identify({ __typename: 'Answer', id }), fields: { isAccepted: () => accepted } });
          }
          return;
        case 'THREAD_DELETED':
          latest.current.reload();
          return;
        default:
          if (REFRESH_KINDS.has(update.kind)) refreshSoon();
      }
    },
  });

  return { newAnswerIds };
}

/** A discreet, polite announcement of answers that arrived while reading. */
export function NewAnswersNote({ count }: { count: number }) {
  return (
    <p role="status" className={count ? 'live-note' : 'live-note live-note-empty'}>
      {count === 0 ? '' : count === 1 ? '1 new answer' : `${count} new answers`}
    </p>
  );
}
