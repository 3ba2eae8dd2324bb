import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { PriorityBadge, SlaCountdown } from '../../components/sla-countdown';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { QueueView } from '../../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../../lib/api-errors';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../lib/sla';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../../session/session-context';

const WebcareQueueDocument = graphql(`
  query WebcareQueue($view: QueueView!, $after: String) {
    webcareQueue(view: $view, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          priority
          status
          isPrivate
          breached
          createdAt
          thread {
            id
            title
          }
          category {
            id
            name
          }
          member {
            id
            displayName
          }
          assignee {
            id
            displayName
          }
          team {
            id
            name
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
        }
      }
    }
  }
`);

const ClaimNextCaseDocument = graphql(`
  mutation ClaimNextCase {
    claimNextCase {
      id
    }
  }
`);

const VIEWS: Array<[QueueView, string]> = [
  ['UNASSIGNED', 'Unassigned'],
  ['MINE', 'Mine'],
  ['BREACHED', 'Breached'],
  ['PENDING_MEMBER', 'Waiting on member'],
  ['ALL_OPEN', 'All open'],
  ['RESOLVED', 'Resolved'],
];

// No subscriptions yet: the queue refreshes itself so new cases show up without a reload.
const POLL_MS = 15_000;

export function WebcareQueuePage() {
  usePageTitle('Webcare queue');
  const navigate = useNavigate();
  const { signedIn, viewer } = useSession();
  const [params] = useSearchParams();
  const view = (VIEWS.find(([v]) => v === params.get('view'))?.[0] ?? 'UNASSIGNED') as QueueView;
  const { data, loading, error, refetch, fetchMore } = useQuery(WebcareQueueDocument, { variables: { view }, skip: !signedIn, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [claimNext, claiming] = useMutation(ClaimNextCaseDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [empty, setEmpty] = useState(false);

  if (!signedIn) return <Navigate to="/signin?next=%2Fwebcare" replace />;
  if (viewer && viewer.role === 'MEMBER') {
    return (
      <section>
        <h1>Webcare queue</h1>
        <p>The queue is for the company’s webcare staff.</p>
      </section>
    );
  }

  const onClaimNext = async () => {
    setProblem(null);
    setEmpty(false);
    try {
      const { data: claimed } = await claimNext();
      if (claimed?.claimNextCase) navigate(`/webcare/cases/${claimed.claimNextCase.id}`);
      else setEmpty(true);
    } catch (err) {
      setProblem(toProblem(err));
    }
  };

  const cases = data?.webcareQueue.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="queue-title">
      <div className="page-head">
        <h1 id="queue-title">Webcare queue</h1>
        <Link to="/webcare/saved-replies">Saved replies</Link>
        <button type="button" className="button" onClick={() => void onClaimNext()} disabled={claiming.loading}>
          {claiming.loading ? 'Claiming…' : 'Claim next case'}
        </button>
      </div>
      <div role="status">
        {empty && <p className="notice notice-info">Nothing is waiting in your teams’ queues.</p>}
        {problem && <p className="notice notice-error">{describeProblem(problem)}</p>}
      </div>
      <nav aria-label="Queue views" className="tab-links">
        {VIEWS.map(([v, label]) => (
          <Link key={v} to={v === 'UNASSIGNED' ? '/webcare' : `/webcare?view=${v}`} aria-current={v === view ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      {loading && !data ? (
        <Loading label="Loading the queue…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : cases.length ? (
        <>
          <p className="results-count">{data?.webcareQueue.totalCount === 1 ? '1 case' : `${data?.webcareQueue.totalCount} cases`}</p>
          <ol className="case-list">
            {cases.map((c) => (
              <li key={c.id} className={`case-row card case-${c.priority.toLowerCase()}`}>
                <div className="case-main">
                  <p className="case-title">
                    <Link to={`/webcare/cases/${c.id}`}>{c.thread.title}</Link>
                  </p>
                  <p className="case-meta">
                    <PriorityBadge priority={c.priority} label={PRIORITY_LABELS[c.priority]} />
                    <span className="badge">{STATUS_LABELS[c.status]}</span>
                    {c.isPrivate && <span className="badge badge-staff">Private</span>}
                    <span>{c.category.name}</span>
                    <span>
                      from <Link to={`/members/${c.member.id}`}>{c.member.displayName}</Link>
                    </span>
                    <span>{c.assignee ? `with ${c.assignee.displayName}` : c.team ? `team ${c.team.name}` : 'shared queue'}</span>
                    <TimeAgo iso={c.createdAt} prefix="opened" />
                  </p>
                </div>
                {c.status !== 'RESOLVED' && (
                  <div className="case-clocks">
                    <SlaCountdown label="First response" clock={c.sla.firstResponse} />
                    <SlaCountdown label="Resolution" clock={c.sla.resolution} paused={c.sla.paused} />
                  </div>
                )}
              </li>
            ))}
          </ol>
          <LoadMore hasMore={!!data?.webcareQueue.pageInfo.hasNextPage} label="Show more cases" onLoadMore={() => fetchMore({ variables: { after: data?.webcareQueue.pageInfo.endCursor } })} />
        </>
      ) : (
        <EmptyState title="No cases in this view." />
      )}
    </section>
  );
}
