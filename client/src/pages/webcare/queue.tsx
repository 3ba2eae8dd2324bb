import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoadMore } from '../../components/load-more';
import { PriorityBadge, SlaCountdown } from '../../components/sla-countdown';
import { EmptyState, ErrorNotice, Loading } from '../../components/status';
import { TimeAgo } from '../../components/time';
import { graphql } from '../../gql';
import type { CasePriority, CaseStatus, QueueFilter, QueueView } from '../../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../../lib/api-errors';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../lib/sla';
import { usePageTitle } from '../../lib/use-page-title';
import { useLiveReconnect } from '../../live/use-live';
import { useSession } from '../../session/session-context';
import { SelectField } from '../../components/form';

const WebcareQueueDocument = graphql(`
  query WebcareQueue($view: QueueView!, $teamId: ID, $filter: QueueFilter, $first: Int!, $after: String) {
    webcareQueue(view: $view, teamId: $teamId, filter: $filter, first: $first, after: $after) {
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

// The choices for the filters; fetched once, beside the queue.
const QueueFilterOptionsDocument = graphql(`
  query QueueFilterOptions {
    webcareTeams {
      id
      name
    }
    categories {
      id
      name
    }
  }
`);

const QueueChangedDocument = graphql(`
  subscription QueueChanged {
    queueChanged {
      kind
      caseId
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

const PAGE_SIZE = 25;
const PAGE_MAX = 100;
// Changes arrive over queueChanged; this slow poll runs only while that connection is down.
const FALLBACK_POLL_MS = 60_000;
// A burst of changes (a sweep escalating many threads) makes one refetch.
const REFETCH_DELAY_MS = 400;
const PRIORITIES: CasePriority[] = ['P1', 'P2', 'P3', 'P4'];
const STATUSES: CaseStatus[] = ['NEW', 'OPEN', 'PENDING_MEMBER', 'RESOLVED'];

interface QueueQuery {
  view: QueueView;
  teamId: string | null;
  filter: QueueFilter;
}

// The URL holds the view and filters, as on the thread list: a reload or a shared link shows the same queue.
function readQueue(params: URLSearchParams): QueueQuery {
  const view = (VIEWS.find(([v]) => v === params.get('view'))?.[0] ?? 'UNASSIGNED') as QueueView;
  const filter: QueueFilter = {};
  const priority = params.get('priority') as CasePriority | null;
  const status = params.get('status') as CaseStatus | null;
  const category = params.get('category');
  if (priority && PRIORITIES.includes(priority)) filter.priority = priority;
  if (status && STATUSES.includes(status)) filter.status = status;
  if (category) filter.categoryId = category;
  return { view, teamId: params.get('team') || null, filter };
}

function queueUrl(view: QueueView, params: URLSearchParams): string {
  const next = new URLSearchParams(params);
  if (view === 'UNASSIGNED') next.delete('view');
  else next.set('view', view);
  const query = next.toString();
  return query ? `/webcare?${query}` : '/webcare';
}

function QueueFilters({ query, params }: { query: QueueQuery; params: URLSearchParams }) {
  const id = useId();
  const navigate = useNavigate();
  const { data } = useQuery(QueueFilterOptionsDocument);
  const filtered = !!query.teamId || Object.keys(query.filter).length > 0;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    if (query.view !== 'UNASSIGNED') next.set('view', query.view);
    for (const key of ['team', 'priority', 'status', 'category']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    navigate(queueUrl(query.view, next));
  };
  return (
    <form key={`${params.toString()}|${data ? 1 : 0}`} className="filters card queue-filters" onSubmit={onSubmit} aria-label="Filter the queue">
      <SelectField id={`${id}-team`} name="team" label="Team" defaultValue={query.teamId ?? ''} any="My teams and shared" options={data?.webcareTeams.map((t) => [t.id, t.name] as const)} />
      <SelectField id={`${id}-priority`} name="priority" label="Priority" defaultValue={query.filter.priority ?? ''} any="Any priority" options={PRIORITIES.map((p) => [p, PRIORITY_LABELS[p]] as const)} />
      <SelectField id={`${id}-status`} name="status" label="Status" defaultValue={query.filter.status ?? ''} any="Any status" options={STATUSES.map((st) => [st, STATUS_LABELS[st]] as const)} />
      <SelectField id={`${id}-category`} name="category" label="Category" defaultValue={query.filter.categoryId ?? ''} any="All categories" options={data?.categories.map((c) => [c.id, c.name] as const)} />
      <div className="filter-actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        {filtered && (
          <Link to={queueUrl(query.view, new URLSearchParams())} className="button button-secondary">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}

export function WebcareQueuePage() {
  usePageTitle('Webcare queue');
  const navigate = useNavigate();
  const { signedIn, viewer } = useSession();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const query = readQueue(params);
  const { view } = query;
  const isStaff = !!viewer && viewer.role !== 'MEMBER';
  const variables = { ...query, first: PAGE_SIZE };
  const liveStatus = useLiveReconnect(() => refetchSoon());
  const { data, loading, error, refetch, fetchMore } = useQuery(WebcareQueueDocument, {
    variables,
    skip: !signedIn,
    pollInterval: liveStatus === 'connected' ? 0 : FALLBACK_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const loaded = data?.webcareQueue.edges.length ?? 0;

  // The view as shown (all loaded pages) fetched again; the cache updates the list in place.
  const latest = useRef({ variables, loaded });
  latest.current = { variables, loaded };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  function refetchSoon() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const { variables: current, loaded: shown } = latest.current;
      const first = Math.min(PAGE_MAX, Math.max(PAGE_SIZE, shown));
      client.query({ query: WebcareQueueDocument, variables: { ...current, first }, fetchPolicy: 'network-only' }).catch(() => undefined);
    }, REFETCH_DELAY_MS);
  }
  useSubscription(QueueChangedDocument, { skip: !isStaff, onData: () => refetchSoon() });
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
          <Link key={v} to={queueUrl(v, params)} aria-current={v === view ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      <QueueFilters query={query} params={params} />
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
        <EmptyState title={Object.keys(query.filter).length || query.teamId ? 'No cases in this view match these filters.' : 'No cases in this view.'} />
      )}
    </section>
  );
}
