import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../components/form';
import { RenderedHtml } from '../../components/rendered-html';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { useSession } from '../../session/session-context';
import { FlagButton } from './flag-dialog';
import { HideToggle } from './moderation';

export const CommentFieldsFragmentDoc = graphql(`
  fragment CommentFields on Comment {
    id
    bodyHtml
    createdAt
    deleted
    hidden
    author {
      id
      displayName
    }
  }
`);

const AddCommentDocument = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

interface CommentsProps {
  comments: CommentFieldsFragment[];
  target: { threadId: string } | { answerId: string };
  label: string;
  threadId: string;
  /** Whether the viewer may add comments here (closed and locked threads take none from members). */
  open: boolean;
  moderator: boolean;
}

export function Comments({ comments, target, label, threadId, open: mayComment, moderator }: CommentsProps) {
  const id = useId();
  const { signedIn, viewer } = useSession();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [addComment, { loading }] = useMutation(AddCommentDocument, { refetchQueries: ['ThreadPage'], awaitRefetchQueries: true });
  const visible = comments.filter((c) => !c.deleted);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await addComment({ variables: { input: { ...target, body } } });
      setBody('');
      setOpen(false);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  const errors = problem?.fields.body ?? [];
  return (
    <div className="comments">
      {visible.length > 0 && (
        <ul className="comment-list" aria-label={`Comments on ${label}`}>
          {visible.map((c) => {
            const commentLabel = `the comment by ${c.author.displayName}`;
            return (
              <li key={c.id} className="comment">
                {c.hidden && moderator && <span className="badge badge-hidden">Hidden from members</span>}
                <RenderedHtml html={c.bodyHtml} className="comment-body" />
                <span className="meta">
                  {' '}– <Link to={`/members/${c.author.id}`}>{c.author.displayName}</Link>, <TimeAgo iso={c.createdAt} />
                </span>
                {signedIn && viewer && viewer.id !== c.author.id && (
                  <>
                    {' '}
                    <FlagButton target={{ postId: c.id, kind: 'comment', label: commentLabel, threadId }} />
                  </>
                )}
                {moderator && (
                  <>
                    {' '}
                    <HideToggle postId={c.id} hidden={c.hidden} label={commentLabel} />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {signedIn &&
        mayComment &&
        (open ? (
          <form className="comment-form" onSubmit={onSubmit} noValidate>
            <FormError problem={problem && !errors.length ? problem : null} />
            <div className={`field${errors.length ? ' field-invalid' : ''}`}>
              <label htmlFor={`${id}-body`}>Your comment on {label}</label>
              <textarea
                id={`${id}-body`}
                rows={3}
                value={body}
                maxLength={2000}
                autoFocus
                onChange={(e) => setBody(e.target.value)}
                aria-invalid={errors.length ? true : undefined}
                aria-describedby={errors.length ? `${id}-error` : undefined}
              />
              {errors.length > 0 && (
                <ul className="field-error" id={`${id}-error`}>
                  {errors.map((m) => (
                    <li key={m}>{fieldMessage('body', 'Comment', m)}</li>
                  ))}
                </ul>
              )}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-small" disabled={loading}>
                {loading ? 'Adding…' : 'Add comment'}
              </button>
              <button type="button" className="link-button" onClick={() => setOpen(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="link-button" onClick={() => setOpen(true)}>
            Add a comment<span className="visually-hidden"> on {label}</span>
          </button>
        ))}
    </div>
  );
}
