import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { describeProblem, toProblem, type ApiProblem } from '../../lib/api-errors';

const FollowThreadDocument = graphql(`
  mutation FollowThread($threadId: ID!) {
    followThread(threadId: $threadId) {
      threadId
      following
    }
  }
`);

const UnfollowThreadDocument = graphql(`
  mutation UnfollowThread($threadId: ID!) {
    unfollowThread(threadId: $threadId) {
      threadId
      following
    }
  }
`);

/** Follow or stop following a thread; the state is said in words beside the button. */
export function FollowButton({ threadId, following }: { threadId: string; following: boolean }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // ThreadFollow is not an entity: copy its answer onto the thread and the member's state on it.
  const update = (cache: ApolloCache, value: boolean | undefined) => {
    if (value === undefined) return;
    cache.modify({ id: cache.identify({ __typename: 'Thread', id: threadId }), fields: { following: () => value } });
    cache.modify({ id: cache.identify({ __typename: 'ThreadViewerState', threadId }), fields: { following: () => value } });
  };
  const [follow, f] = useMutation(FollowThreadDocument, { update: (cache, { data }) => update(cache, data?.followThread.following) });
  const [unfollow, u] = useMutation(UnfollowThreadDocument, { update: (cache, { data }) => update(cache, data?.unfollowThread.following) });
  const busy = f.loading || u.loading;

  const toggle = async () => {
    setProblem(null);
    try {
      if (following) await unfollow({ variables: { threadId } });
      else await follow({ variables: { threadId } });
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <div className="follow" data-testid="follow">
      <p className="follow-state" aria-live="polite">
        {following ? 'You follow this thread: new answers reach your notifications.' : 'You do not follow this thread.'}
      </p>
      <button type="button" className="button button-small button-secondary" onClick={() => void toggle()} disabled={busy}>
        {following ? 'Stop following' : 'Follow this thread'}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
    </div>
  );
}
