import { useQuery } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadMore } from '../components/load-more';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { ThreadList } from '../components/thread-list';
import { statusLabel } from '../components/thread-status';
import { graphql } from '../gql';
import type { ThreadFilter, ThreadSort, ThreadStatus } from '../gql/graphql';
import { usePageTitle } from '../lib/use-page-title';
import { SelectField } from '../components/form';

const ThreadsPageDocument = graphql(`
  query ThreadsPage($filter: ThreadFilter, $sort: ThreadSort!, $first: Int!, $after: String) {
    categories {
      id
      name
    }
    threads(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ThreadSummary
        }
      }
    }
  }
`);

// Sent beside the list query (not after it): the category id is already in the URL.
const PinnedThreadsDocument = graphql(`
  query PinnedThreads {
    categories {
      id
      pinnedThreads {
        ...ThreadSummary
      }
    }
  }
`);

const PAGE_SIZE = 20;
const STATUSES: ThreadStatus[] = ['OPEN', 'ANSWERED', 'SOLVED', 'CLOSED', 'DUPLICATE'];
const SORTS: Array<[ThreadSort, string]> = [
  ['ACTIVITY', 'Recent activity'],
  ['NEWEST', 'Newest'],
  ['SCORE', 'Most votes'],
  ['UNANSWERED_FIRST', 'Unanswered first'],
];

// The URL holds the filters, so a filtered list can be bookmarked, shared and navigated back to.
function readFilters(params: URLSearchParams): { filter: ThreadFilter; sort: ThreadSort } {
  const filter: ThreadFilter = {};
  const category = params.get('category');
  const tag = params.get('tag');
  const status = params.get('status') as ThreadStatus | null;
  if (category) filter.categoryId = category;
  if (tag) filter.tag = tag;
  if (status && STATUSES.includes(status)) filter.status = status;
  if (params.get('unanswered') === '1') filter.unanswered = true;
  if (params.get('expert') === '1') filter.hasExpertAnswer = true;
  const author = params.get('author');
  if (author) filter.authorId = author;
  const sort = params.get('sort') as ThreadSort | null;
  return { filter, sort: sort && SORTS.some(([s]) => s === sort) ? sort : 'ACTIVITY' };
}

export function ThreadsPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { filter, sort } = readFilters(params);
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadsPageDocument, {
    variables: { filter, sort, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const pinned = useQuery(PinnedThreadsDocument, { skip: !filter.categoryId });
  const pinnedThreads = pinned.data?.categories.find((c) => c.id === filter.categoryId)?.pinnedThreads ?? [];
  const category = data?.categories.find((c) => c.id === filter.categoryId);
  const title = category ? category.name : filter.tag ? `Tagged ${filter.tag}` : 'All threads';
  usePageTitle(title);

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['category', 'status', 'tag', 'sort']) {
      const value = String(form.get(key) ?? '').trim();
      if (value && !(key === 'sort' && value === 'ACTIVITY')) next.set(key, value);
    }
    if (form.get('unanswered')) next.set('unanswered', '1');
    if (form.get('expert')) next.set('expert', '1');
    if (filter.authorId) next.set('author', filter.authorId);
    setParams(next);
  };

  const threads = data?.threads.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        <Link to="/ask" className="button">
          Ask a question
        </Link>
      </div>
      {/* key: the form's defaults follow the URL (back button, links) and apply once the categories arrive */}
      <form key={`${params.toString()}|${data?.categories.length ?? 0}`} className="filters card" onSubmit={onFilter} aria-label="Filter threads">
        <SelectField id={`${id}-category`} name="category" label="Category" defaultValue={filter.categoryId ?? ''} any="All categories" options={data?.categories.map((c) => [c.id, c.name] as const)} />
        <SelectField id={`${id}-status`} name="status" label="Status" defaultValue={filter.status ?? ''} any="Any status" options={STATUSES.map((s) => [s, statusLabel(s)] as const)} />
        <div className="field">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <input id={`${id}-tag`} name="tag" defaultValue={filter.tag ?? ''} maxLength={35} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select id={`${id}-sort`} name="sort" defaultValue={sort}>
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="checks">
          <label>
            <input type="checkbox" name="unanswered" defaultChecked={!!filter.unanswered} /> Unanswered only
          </label>
          <label>
            <input type="checkbox" name="expert" defaultChecked={!!filter.hasExpertAnswer} /> With an expert answer
          </label>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          {filtered && (
            <Link to="/threads" className="button button-secondary">
              Clear
            </Link>
          )}
        </div>
      </form>

      {pinnedThreads.length > 0 && (
        <section className="card pinned" aria-labelledby={`${id}-pinned`}>
          <h2 id={`${id}-pinned`}>Pinned</h2>
          <ThreadList threads={pinnedThreads} compact showCategory={false} />
        </section>
      )}
      {loading && !data ? (
        <Loading label="Loading threads…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="results-count" aria-live="polite">
            {data?.threads.totalCount === 1 ? '1 thread' : `${data?.threads.totalCount ?? 0} threads`}
          </h2>
          {threads.length ? (
            <ThreadList threads={threads} showCategory={!filter.categoryId} />
          ) : (
            <EmptyState title={filtered ? 'No threads match these filters.' : 'No threads yet.'}>
              <p>
                <Link to="/ask">Ask the first question</Link>
              </p>
            </EmptyState>
          )}
          <LoadMore
            hasMore={!!data?.threads.pageInfo.hasNextPage}
            label="Show more threads"
            onLoadMore={() => fetchMore({ variables: { after: data?.threads.pageInfo.endCursor } })}
          />
        </section>
      )}
    </>
  );
}
