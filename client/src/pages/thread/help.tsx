import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { FormError, TextField } from '../../components/form';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { ThreadPageQuery } from '../../gql/graphql';
import { describeProblem, fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';

const AskStaffHelpDocument = graphql(`
  mutation AskStaffHelp($input: ThreadHelpInput!) {
    askStaffHelp(input: $input) {
      id
      status
    }
  }
`);
const RequestPrivateHelpDocument = graphql(`
  mutation RequestPrivateHelp($input: ThreadHelpInput!) {
    requestPrivateHelp(input: $input) {
      id
      status
      isPrivate
    }
  }
`);
const EscalateThreadDocument = graphql(`
  mutation EscalateThread($input: EscalateThreadInput!) {
    escalateThread(input: $input) {
      id
      status
    }
  }
`);
const SendHelpMessageDocument = graphql(`
  mutation SendHelpMessage($input: CaseTextInput!) {
    sendCaseMessage(input: $input) {
      id
    }
  }
`);
const RateCaseDocument = graphql(`
  mutation RateCase($input: RateCaseInput!) {
    rateCase(input: $input) {
      id
      rating
      canRate
    }
  }
`);

type Thread = ThreadPageQuery['thread'];
type Kind = 'help' | 'private';

const REFRESH = { refetchQueries: ['ThreadPage'], awaitRefetchQueries: true };

const STATUS_WORDS: Record<string, string> = {
  NEW: 'Your request is in the webcare queue; a staff member will pick it up.',
  OPEN: 'A staff member is working on it.',
  PENDING_MEMBER: 'Staff are waiting for your reply.',
  RESOLVED: 'Staff resolved this.',
};

function HelpRequestForm({ thread, kind, onDone }: { thread: Thread; kind: Kind; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [askHelp, a] = useMutation(AskStaffHelpDocument, REFRESH);
  const [askPrivate, p] = useMutation(RequestPrivateHelpDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      const input = { threadId: thread.id, reason: reason.trim() };
      if (kind === 'help') await askHelp({ variables: { input } });
      else await askPrivate({ variables: { input } });
      onDone();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormError problem={problem} />
      <p className="meta">
        {kind === 'help'
          ? 'The company’s webcare team will look at your question. You can ask a few times a day.'
          : 'Continue with staff in a private conversation that only you and they can read, for example when account details are involved.'}
      </p>
      <TextField name="reason" label="What do you need?" hint="5 to 1000 characters." value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={a.loading || p.loading}>
          {kind === 'help' ? 'Ask staff for help' : 'Continue in private'}
        </button>
      </div>
    </form>
  );
}

function HelpButton({ thread, kind }: { thread: Thread; kind: Kind }) {
  const [open, setOpen] = useState(false);
  const title = kind === 'help' ? 'Ask staff for help' : 'Continue in private';
  return (
    <>
      <button type="button" className="button button-small button-secondary" onClick={() => setOpen(true)}>
        {title}
      </button>
      <Dialog title={title} open={open} onClose={() => setOpen(false)}>
        <HelpRequestForm thread={thread} kind={kind} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function MessageForm({ caseId }: { caseId: string }) {
  const id = useId();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [send, { loading }] = useMutation(SendHelpMessageDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await send({ variables: { input: { caseId, body } } });
      setBody('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const errors = problem?.fields.body ?? [];
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className={`field${errors.length ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-body`}>Your message to staff</label>
        <textarea id={`${id}-body`} rows={3} maxLength={10000} value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={errors.length ? true : undefined} aria-describedby={`${id}-error`} />
        <ul className="field-error" id={`${id}-error`}>
          {errors.map((m) => (
            <li key={m}>{fieldMessage('body', 'Message', m)}</li>
          ))}
        </ul>
      </div>
      {problem && !errors.length && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={loading || !body.trim()}>
          Send privately
        </button>
      </div>
    </form>
  );
}

function RateForm({ caseId }: { caseId: string }) {
  const id = useId();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [rate, { loading }] = useMutation(RateCaseDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    if (!rating) return setProblem({ code: 'BAD_USER_INPUT', message: '', fields: { rating: ['choose 1 to 5'] } });
    try {
      await rate({ variables: { input: { caseId, rating, comment: comment.trim() || undefined } } });
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const ratingErrors = problem?.fields.rating ?? [];
  return (
    <form className="form rate-form" onSubmit={onSubmit} noValidate aria-label="Rate the help">
      <fieldset className="radio-group rating" aria-describedby={ratingErrors.length ? `${id}-error` : undefined}>
        <legend>How well did staff help you?</legend>
        <div className="rating-options">
          {[1, 2, 3, 4, 5].map((n) => (
            <div key={n} className="rating-option">
              <input type="radio" id={`${id}-${n}`} name="rating" checked={rating === n} onChange={() => {
                  setRating(n);
                  setProblem(null);
                }} />
              <label htmlFor={`${id}-${n}`}>
                {n}
                <span className="visually-hidden"> of 5</span>
              </label>
            </div>
          ))}
        </div>
        <p className="field-hint">1 is poor, 5 is excellent.</p>
      </fieldset>
      {ratingErrors.length > 0 && (
        <p className="field-error" id={`${id}-error`}>
          {ratingErrors.map((m) => fieldMessage('rating', 'Rating', m)).join(' ')}
        </p>
      )}
      <TextField name="comment" label="Comment (optional)" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} problem={problem} />
      {problem && !ratingErrors.length && !problem.fields.comment && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={loading}>
          Send rating
        </button>
      </div>
    </form>
  );
}

/** The asker's side of webcare on their own thread: ask for help, the private conversation, rating. */
export function ThreadHelp({ thread }: { thread: Thread }) {
  const help = thread.helpCase;
  if (!help) {
    return (
      <section className="card help-card" aria-labelledby="help-title">
        <h2 id="help-title">Need the company’s help?</h2>
        <p className="meta">If the community cannot solve this, ask the webcare team. For account details, continue in private.</p>
        <div className="actions">
          <HelpButton thread={thread} kind="help" />
          <HelpButton thread={thread} kind="private" />
        </div>
      </section>
    );
  }
  const resolved = help.status === 'RESOLVED';
  return (
    <section className="card help-card" aria-labelledby="help-title" data-testid="help-case">
      <h2 id="help-title">{help.isPrivate ? 'Private conversation with staff' : 'Webcare'}</h2>
      <p>
        {STATUS_WORDS[help.status]} {resolved && help.resolvedAt && <TimeAgo iso={help.resolvedAt} />}
      </p>
      {help.messages.length > 0 && (
        <ol className="conversation" aria-label="Messages">
          {help.messages.map((m) => (
            <li key={m.id} className={m.fromStaff ? 'from-staff' : 'from-member'}>
              <p className="note-by">
                {m.fromStaff ? `${m.author.displayName} (staff)` : 'You'}, <TimeAgo iso={m.createdAt} />
              </p>
              <p className="note-body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {!resolved && (help.isPrivate || help.messages.length > 0) && <MessageForm caseId={help.id} />}
      {!resolved && !help.isPrivate && (
        <div className="actions">
          <HelpButton thread={thread} kind="private" />
        </div>
      )}
      {help.canRate && <RateForm caseId={help.id} />}
      {help.rating && (
        <p className="meta" data-testid="your-rating">
          You rated the help {help.rating} of 5{help.ratingComment ? `: “${help.ratingComment}”` : '.'}
        </p>
      )}
    </section>
  );
}

/** Staff and the category's experts send a thread to webcare. */
export function EscalateForm({ thread, onDone }: { thread: Thread; onDone(message: string): void }) {
  const [reason, setReason] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [escalate, { loading }] = useMutation(EscalateThreadDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await escalate({ variables: { input: { threadId: thread.id, reason: reason.trim(), urgent } } });
      onDone(urgent ? 'Sent to webcare as urgent.' : 'Sent to webcare.');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <form className="form moderation-form" onSubmit={onSubmit} noValidate aria-label="Escalate to webcare">
      <FormError problem={problem} />
      <TextField name="reason" label="Why staff should take over" hint="5 to 1000 characters." value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} required problem={problem} />
      <label className="check">
        <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} /> Urgent (first response within 15 minutes)
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={loading}>
          Escalate to webcare
        </button>
      </div>
    </form>
  );
}
