import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { FormError } from '../../components/form';
import { LoadMore } from '../../components/load-more';
import { MarkdownEditor } from '../../components/markdown-editor';
import { RenderedHtml } from '../../components/rendered-html';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { ThreadStatusBadge } from '../../components/thread-status';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { AnswerFieldsFragment, ThreadPageQuery, VoteValue } from '../../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../../lib/api-errors';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession, type Viewer } from '../../session/session-context';
import { useViewerScope, type ViewerScope } from '../../session/viewer-scope';
import { NotFoundPage } from '../not-found';
import { Comments } from './comments';
import { EditAnswerForm, EditQuestionForm } from './edit-forms';
import { FlagButton } from './flag-dialog';
import { FollowButton } from './follow-button';
import { ThreadHelp } from './help';
import { CloseVote, HideToggle, ModerationHistory, ModerationNotices, ModerationPanel } from './moderation';
import { RevisionHistory } from './revision-history';
import { NewAnswersNote, useThreadLive } from './thread-live';
import { VoteControl } from './vote-control';

const ANSWERS_PAGE = 20;
// The most answers one request may ask for (the API's page limit).
const ANSWERS_MAX = 100;

// The whole page in one request: question, comments, first page of answers with theirs. With
// $viewer false it is the page every reader sees, and the server answers it from its cache.
const ThreadPageDocument = graphql(`
  query ThreadPage($id: ID, $slug: String, $answersFirst: Int!, $answersAfter: String, $viewer: Boolean!) {
    thread(id: $id, slug: $slug) {
      id
      slug
      title
      body
      bodyHtml
      status
      score
      myVote @include(if: $viewer)
      answerCount
      viewCount
      createdAt
      updatedAt
      hidden
      locked
      closeReason
      closeVotes
      pinnedAt
      following @include(if: $viewer)
      article {
        id
        slug
        title
      }
      staffInvolved
      solvedByStaff
      knownIssue {
        clusterId
        status
        since
      }
      helpCase @include(if: $viewer) {
        id
        status
        isPrivate
        assigned
        canRate
        rating
        ratingComment
        resolvedAt
        messages {
          id
          body
          fromStaff
          createdAt
          author {
            id
            displayName
          }
        }
      }
      duplicateOf {
        id
        slug
        title
      }
      moderationHistory {
        id
        action
        reason
        createdAt
        actor {
          id
          displayName
        }
      }
      category {
        id
        name
      }
      tags {
        id
        name
      }
      author {
        id
        displayName
        reputation
      }
      comments {
        ...CommentFields
      }
      answers(first: $answersFirst, after: $answersAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AnswerFields
            myVote @include(if: $viewer)
          }
        }
      }
    }
  }
  fragment AnswerFields on Answer {
    id
    body
    bodyHtml
    score
    isAccepted
    isExpert
    isStaff
    deleted
    hidden
    createdAt
    updatedAt
    author {
      id
      displayName
      reputation
    }
    comments {
      ...CommentFields
    }
  }
`);

// What the shared page leaves out for a signed-in member: their votes and whether they follow.
const ThreadViewerStateDocument = graphql(`
  query ThreadViewerState($threadId: ID!) {
    threadViewerState(threadId: $threadId) {
      threadId
      following
      votes {
        postId
        value
      }
    }
  }
`);

const AnswerQuestionDocument = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      id
    }
  }
`);

const AcceptAnswerDocument = graphql(`
  mutation AcceptAnswer($answerId: ID!) {
    acceptAnswer(answerId: $answerId) {
      id
      status
    }
  }
`);

const UnacceptAnswerDocument = graphql(`
  mutation UnacceptAnswer($threadId: ID!) {
    unacceptAnswer(threadId: $threadId) {
      id
      status
    }
  }
`);

type Thread = ThreadPageQuery['thread'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the page as this member may see it differs from what visitors see (beyond votes and follow). */
function seesMoreThanVisitors(thread: Thread, scope: ViewerScope): boolean {
  const mine = (post: { hidden: boolean; author: { id: string } }) => post.hidden && post.author.id === scope.viewerId;
  return (
    scope.moderates(thread.category.id) ||
    thread.author.id === scope.viewerId ||
    mine(thread) ||
    thread.comments.some(mine) ||
    thread.answers.edges.some(({ node }) => mine(node) || node.comments.some(mine))
  );
}

// Edits by others need privileges the server checks; offer the button where it can succeed.
function mayEdit(viewer: Viewer | null, authorId: string): boolean {
  if (!viewer) return false;
  return viewer.id === authorId || viewer.role !== 'MEMBER' || viewer.reputation >= 1000;
}

function edited(createdAt: string, updatedAt: string): boolean {
  return Date.parse(updatedAt) - Date.parse(createdAt) > 1000;
}

function Byline({ verb, author, at }: { verb: string; author: { id: string; displayName: string; reputation: number }; at: string }) {
  return (
    <p className="byline">
      {verb} <TimeAgo iso={at} /> by <Link to={`/members/${author.id}`}>{author.displayName}</Link>{' '}
      <span className="reputation" aria-label={`${author.reputation} reputation`}>
        {author.reputation}
      </span>
    </p>
  );
}

function AcceptButton({ thread, answer }: { thread: Thread; answer: AnswerFieldsFragment }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // The acceptor earns points too: refresh the header's reputation with the thread.
  const refetchQueries = ['ThreadPage', 'Me'];
  const [accept, a] = useMutation(AcceptAnswerDocument, { refetchQueries, awaitRefetchQueries: true });
  const [unaccept, u] = useMutation(UnacceptAnswerDocument, { refetchQueries, awaitRefetchQueries: true });
  const run = async () => {
    setProblem(null);
    try {
      if (answer.isAccepted) await unaccept({ variables: { threadId: thread.id } });
      else await accept({ variables: { answerId: answer.id } });
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <div className="accept">
      <button type="button" className={`button button-small${answer.isAccepted ? ' button-secondary' : ''}`} onClick={() => void run()} disabled={a.loading || u.loading}>
        {answer.isAccepted ? 'Unaccept' : 'Accept this answer'}
        <span className="visually-hidden"> by {answer.author.displayName}</span>
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
    </div>
  );
}

function AnswerItem({ thread, answer, myVote, viewer, scope, isNew }: { thread: Thread; answer: AnswerFieldsFragment; myVote: VoteValue; viewer: Viewer | null; scope: ViewerScope; isNew: boolean }) {
  const [editing, setEditing] = useState(false);
  const label = `the answer by ${answer.author.displayName}`;
  const isAsker = viewer?.id === thread.author.id;
  const moderator = scope.moderates(thread.category.id);
  return (
    <li
      className={`answer card${answer.isAccepted ? ' answer-accepted' : ''}${isNew ? ' answer-new' : ''}`}
      id={`answer-${answer.id}`}
      aria-label={`Answer by ${answer.author.displayName}`}
    >
      <div className="post">
        <VoteControl threadId={thread.id} postId={answer.id} score={answer.score} myVote={myVote} label={label} />
        <div className="post-main">
          {(isNew || answer.isAccepted || answer.isExpert || answer.isStaff || (answer.hidden && moderator)) && (
            <p className="marks">
              {isNew && <span className="badge badge-new">New</span>}
              {answer.isAccepted && <span className="badge badge-solved">✓ Accepted answer</span>}
              {answer.isExpert && <span className="badge badge-expert">Expert answer</span>}
              {answer.isStaff && <span className="badge badge-staff">Staff</span>}
              {answer.hidden && moderator && <span className="badge badge-hidden">Hidden from members</span>}
            </p>
          )}
          {editing ? <EditAnswerForm answer={answer} onDone={() => setEditing(false)} /> : <RenderedHtml html={answer.bodyHtml} />}
          <div className="post-footer">
            <div className="post-actions">
              {isAsker && !['CLOSED', 'DUPLICATE'].includes(thread.status) && <AcceptButton thread={thread} answer={answer} />}
              {!editing && mayEdit(viewer, answer.author.id) && (
                <button type="button" className="link-button" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden"> {label}</span>
                </button>
              )}
              {edited(answer.createdAt, answer.updatedAt) && <RevisionHistory threadId={thread.id} postId={answer.id} label={label} />}
              {scope.signedIn && viewer?.id !== answer.author.id && <FlagButton target={{ postId: answer.id, kind: 'answer', label, threadId: thread.id }} />}
              {moderator && <HideToggle postId={answer.id} hidden={answer.hidden} label={label} />}
            </div>
            <Byline verb="answered" author={answer.author} at={answer.createdAt} />
          </div>
          <Comments comments={answer.comments} target={{ answerId: answer.id }} label={label} threadId={thread.id} open={commentsOpen(thread, moderator)} moderator={moderator} />
        </div>
      </div>
    </li>
  );
}

// Closed and locked threads take no new comments, except from their moderators.
function commentsOpen(thread: Thread, moderator: boolean): boolean {
  return moderator || (!thread.locked && thread.status !== 'CLOSED' && thread.status !== 'DUPLICATE');
}

function AnswerForm({ thread, moderator }: { thread: Thread; moderator: boolean }) {
  const { signedIn } = useSession();
  const location = useLocation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [answer, { loading }] = useMutation(AnswerQuestionDocument, { refetchQueries: ['ThreadPage'], awaitRefetchQueries: true });

  if (!signedIn) {
    return (
      <p className="card">
        <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link> or <Link to="/register">create an account</Link> to answer.
      </p>
    );
  }
  if (thread.status === 'CLOSED' || thread.status === 'DUPLICATE') return <p className="card">This thread is closed to new answers.</p>;
  if (thread.locked && !moderator) return <p className="card">This thread is locked: it takes no new answers.</p>;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      await answer({ variables: { input: { threadId: thread.id, body } } });
      setBody('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-labelledby="your-answer">
      <h2 id="your-answer">Your answer</h2>
      <FormError problem={problem} />
      <MarkdownEditor name="body" label="Answer" hint="At least 20 characters. Markdown works." value={body} onChange={setBody} rows={8} maxLength={30000} required problem={problem} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Posting…' : 'Post your answer'}
        </button>
      </div>
    </form>
  );
}

export function ThreadPage() {
  const { key = '' } = useParams();
  const { viewer } = useSession();
  const scope = useViewerScope();
  const [editing, setEditing] = useState(false);
  const byId = UUID.test(key);
  const client = useApolloClient();
  // Staff, the category's experts, the asker and authors of hidden posts see more than visitors
  // do: they read the page as themselves. Other members read the shared page and their own state.
  const [personalKey, setPersonalKey] = useState<string | null>(null);
  const personal = scope.signedIn && (scope.isStaff || personalKey === key);
  const variables = { id: byId ? key : null, slug: byId ? null : key, answersFirst: ANSWERS_PAGE, viewer: personal };
  const context = { anonymous: !personal };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ThreadPageDocument, { variables, context, skip: !scope.ready });
  // while the page is fetched again as the member's own, the shared one stays on screen (not another thread's)
  const previous = previousData?.thread;
  const thread = data?.thread ?? (previous && (previous.id === key || previous.slug === key) ? previous : undefined);
  usePageTitle(thread?.title ?? 'Thread');
  const needsPersonal = !!thread && scope.signedIn && seesMoreThanVisitors(thread, scope);
  useEffect(() => {
    if (needsPersonal && !personal) setPersonalKey(key);
  }, [needsPersonal, personal, key]);
  const own = useQuery(ThreadViewerStateDocument, { variables: { threadId: thread?.id ?? '' }, skip: !thread || !scope.signedIn || personal });
  const state = own.data?.threadViewerState;
  const voteOf = (postId: string, asViewer: VoteValue | undefined): VoteValue =>
    personal ? (asViewer ?? 'NONE') : (state?.votes.find((v) => v.postId === postId)?.value ?? 'NONE');
  const following = personal ? thread?.following : state?.following;

  const loadedAnswers = thread?.answers.edges.length ?? 0;
  // Everything shown, fetched again in one request: the cache updates the page in place.
  const refresh = useCallback(() => {
    const answersFirst = Math.min(ANSWERS_MAX, Math.max(ANSWERS_PAGE, loadedAnswers));
    client
      .query({ query: ThreadPageDocument, variables: { id: variables.id, slug: variables.slug, answersFirst, viewer: personal }, context: { anonymous: !personal }, fetchPolicy: 'network-only' })
      .catch(() => refetch().catch(() => undefined));
  }, [client, variables.id, variables.slug, personal, loadedAnswers, refetch]);
  // A link to an answer (from a notification): bring it into view once the thread is there.
  const location = useLocation();
  const shownHashOf = useRef<string | null>(null);
  useEffect(() => {
    if (!thread || !location.hash || shownHashOf.current === location.key) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    shownHashOf.current = location.key;
    target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'start' });
  }, [thread, location.hash, location.key]);

  const live = useThreadLive({
    threadId: thread?.id ?? '',
    viewerId: thread ? (viewer?.id ?? null) : null,
    answerIds: thread?.answers.edges.map((e) => e.node.id) ?? [],
    refresh,
    reload: () => void refetch().catch(() => undefined),
  });

  if ((loading || !scope.ready) && !thread) return <Loading label="Loading the thread…" />;
  if (toProblem(error)?.code === 'NOT_FOUND') return <NotFoundPage what="thread" />;
  if (!thread) return <ErrorNotice error={error} title="This thread could not be loaded" retry={() => void refetch()} />;

  const answers = thread.answers.edges.map((e) => e.node).filter((a) => !a.deleted);
  const questionLabel = 'the question';
  const moderator = scope.moderates(thread.category.id);
  const isAuthor = viewer?.id === thread.author.id;

  return (
    <article className="thread" aria-labelledby="thread-title">
      <header className="thread-header">
        <p className="crumbs">
          <Link to={`/threads?category=${thread.category.id}`}>{thread.category.name}</Link>
        </p>
        <h1 id="thread-title">{thread.title}</h1>
        <p className="meta">
          <ThreadStatusBadge status={thread.status} />
          {thread.locked && <span className="badge badge-locked">Locked</span>}
          {thread.pinnedAt && <span className="badge badge-pinned">Pinned</span>}
          {thread.staffInvolved && <span className="badge badge-staff">Staff involved</span>}
          {thread.solvedByStaff && <span className="badge badge-staff">Solved by staff</span>} Asked <TimeAgo iso={thread.createdAt} /> · viewed {thread.viewCount} times
        </p>
        {following != null && <FollowButton threadId={thread.id} following={following} />}
        {thread.knownIssue && (
          <div className="notice notice-warning known-issue" role="note" aria-label="Known issue" data-testid="known-issue">
            <p className="notice-title">Known issue</p>
            <p>{thread.knownIssue.status}</p>
            <p className="meta">
              Staff know about this problem, and other members have asked the same. Status updated <TimeAgo iso={thread.knownIssue.since} />
            </p>
          </div>
        )}
        <ModerationNotices thread={thread} moderator={moderator} />
        {thread.article && (
          <p className="notice notice-success" data-testid="article-link">
            This answer is also a knowledge article: <Link to={`/a/${thread.article.slug}`}>{thread.article.title}</Link>
          </p>
        )}
        <ModerationHistory history={thread.moderationHistory} />
      </header>

      {moderator && <ModerationPanel thread={thread} />}

      <section className="card question" aria-label="Question">
        <div className="post">
          <VoteControl threadId={thread.id} postId={thread.id} score={thread.score} myVote={voteOf(thread.id, thread.myVote)} label={questionLabel} />
          <div className="post-main">
            {editing ? <EditQuestionForm thread={thread} onDone={() => setEditing(false)} /> : <RenderedHtml html={thread.bodyHtml} />}
            {thread.tags.length > 0 && (
              <ul className="tag-list" aria-label="Tags">
                {thread.tags.map((t) => (
                  <li key={t.id}>
                    <Link to={`/threads?tag=${encodeURIComponent(t.name)}`} className="tag">
                      {t.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <div className="post-footer">
              <div className="post-actions">
                {!editing && mayEdit(viewer, thread.author.id) && (
                  <button type="button" className="link-button" onClick={() => setEditing(true)}>
                    Edit<span className="visually-hidden"> the question</span>
                  </button>
                )}
                {edited(thread.createdAt, thread.updatedAt) && <RevisionHistory threadId={thread.id} postId={thread.id} label={questionLabel} />}
                {scope.signedIn && !isAuthor && <FlagButton target={{ postId: thread.id, kind: 'question', label: questionLabel, threadId: thread.id }} />}
                {!moderator && scope.may('voteClose') && <CloseVote thread={thread} />}
              </div>
              <Byline verb="asked" author={thread.author} at={thread.createdAt} />
            </div>
            <Comments comments={thread.comments} target={{ threadId: thread.id }} label={questionLabel} threadId={thread.id} open={commentsOpen(thread, moderator)} moderator={moderator} />
          </div>
        </div>
      </section>

      <section aria-labelledby="answers-title">
        <div className="answers-head">
          <h2 id="answers-title">{thread.answers.totalCount === 1 ? '1 answer' : `${thread.answers.totalCount} answers`}</h2>
          <NewAnswersNote count={live.newAnswerIds.size} />
        </div>
        {answers.length ? (
          <ol className="answer-list">
            {answers.map((a) => (
              <AnswerItem key={a.id} thread={thread} answer={a} myVote={voteOf(a.id, a.myVote)} viewer={viewer} scope={scope} isNew={live.newAnswerIds.has(a.id)} />
            ))}
          </ol>
        ) : (
          <EmptyState title="No answers yet. Do you know the answer?" />
        )}
        <LoadMore
          hasMore={thread.answers.pageInfo.hasNextPage}
          label="Show more answers"
          onLoadMore={() => fetchMore({ variables: { answersAfter: thread.answers.pageInfo.endCursor } })}
        />
      </section>

      {/* the case is part of the asker's own page (undefined until that has loaded) */}
      {isAuthor && thread.helpCase !== undefined && <ThreadHelp thread={thread} />}

      <AnswerForm thread={thread} moderator={moderator} />
    </article>
  );
}
