import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { graphql } from '../../gql';
import type { VoteValue } from '../../gql/graphql';
import { describeProblem, toProblem } from '../../lib/api-errors';
import { useSession } from '../../session/session-context';

const VoteDocument = graphql(`
  mutation Vote($input: VoteInput!) {
    vote(input: $input) {
      postId
      postKind
      score
      myVote
    }
  }
`);

/** Up and down votes on a question or an answer; pressing the active one again undoes it. */
export function VoteControl({ threadId, postId, score, myVote, label }: { threadId: string; postId: string; score: number; myVote: VoteValue; label: string }) {
  const { signedIn } = useSession();
  const location = useLocation();
  const [message, setMessage] = useState<string | null>(null);
  const [vote, { loading }] = useMutation(VoteDocument, {
    update(cache, { data }) {
      const result = data?.vote;
      if (!result) return;
      const id = cache.identify({ __typename: result.postKind === 'QUESTION' ? 'Thread' : 'Answer', id: result.postId });
      cache.modify({ id, fields: { score: () => result.score, myVote: () => result.myVote } });
      // On the shared page the member's votes are kept in their state for the thread.
      cache.modify<{ votes: Array<{ postId: string; value: VoteValue }> }>({
        id: cache.identify({ __typename: 'ThreadViewerState', threadId }),
        fields: {
          votes: (votes) => [...(votes as Array<{ postId: string; value: VoteValue }>).filter((v) => v.postId !== result.postId), ...(result.myVote === 'NONE' ? [] : [{ __typename: 'PostVote' as const, postId: result.postId, value: result.myVote }])],
        },
      });
    },
  });

  const cast = async (value: VoteValue) => {
    setMessage(null);
    if (!signedIn) {
      setMessage('signin');
      return;
    }
    try {
      await vote({ variables: { input: { postId, value: myVote === value ? 'NONE' : value } } });
    } catch (error) {
      const problem = toProblem(error);
      setMessage(problem ? describeProblem(problem) : 'Your vote could not be saved.');
    }
  };

  return (
    <div className="vote" role="group" aria-label={`Votes on ${label}`}>
      <button type="button" className="vote-button" aria-pressed={myVote === 'UP'} aria-label={`Vote up ${label}`} disabled={loading} onClick={() => void cast('UP')}>
        <span aria-hidden="true">▲</span>
      </button>
      <span className="vote-score" aria-live="polite" aria-label={`Score ${score}`}>
        {score}
      </span>
      <button type="button" className="vote-button" aria-pressed={myVote === 'DOWN'} aria-label={`Vote down ${label}`} disabled={loading} onClick={() => void cast('DOWN')}>
        <span aria-hidden="true">▼</span>
      </button>
      {message && (
        <p className="vote-message" role="alert">
          {message === 'signin' ? (
            <>
              <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> to vote.
            </>
          ) : (
            message
          )}
        </p>
      )}
    </div>
  );
}
