import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Dialog } from '../../components/dialog';
import { FormError, TextField, useFocusFirstInvalid } from '../../components/form';
import { ThreadPicker } from '../../components/thread-picker';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { ThreadPageQuery } from '../../gql/graphql';
import { describeProblem, fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { actionWords } from '../../lib/moderation-words';
import { EscalateForm } from './help';

type Thread = ThreadPageQuery['thread'];
type Entry = Thread['moderationHistory'][number];

const CloseThreadDocument = graphql(`
  mutation CloseThread($input: ModerateThreadInput!) {
    closeThread(input: $input) {
      id
      status
    }
  }
`);
const ReopenThreadDocument = graphql(`
  mutation ReopenThread($input: ModerateThreadInput!) {
    reopenThread(input: $input) {
      id
      status
    }
  }
`);
const LockThreadDocument = graphql(`
  mutation LockThread($input: ModerateThreadInput!) {
    lockThread(input: $input) {
      id
      locked
    }
  }
`);
const UnlockThreadDocument = graphql(`
  mutation UnlockThread($input: ModerateThreadInput!) {
    unlockThread(input: $input) {
      id
      locked
    }
  }
`);
const MarkDuplicateDocument = graphql(`
  mutation MarkDuplicate($input: MarkDuplicateInput!) {
    markDuplicate(input: $input) {
      id
      status
    }
  }
`);
const MergeThreadDocument = graphql(`
  mutation MergeThread($input: MarkDuplicateInput!) {
    mergeThread(input: $input) {
      id
      status
    }
  }
`);
const MoveThreadDocument = graphql(`
  mutation MoveThread($input: MoveThreadInput!) {
    moveThread(input: $input) {
      id
      category {
        id
        name
      }
    }
  }
`);
const PinThreadDocument = graphql(`
  mutation PinThread($threadId: ID!, $pinned: Boolean!) {
    pinThread(threadId: $threadId, pinned: $pinned) {
      id
      pinnedAt
    }
  }
`);
const HidePostDocument = graphql(`
  mutation HidePost($input: HidePostInput!) {
    hidePost(input: $input)
  }
`);
const UnhidePostDocument = graphql(`
  mutation UnhidePost($input: HidePostInput!) {
    unhidePost(input: $input)
  }
`);
const VoteToCloseDocument = graphql(`
  mutation VoteToClose($input: CloseVoteInput!) {
    voteToClose(input: $input) {
      votes
    }
  }
`);
const VoteToReopenDocument = graphql(`
  mutation VoteToReopen($input: CloseVoteInput!) {
    voteToReopen(input: $input) {
      votes
    }
  }
`);
const PromoteToArticleDocument = graphql(`
  mutation PromoteToArticle($threadId: ID!, $title: String) {
    promoteToArticle(threadId: $threadId, title: $title) {
      id
      slug
    }
  }
`);
const MoveCategoriesDocument = graphql(`
  query MoveCategories {
    categories {
      id
      name
    }
  }
`);

// Every moderation action changes what the page shows (notices, history, buttons): reload it whole.
const REFRESH = { refetchQueries: ['ThreadPage'], awaitRefetchQueries: true };

function isClosed(thread: Thread): boolean {
  return thread.status === 'CLOSED' || thread.status === 'DUPLICATE';
}

function latest(history: Entry[], actions: string[]): Entry | undefined {
  return [...history].reverse().find((e) => actions.includes(e.action));
}

function ByWhom({ entry }: { entry: Entry | undefined }) {
  if (!entry) return null;
  return (
    <>
      {' '}
      {entry.actor ? (
        <>
          by <Link to={`/members/${entry.actor.id}`}>{entry.actor.displayName}</Link>
        </>
      ) : (
        'by community vote'
      )}{' '}
      <TimeAgo iso={entry.createdAt} />
    </>
  );
}

/** What members see of moderation: closed (why, by whom), duplicate of what, locked, hidden. */
export function ModerationNotices({ thread, moderator }: { thread: Thread; moderator: boolean }) {
  const history = thread.moderationHistory;
  const notices: ReactNode[] = [];
  if (thread.status === 'DUPLICATE') {
    const entry = latest(history, ['mark_duplicate', 'merge']);
    notices.push(
      <div key="duplicate" className="notice notice-info" data-testid="duplicate-notice">
        <p className="notice-title">This question has been asked before</p>
        {thread.duplicateOf && (
          <p>
            See the original: <Link to={`/t/${thread.duplicateOf.slug}`}>{thread.duplicateOf.title}</Link>
          </p>
        )}
        <p className="notice-by">
          Marked as duplicate
          <ByWhom entry={entry} />.
        </p>
      </div>,
    );
  } else if (thread.status === 'CLOSED') {
    const entry = latest(history, ['close', 'community_close']);
    notices.push(
      <div key="closed" className="notice notice-info" data-testid="closed-notice">
        <p className="notice-title">Closed to new answers</p>
        {thread.closeReason && <p>Reason: {thread.closeReason}</p>}
        <p className="notice-by">
          Closed
          <ByWhom entry={entry} />.
        </p>
      </div>,
    );
  }
  if (thread.locked) {
    const entry = latest(history, ['lock']);
    notices.push(
      <div key="locked" className="notice notice-warning" data-testid="locked-notice">
        <p className="notice-title">Locked</p>
        <p>
          New answers, comments and votes are turned off{entry?.reason ? `: ${entry.reason}` : ''}.
        </p>
        <p className="notice-by">
          Locked
          <ByWhom entry={entry} />.
        </p>
      </div>,
    );
  }
  if (thread.hidden) {
    notices.push(
      <div key="hidden" className="notice notice-warning" data-testid="hidden-notice">
        <p>{moderator ? 'This question is hidden from members: they see a placeholder while it is reviewed.' : 'This question is hidden while moderators review it.'}</p>
      </div>,
    );
  }
  return <>{notices}</>;
}

export function ModerationHistory({ history }: { history: Entry[] }) {
  if (!history.length) return null;
  return (
    <details className="moderation-history">
      <summary>Moderation history ({history.length})</summary>
      <ol>
        {history.map((e) => (
          <li key={e.id}>
            <TimeAgo iso={e.createdAt} />: {actionWords(e.action)}
            {e.actor ? (
              <>
                {' '}
                by <Link to={`/members/${e.actor.id}`}>{e.actor.displayName}</Link>
              </>
            ) : null}
            {e.reason ? <> (“{e.reason}”)</> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

type Action = 'close' | 'reopen' | 'lock' | 'unlock' | 'duplicate' | 'move' | 'hide' | 'unhide' | 'promote' | 'escalate';

const ACTION_TITLES: Record<Action, string> = {
  close: 'Close the thread',
  reopen: 'Reopen the thread',
  lock: 'Lock the thread',
  unlock: 'Unlock the thread',
  duplicate: 'Mark as duplicate',
  move: 'Move to another category',
  hide: 'Hide the question',
  unhide: 'Show the question again',
  promote: 'Promote to knowledge article',
  escalate: 'Escalate to webcare',
};

/** The moderation tools of a thread, for staff and the experts of its category. */
export function ModerationPanel({ thread }: { thread: Thread }) {
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pin, pinning] = useMutation(PinThreadDocument, REFRESH);
  const [pinProblem, setPinProblem] = useState<ApiProblem | null>(null);
  const closed = isClosed(thread);
  const actions: Action[] = [closed ? 'reopen' : 'close', thread.locked ? 'unlock' : 'lock', ...(closed ? [] : (['duplicate'] as Action[])), 'move', thread.hidden ? 'unhide' : 'hide'];
  // A solved thread can become knowledge once.
  if (thread.status === 'SOLVED' && !thread.article) actions.push('promote');
  if (!thread.staffInvolved && !closed) actions.push('escalate');

  const togglePin = async () => {
    setPinProblem(null);
    setDone(null);
    try {
      await pin({ variables: { threadId: thread.id, pinned: !thread.pinnedAt } });
      setDone(thread.pinnedAt ? 'Unpinned.' : 'Pinned to the top of the category.');
    } catch (error) {
      setPinProblem(toProblem(error));
    }
  };

  return (
    <section className="card moderation-panel" aria-labelledby="moderation-title">
      <h2 id="moderation-title">Moderation</h2>
      <div className="moderation-actions">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button button-small${action === a ? '' : ' button-secondary'}`}
            aria-expanded={action === a}
            onClick={() => {
              setDone(null);
              setAction(action === a ? null : a);
            }}
          >
            {ACTION_TITLES[a]}
          </button>
        ))}
        <button type="button" className="button button-small button-secondary" onClick={() => void togglePin()} disabled={pinning.loading}>
          {thread.pinnedAt ? 'Unpin' : 'Pin to the top'}
        </button>
      </div>
      {pinProblem && (
        <p className="field-error" role="alert">
          {describeProblem(pinProblem)}
        </p>
      )}
      {action === 'escalate' && (
        <EscalateForm
          thread={thread}
          onDone={(message) => {
            setAction(null);
            setDone(message);
          }}
        />
      )}
      {action && action !== 'escalate' && (
        <ModerationForm
          key={action}
          thread={thread}
          action={action}
          onCancel={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            setDone(message);
          }}
        />
      )}
      {done && (
        <p className="meta" role="status">
          {done}
        </p>
      )}
    </section>
  );
}

const DONE: Record<Action, string> = {
  close: 'The thread is closed.',
  reopen: 'The thread is open again.',
  lock: 'The thread is locked.',
  unlock: 'The thread is unlocked.',
  duplicate: 'Marked as duplicate.',
  move: 'The thread was moved.',
  hide: 'The question is hidden from members.',
  unhide: 'The question is visible again.',
  promote: 'The article is published.',
  escalate: 'Sent to webcare.',
};

function ModerationForm({ thread, action, onDone, onCancel }: { thread: Thread; action: Action; onDone(message: string): void; onCancel(): void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [articleTitle, setArticleTitle] = useState(thread.title);
  const navigate = useNavigate();
  const [promote, c10] = useMutation(PromoteToArticleDocument);
  const [originalId, setOriginalId] = useState<string | null>(null);
  const [merge, setMerge] = useState(false);
  const [categoryId, setCategoryId] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  useFocusFirstInvalid(formRef, problem);
  const categories = useQuery(MoveCategoriesDocument, { skip: action !== 'move' });
  const [close, c1] = useMutation(CloseThreadDocument, REFRESH);
  const [reopen, c2] = useMutation(ReopenThreadDocument, REFRESH);
  const [lock, c3] = useMutation(LockThreadDocument, REFRESH);
  const [unlock, c4] = useMutation(UnlockThreadDocument, REFRESH);
  const [markDuplicate, c5] = useMutation(MarkDuplicateDocument, REFRESH);
  const [mergeThread, c6] = useMutation(MergeThreadDocument, REFRESH);
  const [move, c7] = useMutation(MoveThreadDocument, REFRESH);
  const [hide, c8] = useMutation(HidePostDocument, REFRESH);
  const [unhide, c9] = useMutation(UnhidePostDocument, REFRESH);
  const loading = [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10].some((c) => c.loading);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setLocal(null);
    const input = { threadId: thread.id, reason: reason.trim() };
    try {
      switch (action) {
        case 'close':
          await close({ variables: { input } });
          break;
        case 'reopen':
          await reopen({ variables: { input } });
          break;
        case 'lock':
          await lock({ variables: { input } });
          break;
        case 'unlock':
          await unlock({ variables: { input } });
          break;
        case 'duplicate':
          if (!originalId) return setLocal('Name the original thread.');
          await (merge ? mergeThread : markDuplicate)({ variables: { input: { ...input, originalId, reason: input.reason || 'duplicate' } } });
          break;
        case 'move':
          if (!categoryId) return setLocal('Choose the category to move to.');
          await move({ variables: { input: { ...input, categoryId } } });
          break;
        case 'hide':
          await hide({ variables: { input: { postId: thread.id, reason: input.reason } } });
          break;
        case 'unhide':
          await unhide({ variables: { input: { postId: thread.id, reason: input.reason } } });
          break;
        case 'promote': {
          const { data } = await promote({ variables: { threadId: thread.id, title: articleTitle.trim() || undefined } });
          if (data) navigate(`/a/${data.promoteToArticle.slug}`);
          return;
        }
      }
      onDone(DONE[action]);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  const categoryErrors = problem?.fields.categoryId ?? [];
  const originalErrors = problem?.fields.originalId?.map((m) => fieldMessage('originalId', 'Original', m)).join(' ');
  return (
    <form ref={formRef} className="form moderation-form" onSubmit={onSubmit} noValidate aria-label={ACTION_TITLES[action]}>
      <FormError problem={problem} />
      {action === 'duplicate' && (
        <>
          <ThreadPicker label="Original thread" excludeId={thread.id} onChange={setOriginalId} error={originalErrors ?? (local && !originalId ? local : null)} />
          <label className="check">
            <input type="checkbox" checked={merge} onChange={(e) => setMerge(e.target.checked)} /> Also move this thread’s answers into the original
          </label>
        </>
      )}
      {action === 'move' && (
        <div className={`field${categoryErrors.length || (local && !categoryId) ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-category`}>Move to</label>
          <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} aria-invalid={categoryErrors.length ? true : undefined} aria-describedby={`${id}-category-error`}>
            <option value="">{categories.loading ? 'Loading categories…' : 'Choose a category'}</option>
            {categories.data?.categories
              .filter((c) => c.id !== thread.category.id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
          <div id={`${id}-category-error`}>
            {(categoryErrors.length > 0 || (local && !categoryId)) && <p className="field-error">{categoryErrors.map((m) => fieldMessage('categoryId', 'Category', m)).join(' ') || local}</p>}
          </div>
        </div>
      )}
      {action === 'promote' ? (
        <TextField
          name="title"
          label="Article title"
          hint="The article starts as the question followed by the accepted answer; edit it afterwards."
          value={articleTitle}
          onChange={(e) => setArticleTitle(e.target.value)}
          maxLength={150}
          problem={problem}
        />
      ) : (
      <TextField
        name="reason"
        label={action === 'duplicate' ? 'Reason (optional)' : 'Reason'}
        hint={action === 'hide' || action === 'unhide' ? 'Kept in the moderation log (3 to 300 characters).' : 'Members see it on the thread (3 to 300 characters).'}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={300}
        required={action !== 'duplicate'}
        problem={problem}
      />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={loading}>
          {loading ? 'Working…' : ACTION_TITLES[action]}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Hide or show again one answer or comment, with a reason for the log. */
export function HideToggle({ postId, hidden, label }: { postId: string; hidden: boolean; label: string }) {
  const [open, setOpen] = useState(false);
  const title = `${hidden ? 'Show again' : 'Hide'} ${label}`;
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {hidden ? 'Unhide' : 'Hide'}
        <span className="visually-hidden"> {label}</span>
      </button>
      <Dialog title={title} open={open} onClose={() => setOpen(false)}>
        <HideForm postId={postId} hidden={hidden} submitLabel={hidden ? 'Show it again' : 'Hide it'} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function HideForm({ postId, hidden, submitLabel, onDone }: { postId: string; hidden: boolean; submitLabel: string; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [hide, h] = useMutation(HidePostDocument, REFRESH);
  const [unhide, u] = useMutation(UnhidePostDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await (hidden ? unhide : hide)({ variables: { input: { postId, reason: reason.trim() } } });
      onDone();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormError problem={problem} />
      <p className="meta">{hidden ? 'Members will see the post again.' : 'Members see a placeholder instead; moderators still see the text.'}</p>
      <TextField name="reason" label="Reason" hint="Kept in the moderation log (3 to 300 characters)." value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} required problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={h.loading || u.loading}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** Members with the close-vote privilege: the third vote closes (or reopens) the thread. */
export function CloseVote({ thread }: { thread: Thread }) {
  const closed = isClosed(thread);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [votes, setVotes] = useState<number | null>(null);
  const [voteClose, c] = useMutation(VoteToCloseDocument, REFRESH);
  const [voteReopen, r] = useMutation(VoteToReopenDocument, REFRESH);
  const verb = closed ? 'reopen' : 'close';
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      const input = { threadId: thread.id, reason: reason.trim() || undefined };
      const { data } = closed ? await voteReopen({ variables: { input } }) : await voteClose({ variables: { input } });
      const result = data && ('voteToClose' in data ? data.voteToClose : data.voteToReopen);
      setVotes(result?.votes ?? null);
      setOpen(false);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <div className="close-vote">
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Vote to {verb}
        {thread.closeVotes > 0 ? ` (${thread.closeVotes} of 3)` : ''}
      </button>
      {votes !== null && (
        <span className="meta" role="status">
          {' '}
          Your vote is in ({votes} of 3).
        </span>
      )}
      <Dialog title={`Vote to ${verb} this thread`} open={open} onClose={() => setOpen(false)}>
        <form className="form" onSubmit={onSubmit} noValidate>
          <FormError problem={problem} />
          <p className="meta">Three votes {verb} the thread on behalf of the community.</p>
          <TextField name="reason" label="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} problem={problem} />
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={c.loading || r.loading}>
              Vote to {verb}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
