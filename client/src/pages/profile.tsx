import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { LoadMore } from '../components/load-more';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { ThreadStatusBadge } from '../components/thread-status';
import { TimeAgo } from '../components/time';
import { graphql } from '../gql';
import type { ProfileQuery } from '../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../lib/api-errors';
import { formatDate, roleName } from '../lib/format';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';
import { NotFoundPage } from './not-found';
import { RoleControl, SuspensionControls } from './profile-staff';

const ProfileDocument = graphql(`
  query Profile($id: ID!, $historyAfter: String) {
    user(id: $id) {
      id
      displayName
      reputation
      role
      bio
      createdAt
      helpfulFlags
      suspendedUntil
      suspensionReason
      certifications {
        id
        active
        grantedAt
        expiresAt
        revokedAt
        category {
          id
          name
        }
      }
      reputationHistory(first: 15, after: $historyAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            points
            reversal
            note
            threadId
            createdAt
          }
        }
      }
      questions(first: 5) {
        totalCount
        edges {
          node {
            id
            slug
            title
            status
            createdAt
          }
        }
      }
      answers(first: 5) {
        totalCount
        edges {
          node {
            id
            isAccepted
            score
            createdAt
            thread {
              id
              slug
              title
            }
          }
        }
      }
    }
  }
`);

const CertifyCategoriesDocument = graphql(`
  query CertifyCategories {
    categories {
      id
      name
    }
  }
`);

const CertifyExpertDocument = graphql(`
  mutation CertifyExpert($input: CertifyExpertInput!) {
    certifyExpert(input: $input) {
      id
    }
  }
`);

const KINDS: Record<string, string> = {
  question_upvoted: 'Question upvoted',
  answer_upvoted: 'Answer upvoted',
  post_downvoted: 'Post downvoted',
  downvoted_answer: 'Downvoted an answer',
  answer_accepted: 'Answer accepted',
  expert_answer_accepted: 'Expert answer accepted (bonus)',
  accepted_an_answer: 'Accepted an answer',
  adjustment: 'Adjustment',
};

type User = ProfileQuery['user'];

function ReputationHistory({ user, loadMore }: { user: User; loadMore: () => Promise<unknown> }) {
  const events = user.reputationHistory.edges.map((e) => e.node);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Reputation history</h2>
      {events.length ? (
        <ol className="ledger" data-testid="reputation-history">
          {events.map((e) => (
            <li key={e.id}>
              <span className={`points ${e.points >= 0 ? 'points-up' : 'points-down'}`}>{e.points > 0 ? `+${e.points}` : e.points}</span>
              <span className="ledger-what">
                {e.reversal ? 'Reversed: ' : ''}
                {KINDS[e.kind] ?? e.kind}
                {e.note ? ` (${e.note})` : ''}
                {e.threadId && (
                  <>
                    {' '}
                    · <Link to={`/t/${e.threadId}`}>thread</Link>
                  </>
                )}
              </span>
              <TimeAgo iso={e.createdAt} />
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title="No reputation events yet." />
      )}
      <LoadMore hasMore={user.reputationHistory.pageInfo.hasNextPage} label="Show older events" onLoadMore={loadMore} />
    </section>
  );
}

function CertifyForm({ user, certifiedIds }: { user: User; certifiedIds: string[] }) {
  const id = useId();
  const categories = useQuery(CertifyCategoriesDocument);
  const [categoryId, setCategoryId] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [certify, { loading }] = useMutation(CertifyExpertDocument, { refetchQueries: ['Profile'], awaitRefetchQueries: true });
  const options = categories.data?.categories.filter((c) => !certifiedIds.includes(c.id)) ?? [];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    try {
      await certify({ variables: { input: { userId: user.id, categoryId } } });
      setDone(categories.data?.categories.find((c) => c.id === categoryId)?.name ?? '');
      setCategoryId('');
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <form className="certify" onSubmit={onSubmit} aria-label={`Certify ${user.displayName} as expert`}>
      <div className="field">
        <label htmlFor={`${id}-category`}>Certify as expert for</label>
        <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} required>
          <option value="">Choose a category</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-small" disabled={loading || !categoryId}>
        {loading ? 'Certifying…' : 'Certify'}
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {describeProblem(problem)}
        </p>
      )}
      {done !== null && (
        <p className="meta" role="status">
          Certified for {done}.
        </p>
      )}
    </form>
  );
}

export function ProfilePage() {
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProfileDocument, { variables: { id } });
  const user = data?.user;
  usePageTitle(user?.displayName ?? 'Member');

  if (loading && !user) return <Loading label="Loading profile…" />;
  if (toProblem(error)?.code === 'NOT_FOUND') return <NotFoundPage what="member" />;
  if (error || !user) return <ErrorNotice error={error} title="This profile could not be loaded" retry={() => void refetch()} />;

  const active = user.certifications.filter((c) => c.active);
  const past = user.certifications.filter((c) => !c.active);
  const isStaff = viewer?.role === 'STAFF' || viewer?.role === 'ADMIN';
  const isAdmin = viewer?.role === 'ADMIN';
  const self = viewer?.id === user.id;
  const suspended = !!user.suspendedUntil && Date.parse(user.suspendedUntil) > Date.now();

  return (
    <article className="profile" aria-labelledby="profile-name">
      <header className="profile-header card">
        <div className="avatar" aria-hidden="true">
          {user.displayName.slice(0, 1).toUpperCase()}
        </div>
        <div className="profile-title">
          <h1 id="profile-name">{user.displayName}</h1>
          <p className="meta">
            {roleName(user.role)} · member since {formatDate(user.createdAt)}
          </p>
          {suspended && (
            <p className="badge badge-suspended">
              Suspended until {formatDate(user.suspendedUntil!)}
            </p>
          )}
          {active.length > 0 && (
            <p className="marks">
              {active.map((c) => (
                <span key={c.id} className="badge badge-expert">
                  Expert: {c.category.name}
                </span>
              ))}
            </p>
          )}
        </div>
        <dl className="stats">
          <div>
            <dt>Reputation</dt>
            <dd data-testid="profile-reputation">{user.reputation}</dd>
          </div>
          <div>
            <dt>Questions</dt>
            <dd>{user.questions.totalCount}</dd>
          </div>
          <div>
            <dt>Answers</dt>
            <dd>{user.answers.totalCount}</dd>
          </div>
          <div>
            <dt>Helpful flags</dt>
            <dd>{user.helpfulFlags}</dd>
          </div>
        </dl>
      </header>

      <div className="profile-columns">
        <div>
          <ReputationHistory user={user} loadMore={() => fetchMore({ variables: { historyAfter: user.reputationHistory.pageInfo.endCursor } })} />
          <section aria-labelledby="about-title" className="card">
            <h2 id="about-title">About</h2>
            {user.bio ? <p className="bio">{user.bio}</p> : <EmptyState title={`${user.displayName} has not written anything about themselves yet.`} />}
          </section>
        </div>
        <div>
          <section className="card" aria-labelledby="certs-title">
            <h2 id="certs-title">Certifications</h2>
            {user.certifications.length ? (
              <ul className="cert-list">
                {active.map((c) => (
                  <li key={c.id}>
                    <strong>{c.category.name}</strong> expert since {formatDate(c.grantedAt)}
                    {c.expiresAt && <>, until {formatDate(c.expiresAt)}</>}
                  </li>
                ))}
                {past.map((c) => (
                  <li key={c.id} className="meta">
                    {c.category.name}: {c.revokedAt ? `revoked ${formatDate(c.revokedAt)}` : `expired ${c.expiresAt ? formatDate(c.expiresAt) : ''}`}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No expert certifications." />
            )}
            {isStaff && <CertifyForm user={user} certifiedIds={active.map((c) => c.category.id)} />}
            {isAdmin && !self && <RoleControl user={user} />}
          </section>
          {isStaff && !self && <SuspensionControls user={user} />}
          <section className="card" aria-labelledby="questions-title">
            <h2 id="questions-title">Questions</h2>
            {user.questions.edges.length ? (
              <ul className="post-links">
                {user.questions.edges.map(({ node: q }) => (
                  <li key={q.id}>
                    <ThreadStatusBadge status={q.status} /> <Link to={`/t/${q.slug}`}>{q.title}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No questions yet." />
            )}
            {user.questions.totalCount > user.questions.edges.length && <Link to={`/threads?author=${user.id}`}>All {user.questions.totalCount} questions</Link>}
          </section>
          <section className="card" aria-labelledby="answers-title">
            <h2 id="answers-title">Answers</h2>
            {user.answers.edges.length ? (
              <ul className="post-links">
                {user.answers.edges.map(({ node: a }) => (
                  <li key={a.id}>
                    {a.isAccepted && <span className="badge badge-solved">✓ Accepted</span>} <Link to={`/t/${a.thread.slug}#answer-${a.id}`}>{a.thread.title}</Link>{' '}
                    <span className="meta">({a.score} votes)</span>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No answers yet." />
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
