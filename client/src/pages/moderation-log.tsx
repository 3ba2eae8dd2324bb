import { useQuery } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LoadMore } from '../components/load-more';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { TimeAgo } from '../components/time';
import { graphql } from '../gql';
import type { AuditFilter, ModerationLogQuery } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { ACTION_WORDS, actionWords } from '../lib/moderation-words';
import { isUuid } from '../lib/thread-ref';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';

const ModerationLogDocument = graphql(`
  query ModerationLog($filter: AuditFilter, $after: String) {
    moderationLog(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          targetKind
          targetId
          threadId
          reason
          before
          after
          createdAt
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

type Entry = ModerationLogQuery['moderationLog']['edges'][number]['node'];

// The URL holds the filters, so a filtered log can be shared with a colleague.
function readFilter(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  const action = params.get('action');
  if (action && action in ACTION_WORDS) filter.action = action;
  for (const key of ['actorId', 'threadId', 'targetId'] as const) {
    const value = params.get(key);
    if (value && isUuid(value)) filter[key] = value;
  }
  const from = params.get('from');
  const to = params.get('to');
  if (from && /^\d{4}-\d{2}-\d{2}$/.test(from)) filter.from = new Date(`${from}T00:00:00`).toISOString();
  // "To" is a whole day: up to the start of the next one.
  if (to && /^\d{4}-\d{2}-\d{2}$/.test(to)) filter.to = new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString();
  return filter;
}

function target(e: Entry) {
  switch (e.targetKind) {
    case 'user':
      return <Link to={`/members/${e.targetId}`}>member</Link>;
    case 'thread':
      return <Link to={`/t/${e.targetId}`}>thread</Link>;
    case 'answer':
      return e.threadId ? <Link to={`/t/${e.threadId}#answer-${e.targetId}`}>answer</Link> : 'answer';
    default:
      return e.threadId ? <Link to={`/t/${e.threadId}`}>{e.targetKind.replace(/_/g, ' ')}</Link> : e.targetKind.replace(/_/g, ' ');
  }
}

// Before/after are JSON snapshots; show only what changed, as "key: old → new".
function changes(e: Entry): string {
  const parse = (s: string | null): Record<string, unknown> => {
    try {
      const v: unknown = s ? JSON.parse(s) : {};
      return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const before = parse(e.before);
  const after = parse(e.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const show = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? formatDate(v) : String(v));
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => (k in before ? `${k}: ${show(before[k])} → ${show(after[k])}` : `${k}: ${show(after[k])}`))
    .join('; ');
}

export function ModerationLogPage() {
  usePageTitle('Moderation log');
  const id = useId();
  const { signedIn } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogDocument, { variables: { filter }, skip: !signedIn, fetchPolicy: 'cache-and-network' });

  if (!signedIn) return <Navigate to="/signin?next=%2Fmoderation%2Flog" replace />;

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['action', 'from', 'to']) {
      const value = String(form.get(key) ?? '');
      if (value) next.set(key, value);
    }
    for (const key of ['actorId', 'threadId', 'targetId']) {
      const value = params.get(key);
      if (value) next.set(key, value);
    }
    setParams(next);
  };
  const without = (key: string) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    return `/moderation/log${next.size ? `?${next}` : ''}`;
  };
  const entries = data?.moderationLog.edges.map((e) => e.node) ?? [];
  const actorName = filter.actorId && entries.find((e) => e.actor?.id === filter.actorId)?.actor?.displayName;

  return (
    <section aria-labelledby="log-title">
      <div className="page-head">
        <h1 id="log-title">Moderation log</h1>
      </div>
      <form key={params.toString()} className="filters card" onSubmit={onFilter} aria-label="Filter the log">
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <select id={`${id}-action`} name="action" defaultValue={filter.action ?? ''}>
            <option value="">Any action</option>
            {Object.entries(ACTION_WORDS).map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" name="from" defaultValue={params.get('from') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" name="to" defaultValue={params.get('to') ?? ''} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          {params.size > 0 && (
            <Link to="/moderation/log" className="button button-secondary">
              Clear
            </Link>
          )}
        </div>
      </form>
      {(filter.actorId || filter.threadId || filter.targetId) && (
        <ul className="active-filters" aria-label="Also filtered by">
          {filter.actorId && (
            <li>
              By {actorName ?? 'one moderator'} <Link to={without('actorId')}>remove</Link>
            </li>
          )}
          {filter.threadId && (
            <li>
              On one thread (<Link to={`/t/${filter.threadId}`}>open it</Link>) <Link to={without('threadId')}>remove</Link>
            </li>
          )}
          {filter.targetId && (
            <li>
              On one target <Link to={without('targetId')}>remove</Link>
            </li>
          )}
        </ul>
      )}
      {loading && !data ? (
        <Loading label="Loading the log…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : entries.length ? (
        <>
          <p className="results-count">{data?.moderationLog.totalCount === 1 ? '1 entry' : `${data?.moderationLog.totalCount} entries`}</p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Log entries">
            <table className="log-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">On</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => {
                  const onThread = new URLSearchParams(params);
                  if (e.threadId) onThread.set('threadId', e.threadId);
                  const byActor = new URLSearchParams(params);
                  if (e.actor) byActor.set('actorId', e.actor.id);
                  return (
                    <tr key={e.id}>
                      <td>
                        <TimeAgo iso={e.createdAt} />
                      </td>
                      <td>{e.actor ? <Link to={`/moderation/log?${byActor}`} title="Show only this moderator">{e.actor.displayName}</Link> : <span className="meta">{e.action.startsWith('community') ? 'Community' : 'System'}</span>}</td>
                      <td>{actionWords(e.action)}</td>
                      <td>
                        {target(e)}
                        {e.threadId && (
                          <>
                            {' '}
                            <Link to={`/moderation/log?${onThread}`} className="meta">
                              (all on this thread)
                            </Link>
                          </>
                        )}
                      </td>
                      <td>{e.reason}</td>
                      <td className="meta">{changes(e)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <LoadMore hasMore={!!data?.moderationLog.pageInfo.hasNextPage} label="Show older entries" onLoadMore={() => fetchMore({ variables: { after: data?.moderationLog.pageInfo.endCursor } })} />
        </>
      ) : (
        <EmptyState title={params.size ? 'No entries match these filters.' : 'Nothing has been moderated yet.'} />
      )}
    </section>
  );
}
