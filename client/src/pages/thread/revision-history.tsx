import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { ErrorNotice, Loading } from '../../components/status';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';


// Loaded only when someone opens a history, so the thread page itself stays one lean request.
const QuestionRevisionsDocument = graphql(`
  query QuestionRevisions($id: ID!) {
    thread(id: $id) {
      id
      revisions {
        ...RevisionFields
      }
    }
  }
  fragment RevisionFields on Revision {
    id
    number
    reason
    createdAt
    editor {
      id
      displayName
    }
  }
`);

// There is no answer(id) query: answers' revisions come through their thread (within the query
// cost limit, the first 30 answers, which is where the answers on screen are).
const AnswerRevisionsDocument = graphql(`
  query AnswerRevisions($id: ID!) {
    thread(id: $id) {
      id
      answers(first: 30) {
        edges {
          node {
            id
            revisions {
              ...RevisionFields
            }
          }
        }
      }
    }
  }
`);

const RevisionDiffDocument = graphql(`
  query RevisionDiff($from: ID!, $to: ID!) {
    revisionDiff(fromRevisionId: $from, toRevisionId: $to) {
      title {
        value
        added
        removed
      }
      body {
        value
        added
        removed
      }
      tagsAdded
      tagsRemoved
    }
  }
`);

function Diff({ parts }: { parts: Array<{ value: string; added: boolean; removed: boolean }> }) {
  return (
    <p className="diff">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>{p.value}</ins>
        ) : p.removed ? (
          <del key={i}>{p.value}</del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}

function Changes({ from, to }: { from: string; to: string }) {
  const { data, loading, error } = useQuery(RevisionDiffDocument, { variables: { from, to } });
  if (loading) return <Loading label="Loading changes…" />;
  if (error || !data) return <ErrorNotice error={error} title="The changes could not be loaded" />;
  const d = data.revisionDiff;
  const titleChanged = d.title.some((p) => p.added || p.removed);
  return (
    <div className="changes">
      {titleChanged && (
        <>
          <p className="changes-title">Title</p>
          <Diff parts={d.title} />
        </>
      )}
      <p className="changes-title">Text</p>
      <Diff parts={d.body} />
      {(d.tagsAdded.length > 0 || d.tagsRemoved.length > 0) && (
        <p>
          {d.tagsAdded.length > 0 && <>Tags added: {d.tagsAdded.join(', ')}. </>}
          {d.tagsRemoved.length > 0 && <>Tags removed: {d.tagsRemoved.join(', ')}.</>}
        </p>
      )}
    </div>
  );
}

/** "Edited" link that opens the list of revisions of one post, each with its reason and changes. */
export function RevisionHistory({ threadId, postId, label }: { threadId: string; postId: string; label: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const isQuestion = postId === threadId;
  const [loadQuestion, question] = useLazyQuery(QuestionRevisionsDocument);
  const [loadAnswer, answer] = useLazyQuery(AnswerRevisionsDocument);
  const { loading, error, called } = isQuestion ? question : answer;
  const revisions =
    (isQuestion ? question.data?.thread.revisions : answer.data?.thread.answers.edges.find((e) => e.node.id === postId)?.node.revisions) ?? [];
  const sorted = [...revisions].sort((a, b) => b.number - a.number);

  const toggle = () => {
    if (!open && !called) void (isQuestion ? loadQuestion({ variables: { id: threadId } }) : loadAnswer({ variables: { id: threadId } }));
    setOpen(!open);
  };

  return (
    <div className="history">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={toggle}>
        {open ? 'Hide history' : 'Show edit history'}
        <span className="visually-hidden"> of {label}</span>
      </button>
      {open && (
        <div id={`${id}-panel`} className="history-panel">
          {loading ? (
            <Loading label="Loading history…" />
          ) : error ? (
            <ErrorNotice error={error} title="The history could not be loaded" />
          ) : (
            <ol className="revision-list" aria-label={`Revisions of ${label}`}>
              {sorted.map((r) => {
                const previous = revisions.find((p) => p.number === r.number - 1);
                return (
                  <li key={r.id}>
                    <p>
                      <strong>Revision {r.number}</strong> by {r.editor.displayName}, <TimeAgo iso={r.createdAt} />
                      {r.number > 1 ? <>: “{r.reason}”</> : ' (original)'}
                    </p>
                    {previous && (
                      <button type="button" className="link-button" aria-expanded={shown === r.id} onClick={() => setShown(shown === r.id ? null : r.id)}>
                        {shown === r.id ? 'Hide changes' : 'Show changes'}
                        <span className="visually-hidden"> in revision {r.number}</span>
                      </button>
                    )}
                    {previous && shown === r.id && <Changes from={previous.id} to={r.id} />}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
