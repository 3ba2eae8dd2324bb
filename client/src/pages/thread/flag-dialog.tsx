import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form';
import { ThreadPicker } from '../../components/thread-picker';
import { graphql } from '../../gql';
import type { FlagReason } from '../../gql/graphql';
import { fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';

const FlagPostDocument = graphql(`
  mutation FlagPost($input: FlagPostInput!) {
    flagPost(input: $input) {
      id
      status
    }
  }
`);

const REASONS: Array<{ value: FlagReason; label: string; hint: string; questionOnly?: boolean }> = [
  { value: 'SPAM', label: 'Spam', hint: 'Advertising or links that do not help anyone here.' },
  { value: 'OFFENSIVE', label: 'Rude or offensive', hint: 'Insults, harassment or hateful language.' },
  { value: 'OFF_TOPIC', label: 'Off topic', hint: 'Not about this community’s products and services.' },
  { value: 'DUPLICATE', label: 'Duplicate', hint: 'This question was asked and answered before.', questionOnly: true },
  { value: 'NEEDS_STAFF', label: 'Needs staff', hint: 'The community cannot solve this; the company’s team should step in.' },
];

export type FlagTarget = { postId: string; kind: 'question' | 'answer' | 'comment'; label: string; threadId: string };

/** "Flag" on a post: a dialog with the reasons, an optional comment and, for duplicates, the original. */
export function FlagButton({ target }: { target: FlagTarget }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (sent) {
    return (
      <span className="meta flag-sent" role="status">
        Flagged, thank you
      </span>
    );
  }
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Flag<span className="visually-hidden"> {target.label}</span>
      </button>
      <Dialog title={`Flag ${target.label}`} open={open} onClose={() => setOpen(false)}>
        <FlagForm
          target={target}
          onDone={() => {
            setOpen(false);
            setSent(true);
          }}
          onCancel={() => setOpen(false)}
        />
      </Dialog>
    </>
  );
}

function FlagForm({ target, onDone, onCancel }: { target: FlagTarget; onDone(): void; onCancel(): void }) {
  const id = useId();
  const [reason, setReason] = useState<FlagReason | ''>('');
  const [comment, setComment] = useState('');
  const [safety, setSafety] = useState(false);
  const [duplicateOfId, setDuplicateOfId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FlagPostDocument);
  const reasons = REASONS.filter((r) => !r.questionOnly || target.kind === 'question');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setLocal(null);
    if (!reason) return setLocal('Choose why you flag this.');
    if (reason === 'DUPLICATE' && !duplicateOfId) return setLocal('Name the original thread.');
    try {
      await flag({
        variables: {
          input: {
            postId: target.postId,
            reason,
            comment: comment.trim() || undefined,
            duplicateOfId: reason === 'DUPLICATE' ? duplicateOfId : undefined,
            safety: reason === 'NEEDS_STAFF' ? safety : undefined,
          },
        },
      });
      onDone();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  const commentErrors = problem?.fields.comment ?? [];
  const duplicateError = problem?.fields.duplicateOfId?.map((m) => fieldMessage('duplicateOfId', 'Original', m)).join(' ') ?? (local && reason === 'DUPLICATE' && !duplicateOfId ? local : null);
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormError problem={problem && !commentErrors.length && !problem.fields.duplicateOfId ? problem : null} />
      <fieldset className="radio-group">
        <legend>Why should moderators look at this?</legend>
        {reasons.map((r) => (
          <div key={r.value} className="radio">
            <input type="radio" id={`${id}-${r.value}`} name="reason" value={r.value} checked={reason === r.value} onChange={() => {
                setReason(r.value);
                setLocal(null);
              }} aria-describedby={`${id}-${r.value}-hint`} />
            <label htmlFor={`${id}-${r.value}`}>
              {r.label}
              <span className="field-hint" id={`${id}-${r.value}-hint`}>
                {r.hint}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      {local && !(reason === 'DUPLICATE' && !duplicateOfId) && (
        <p className="field-error" role="alert">
          {local}
        </p>
      )}
      {reason === 'DUPLICATE' && <ThreadPicker label="Original thread" excludeId={target.threadId} onChange={setDuplicateOfId} error={duplicateError} />}
      {reason === 'NEEDS_STAFF' && (
        <label className="check">
          <input type="checkbox" checked={safety} onChange={(e) => setSafety(e.target.checked)} /> Someone may be at risk: handle this urgently
        </label>
      )}
      <div className={`field${commentErrors.length ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-comment`}>Comment for the moderators (optional)</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={commentErrors.length ? true : undefined}
          aria-describedby={commentErrors.length ? `${id}-comment-error` : undefined}
        />
        {commentErrors.length > 0 && (
          <ul className="field-error" id={`${id}-comment-error`}>
            {commentErrors.map((m) => (
              <li key={m}>{fieldMessage('comment', 'Comment', m)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Sending…' : 'Send flag'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
