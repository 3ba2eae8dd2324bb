import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { FormError, TextField } from '../../components/form';
import { LoadMore } from '../../components/load-more';
import { RenderedHtml } from '../../components/rendered-html';
import { PriorityBadge, SlaCountdown } from '../../components/sla-countdown';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { ContactChannel, WebcareCasePageQuery } from '../../gql/graphql';
import { describeProblem, fieldMessage, toProblem, type ApiProblem } from '../../lib/api-errors';
import { PRIORITY_LABELS, REASON_LABELS, STATUS_LABELS } from '../../lib/sla';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../../session/session-context';
import { NotFoundPage } from '../not-found';

const WebcareCasePageDocument = graphql(`
  query WebcareCasePage($id: ID!) {
    webcareCase(id: $id) {
      id
      priority
      status
      isPrivate
      createdAt
      resolvedAt
      resolutionNote
      rating
      ratingComment
      category {
        id
        name
      }
      team {
        id
        name
      }
      assignee {
        id
        displayName
      }
      member {
        id
        displayName
      }
      reasons {
        id
        kind
        detail
        createdAt
        actor {
          id
          displayName
        }
      }
      sla {
        paused
        firstResponse {
          dueAt
          remainingSeconds
          breached
          metAt
        }
        resolution {
          dueAt
          remainingSeconds
          breached
          metAt
        }
      }
      notes {
        id
        body
        createdAt
        author {
          id
          displayName
        }
      }
      messages {
        id
        body
        createdAt
        fromStaff
        author {
          id
          displayName
        }
      }
      assignments {
        id
        kind
        note
        createdAt
        actor {
          id
          displayName
        }
        toAssignee {
          id
          displayName
        }
        toTeam {
          id
          name
        }
      }
      thread {
        id
        slug
        title
        bodyHtml
        status
        createdAt
        author {
          id
          displayName
        }
        answers(first: 10) {
          totalCount
          edges {
            node {
              id
              bodyHtml
              isAccepted
              isStaff
              isExpert
              createdAt
              author {
                id
                displayName
              }
            }
          }
        }
      }
    }
    webcareTeams {
      id
      name
      members {
        id
        displayName
      }
    }
  }
`);

const WebcareMemberDocument = graphql(`
  query WebcareMember($memberId: ID!, $after: String) {
    webcareMember(memberId: $memberId) {
      id
      reputation
      threadCount
      caseCount
      openCaseCount
      averageRating
      ratingsGiven
      entries(first: 15, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            at
            title
            detail
            threadId
            caseId
            channel
            rating
          }
        }
      }
    }
  }
`);

const SavedRepliesDocument = graphql(`
  query SavedReplies($teamId: ID!) {
    savedReplies(teamId: $teamId) {
      id
      title
    }
  }
`);

const RenderSavedReplyDocument = graphql(`
  query RenderSavedReply($caseId: ID!, $savedReplyId: ID!) {
    renderSavedReply(caseId: $caseId, savedReplyId: $savedReplyId)
  }
`);

const ClaimCaseDocument = graphql(`
  mutation ClaimCase($caseId: ID!) {
    claimCase(caseId: $caseId) {
      id
      status
    }
  }
`);
const WaitForMemberDocument = graphql(`
  mutation WaitForMember($caseId: ID!) {
    waitForMember(caseId: $caseId) {
      id
      status
    }
  }
`);
const ReopenCaseDocument = graphql(`
  mutation ReopenCase($caseId: ID!) {
    reopenCase(caseId: $caseId) {
      id
      status
    }
  }
`);
const ResolveCaseDocument = graphql(`
  mutation ResolveCase($input: ResolveCaseInput!) {
    resolveCase(input: $input) {
      id
      status
    }
  }
`);
const AssignCaseDocument = graphql(`
  mutation AssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      id
    }
  }
`);
const AddCaseNoteDocument = graphql(`
  mutation AddCaseNote($input: CaseTextInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`);
const ReplyPubliclyDocument = graphql(`
  mutation ReplyPublicly($input: PublicReplyInput!) {
    replyPublicly(input: $input) {
      id
    }
  }
`);
const SendCaseMessageDocument = graphql(`
  mutation SendCaseMessage($input: CaseTextInput!) {
    sendCaseMessage(input: $input) {
      id
    }
  }
`);

const LogContactDocument = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      id
      channel
      summary
      createdAt
    }
  }
`);

const CaseChangedDocument = graphql(`
  subscription CaseChanged {
    queueChanged {
      kind
      caseId
    }
  }
`);

type Case = WebcareCasePageQuery['webcareCase'];
type Teams = WebcareCasePageQuery['webcareTeams'];

// Every action changes the clocks, the status or the conversation: reload the case (and the queue).
const REFRESH = { refetchQueries: ['WebcareCasePage', 'WebcareQueue'], awaitRefetchQueries: true };

function ErrorLine({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  return (
    <p className="field-error" role="alert">
      {describeProblem(problem)}
    </p>
  );
}

function CaseActions({ c, teams }: { c: Case; teams: Teams }) {
  const id = useId();
  const { viewer } = useSession();
  const [open, setOpen] = useState<'resolve' | 'assign' | null>(null);
  const [note, setNote] = useState('');
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [claim, c1] = useMutation(ClaimCaseDocument, REFRESH);
  const [wait, c2] = useMutation(WaitForMemberDocument, REFRESH);
  const [reopen, c3] = useMutation(ReopenCaseDocument, REFRESH);
  const [resolve, c4] = useMutation(ResolveCaseDocument, REFRESH);
  const [assign, c5] = useMutation(AssignCaseDocument, REFRESH);
  const busy = [c1, c2, c3, c4, c5].some((m) => m.loading);
  const mine = c.assignee?.id === viewer?.id;

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      setOpen(null);
      setNote('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open === 'resolve') void run(() => resolve({ variables: { input: { caseId: c.id, note } } }));
    if (open === 'assign') {
      const [kind, value] = target.split(':');
      void run(() => assign({ variables: { input: { caseId: c.id, note, ...(kind === 'user' ? { assigneeId: value } : { teamId: value }) } } }));
    }
  };
  const colleagues = [...new Map(teams.flatMap((t) => t.members).map((m) => [m.id, m])).values()].filter((m) => m.id !== c.assignee?.id);

  return (
    <section className="card case-actions" aria-label="Case actions">
      <div className="actions">
        {!c.assignee && c.status !== 'RESOLVED' && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => claim({ variables: { caseId: c.id } }))}>
            Claim this case
          </button>
        )}
        {c.status === 'OPEN' && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(() => wait({ variables: { caseId: c.id } }))}>
            Wait for the member
          </button>
        )}
        {c.status === 'RESOLVED' ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(() => reopen({ variables: { caseId: c.id } }))}>
            Reopen the case
          </button>
        ) : (
          <>
            <button type="button" className="button button-secondary" aria-expanded={open === 'assign'} onClick={() => setOpen(open === 'assign' ? null : 'assign')}>
              Assign or transfer
            </button>
            <button type="button" className={`button${mine ? '' : ' button-secondary'}`} aria-expanded={open === 'resolve'} onClick={() => setOpen(open === 'resolve' ? null : 'resolve')}>
              Resolve…
            </button>
          </>
        )}
      </div>
      {open && (
        <form className="form case-form" onSubmit={onSubmit} noValidate aria-label={open === 'resolve' ? 'Resolve the case' : 'Assign or transfer'}>
          <FormError problem={problem} />
          {open === 'assign' && (
            <div className="field">
              <label htmlFor={`${id}-target`}>To</label>
              <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">Choose a colleague or a team</option>
                <optgroup label="Colleagues">
                  {colleagues.map((m) => (
                    <option key={m.id} value={`user:${m.id}`}>
                      {m.displayName}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Teams (back to their unassigned queue)">
                  {teams.map((t) => (
                    <option key={t.id} value={`team:${t.id}`}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
          )}
          <TextField
            name="note"
            label={open === 'resolve' ? 'Resolution note' : 'Why'}
            hint={open === 'resolve' ? 'What was done; the member is asked to rate the help.' : 'Your colleagues see this in the case history.'}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={open === 'resolve' ? 2000 : 500}
            required
            problem={problem}
          />
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={busy || (open === 'assign' && !target)}>
              {open === 'resolve' ? 'Resolve the case' : 'Assign'}
            </button>
            <button type="button" className="link-button" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {!open && <ErrorLine problem={problem} />}
    </section>
  );
}

function Reply({ c }: { c: Case }) {
  const id = useId();
  const client = useApolloClient();
  const [mode, setMode] = useState<'private' | 'public'>(c.isPrivate ? 'private' : 'public');
  const [body, setBody] = useState('');
  const [savedId, setSavedId] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const saved = useQuery(SavedRepliesDocument, { variables: { teamId: c.team?.id ?? '' }, skip: !c.team });
  const [replyPublicly, p] = useMutation(ReplyPubliclyDocument, REFRESH);
  const [sendMessage, m] = useMutation(SendCaseMessageDocument, REFRESH);

  const insert = async () => {
    if (!savedId) return;
    setProblem(null);
    try {
      const { data } = await client.query({ query: RenderSavedReplyDocument, variables: { caseId: c.id, savedReplyId: savedId }, fetchPolicy: 'network-only' });
      if (data) setBody((current) => (current.trim() ? `${current.trimEnd()}\n\n${data.renderSavedReply}` : data.renderSavedReply));
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    try {
      if (mode === 'public') await replyPublicly({ variables: { input: { caseId: c.id, body } } });
      else await sendMessage({ variables: { input: { caseId: c.id, body } } });
      setBody('');
      setSent(mode === 'public' ? 'Your answer is on the thread.' : 'Your private message is sent.');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const errors = problem?.fields.body ?? [];

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reply to {c.member.displayName}</h2>
      <FormError problem={problem && !errors.length ? problem : null} />
      <fieldset className="radio-group radio-inline">
        <legend>Where</legend>
        <div className="radio">
          <input type="radio" id={`${id}-private`} name="mode" checked={mode === 'private'} onChange={() => setMode('private')} />
          <label htmlFor={`${id}-private`}>In private (only the member sees it)</label>
        </div>
        <div className="radio">
          <input type="radio" id={`${id}-public`} name="mode" checked={mode === 'public'} onChange={() => setMode('public')} />
          <label htmlFor={`${id}-public`}>In public (a staff answer on the thread)</label>
        </div>
      </fieldset>
      {c.team && (
        <div className="saved-reply">
          <div className="field">
            <label htmlFor={`${id}-saved`}>Saved reply</label>
            <select id={`${id}-saved`} value={savedId} onChange={(e) => setSavedId(e.target.value)}>
              <option value="">{saved.loading ? 'Loading…' : saved.data?.savedReplies.length ? 'Choose a saved reply' : 'No saved replies for this team'}</option>
              {saved.data?.savedReplies.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-small button-secondary" disabled={!savedId} onClick={() => void insert()}>
            Insert
          </button>
        </div>
      )}
      <div className={`field${errors.length ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-body`}>{mode === 'public' ? 'Answer (Markdown works)' : 'Message'}</label>
        <textarea
          id={`${id}-body`}
          rows={6}
          value={body}
          maxLength={mode === 'public' ? 30000 : 10000}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={errors.length ? `${id}-error` : undefined}
        />
        {errors.length > 0 && (
          <ul className="field-error" id={`${id}-error`}>
            {errors.map((msg) => (
              <li key={msg}>{fieldMessage('body', 'Reply', msg)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={p.loading || m.loading}>
          {mode === 'public' ? 'Post the answer' : 'Send in private'}
        </button>
        <span role="status" className="meta">
          {sent}
        </span>
      </div>
    </form>
  );
}

function InternalNotes({ c }: { c: Case }) {
  const id = useId();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [add, { loading }] = useMutation(AddCaseNoteDocument, REFRESH);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await add({ variables: { input: { caseId: c.id, body } } });
      setBody('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <section className="card internal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Internal notes <span className="badge badge-internal">Staff only, never shown to the member</span>
      </h2>
      {c.notes.length ? (
        <ol className="note-list">
          {c.notes.map((n) => (
            <li key={n.id}>
              <p className="note-by">
                {n.author.displayName}, <TimeAgo iso={n.createdAt} />
              </p>
              <p className="note-body">{n.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="meta">No notes yet.</p>
      )}
      <form onSubmit={onSubmit} noValidate className="form">
        <div className="field">
          <label htmlFor={`${id}-body`}>Add an internal note</label>
          <textarea id={`${id}-body`} rows={3} value={body} maxLength={10000} onChange={(e) => setBody(e.target.value)} />
        </div>
        <ErrorLine problem={problem} />
        <div className="form-actions">
          <button type="submit" className="button button-small" disabled={loading || !body.trim()}>
            Add internal note
          </button>
        </div>
      </form>
    </section>
  );
}

const TIMELINE_WORDS: Record<string, string> = { THREAD: 'Asked', CASE: 'Webcare case', RATING: 'Rated the help', CONTACT: 'Contact' };
const CHANNELS: Array<[ContactChannel, string]> = [
  ['PHONE', 'phone'],
  ['EMAIL', 'email'],
  ['WHATSAPP', 'WhatsApp'],
  ['SOCIAL', 'social media'],
  ['OTHER', 'another channel'],
];
const CHANNEL_WORDS: Record<string, string> = Object.fromEntries(CHANNELS);

/** A contact with the member elsewhere (a call, an email), logged on their timeline with this case. */
function LogContact({ c }: { c: Case }) {
  const id = useId();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const [log, { loading }] = useMutation(LogContactDocument, { refetchQueries: ['WebcareMember'], awaitRefetchQueries: true });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setLogged(null);
    try {
      await log({ variables: { input: { memberId: c.member.id, caseId: c.id, channel, summary } } });
      setSummary('');
      setLogged(`The ${CHANNEL_WORDS[channel]} contact is on ${c.member.displayName}’s timeline.`);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const errors = problem?.fields.summary ?? [];
  return (
    <form className="card form log-contact" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Log a contact</h2>
      <FormError problem={problem && !errors.length ? problem : null} />
      <div className="field">
        <label htmlFor={`${id}-channel`}>Channel</label>
        <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}>
          {CHANNELS.map(([value, label]) => (
            <option key={value} value={value}>
              {label[0].toUpperCase() + label.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className={`field${errors.length ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-summary`}>What was said</label>
        <p className="field-hint" id={`${id}-hint`}>
          Other staff see this on the member’s timeline; the member does not.
        </p>
        <textarea
          id={`${id}-summary`}
          rows={3}
          value={summary}
          maxLength={2000}
          onChange={(e) => setSummary(e.target.value)}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={[`${id}-hint`, errors.length ? `${id}-error` : ''].filter(Boolean).join(' ')}
        />
        {errors.length > 0 && (
          <ul className="field-error" id={`${id}-error`}>
            {errors.map((msg) => (
              <li key={msg}>{fieldMessage('summary', 'Summary', msg)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={loading}>
          {loading ? 'Logging…' : 'Log contact'}
        </button>
        <span role="status" className="meta">
          {logged}
        </span>
      </div>
    </form>
  );
}

function MemberHistory({ memberId, name }: { memberId: string; name: string }) {
  const { data, loading, error, fetchMore } = useQuery(WebcareMemberDocument, { variables: { memberId } });
  const m = data?.webcareMember;
  return (
    <section className="card" aria-label={`History of ${name}`}>
      <h2>
        <Link to={`/members/${memberId}`}>{name}</Link>
      </h2>
      {loading && !m ? (
        <Loading label="Loading the member’s history…" />
      ) : !m ? (
        <ErrorNotice error={error} />
      ) : (
        <>
          <dl className="record">
            <div>
              <dt>Reputation</dt>
              <dd>{m.reputation}</dd>
            </div>
            <div>
              <dt>Threads</dt>
              <dd>{m.threadCount}</dd>
            </div>
            <div>
              <dt>Cases (open)</dt>
              <dd>
                {m.caseCount} ({m.openCaseCount})
              </dd>
            </div>
            <div>
              <dt>Average rating</dt>
              <dd>{m.averageRating !== null ? `${m.averageRating.toFixed(1)} of 5 (${m.ratingsGiven})` : 'none yet'}</dd>
            </div>
          </dl>
          <h3>Timeline</h3>
          {m.entries.edges.length ? (
            <ol className="timeline">
              {m.entries.edges.map(({ node: e }) => (
                <li key={e.id}>
                  <TimeAgo iso={e.at} /> · <strong>{TIMELINE_WORDS[e.kind] ?? e.kind}</strong>
                  {e.channel ? ` by ${CHANNEL_WORDS[e.channel] ?? e.channel.toLowerCase()}` : ''}
                  {e.title && e.threadId ? (
                    <>
                      : <Link to={`/t/${e.threadId}`}>{e.title}</Link>
                    </>
                  ) : e.title ? (
                    `: ${e.title}`
                  ) : null}
                  {e.rating ? ` ${e.rating}/5` : ''}
                  {e.detail && <span className="meta"> · {e.detail}</span>}
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState title="No history yet." />
          )}
          <LoadMore hasMore={m.entries.pageInfo.hasNextPage} label="Show older" onLoadMore={() => fetchMore({ variables: { after: m.entries.pageInfo.endCursor } })} />
        </>
      )}
    </section>
  );
}

export function WebcareCasePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WebcareCasePageDocument, { variables: { id } });
  const c = data?.webcareCase;
  // Colleagues work the same case: show their claims, replies and status changes as they happen.
  useSubscription(CaseChangedDocument, {
    skip: !c,
    onData: ({ data: change }) => {
      if (change.data?.queueChanged.caseId === id) refetch().catch(() => undefined);
    },
  });
  usePageTitle(c ? `Case: ${c.thread.title}` : 'Webcare case');

  if (loading && !c) return <Loading label="Loading the case…" />;
  if (toProblem(error)?.code === 'NOT_FOUND') return <NotFoundPage what="case" />;
  if (!c || !data) return <ErrorNotice error={error} title="This case could not be loaded" retry={() => void refetch()} />;

  const answers = c.thread.answers.edges.map((e) => e.node);
  return (
    <article className="case-page" aria-labelledby="case-title">
      <header className="thread-header">
        <p className="crumbs">
          <Link to="/webcare">Webcare queue</Link> › {c.category.name}
        </p>
        <h1 id="case-title">{c.thread.title}</h1>
        <p className="case-meta">
          <PriorityBadge priority={c.priority} label={PRIORITY_LABELS[c.priority]} />
          <span className="badge" data-testid="case-status">
            {STATUS_LABELS[c.status]}
          </span>
          {c.isPrivate && <span className="badge badge-staff">Member asked for privacy</span>}
          <span>{c.assignee ? `Assigned to ${c.assignee.displayName}` : 'Nobody has it yet'}</span>
          <span>{c.team ? `Team ${c.team.name}` : 'Shared queue'}</span>
        </p>
        {c.status !== 'RESOLVED' ? (
          <p className="case-clocks">
            <SlaCountdown label="First response" clock={c.sla.firstResponse} />
            <SlaCountdown label="Resolution" clock={c.sla.resolution} paused={c.sla.paused} />
          </p>
        ) : (
          <div className="notice notice-success">
            <p className="notice-title">
              Resolved <TimeAgo iso={c.resolvedAt ?? c.createdAt} />
            </p>
            {c.resolutionNote && <p>{c.resolutionNote}</p>}
            <p>{c.rating ? `The member rated the help ${c.rating} of 5${c.ratingComment ? `: “${c.ratingComment}”` : '.'}` : 'Not rated yet.'}</p>
          </div>
        )}
      </header>
      <CaseActions c={c} teams={data.webcareTeams} />
      <div className="case-columns">
        <div>
          <section className="card" aria-label="Why this case">
            <h2>Why it is here</h2>
            <ul className="reason-list">
              {c.reasons.map((r) => (
                <li key={r.id}>
                  <strong>{REASON_LABELS[r.kind] ?? r.kind}</strong>, <TimeAgo iso={r.createdAt} />
                  {r.actor ? ` by ${r.actor.displayName}` : ''}: {r.detail}
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-label="The thread">
            <h2>
              The thread <Link to={`/t/${c.thread.slug}`}>(open it)</Link>
            </h2>
            <p className="meta">
              Asked by {c.thread.author.displayName} <TimeAgo iso={c.thread.createdAt} />
            </p>
            <RenderedHtml html={c.thread.bodyHtml} />
            <h3>{c.thread.answers.totalCount === 1 ? '1 answer' : `${c.thread.answers.totalCount} answers`}</h3>
            {answers.map((a) => (
              <div key={a.id} className="case-answer">
                <p className="meta">
                  {a.author.displayName} <TimeAgo iso={a.createdAt} /> {a.isAccepted && <span className="badge badge-solved">Accepted</span>} {a.isStaff && <span className="badge badge-staff">Staff</span>}{' '}
                  {a.isExpert && <span className="badge badge-expert">Expert</span>}
                </p>
                <RenderedHtml html={a.bodyHtml} />
              </div>
            ))}
          </section>
          <section className="card" aria-label="Private conversation">
            <h2>Private conversation</h2>
            {c.messages.length ? (
              <ol className="conversation">
                {c.messages.map((msg) => (
                  <li key={msg.id} className={msg.fromStaff ? 'from-staff' : 'from-member'}>
                    <p className="note-by">
                      {msg.author.displayName}
                      {msg.fromStaff ? ' (staff)' : ''}, <TimeAgo iso={msg.createdAt} />
                    </p>
                    <p className="note-body">{msg.body}</p>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="meta">No private messages yet.</p>
            )}
          </section>
          {c.status !== 'RESOLVED' && <Reply c={c} />}
        </div>
        <div>
          <InternalNotes c={c} />
          <LogContact c={c} />
          <MemberHistory memberId={c.member.id} name={c.member.displayName} />
          {c.assignments.length > 0 && (
            <section className="card" aria-label="Assignment history">
              <h2>Assignments</h2>
              <ol className="timeline">
                {c.assignments.map((a) => (
                  <li key={a.id}>
                    <TimeAgo iso={a.createdAt} /> · {a.actor.displayName} {a.kind === 'CLAIM' ? 'claimed it' : `${a.kind === 'TRANSFER' ? 'transferred' : 'assigned'} it to ${a.toAssignee?.displayName ?? a.toTeam?.name ?? 'the queue'}`}
                    {a.note ? `: ${a.note}` : ''}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      </div>
    </article>
  );
}
