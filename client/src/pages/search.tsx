import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Highlighted } from '../components/highlighted';
import { EmptyState, ErrorNotice } from '../components/status';
import { TimeAgo } from '../components/time';
import { graphql } from '../gql';
import type { SearchFilters, SearchKind, SearchPageQuery, SearchSort } from '../gql/graphql';
import { searchSessionKey } from '../lib/session-key';
import { useDebounced } from '../lib/use-debounced';
import { usePageTitle } from '../lib/use-page-title';

const SearchPageDocument = graphql(`
  query SearchPage($query: String!, $filters: SearchFilters, $page: Int!, $limit: Int!, $sort: SearchSort!, $sessionKey: String) {
    categories {
      id
      name
    }
    search(query: $query, filters: $filters, page: $page, limit: $limit, sort: $sort, sessionKey: $sessionKey) {
      total
      page
      limit
      hits {
        id
        kind
        title
        snippet
        slug
        threadSlug
        solved
        hasExpertAnswer
        tags
        categoryId
        lastActivityAt
      }
      facets {
        categories {
          value
          count
        }
        tags {
          value
          count
        }
        solved {
          yes
          no
        }
        hasExpertAnswer {
          yes
          no
        }
      }
    }
  }
`);

const LIMIT = 10;
// The API serves up to page 50.
const MAX_PAGE = 50;
const SORTS: Array<[SearchSort, string]> = [
  ['RELEVANCE', 'Best match'],
  ['ACTIVITY', 'Recent activity'],
  ['NEWEST', 'Newest'],
  ['SCORE', 'Most votes'],
];

type Hit = SearchPageQuery['search']['hits'][number];

// The URL holds the search, so results can be shared, bookmarked and reached with Back.
function readSearch(params: URLSearchParams) {
  const filters: SearchFilters = {};
  const category = params.get('category');
  if (category) filters.categoryId = category;
  const tags = params.getAll('tag').slice(0, 5);
  if (tags.length) filters.tags = tags;
  if (params.get('solved') === '1') filters.solved = true;
  if (params.get('solved') === '0') filters.solved = false;
  if (params.get('expert') === '1') filters.hasExpertAnswer = true;
  const kind = params.get('kind');
  if (kind === 'THREAD' || kind === 'ARTICLE') filters.kind = kind as SearchKind;
  const sortParam = params.get('sort') as SearchSort | null;
  const sort = sortParam && SORTS.some(([s]) => s === sortParam) ? sortParam : 'RELEVANCE';
  const page = Math.min(MAX_PAGE, Math.max(1, Number(params.get('page')) || 1));
  return { query: params.get('q') ?? '', filters, sort, page };
}

function hitLink(hit: Hit): string {
  return hit.kind === 'ARTICLE' ? `/a/${hit.slug}` : `/t/${hit.slug}`;
}

function FacetButton({ pressed, onClick, children, count }: { pressed: boolean; onClick(): void; children: ReactNode; count: number }) {
  return (
    <li>
      <button type="button" className="facet" aria-pressed={pressed} onClick={onClick}>
        <span className="facet-label">
          {pressed && <span aria-hidden="true">✓ </span>}
          {children}
        </span>{' '}
        <span className="facet-count">{count}</span>
      </button>
    </li>
  );
}

export function SearchPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const { query, filters, sort, page } = readSearch(params);
  const [text, setText] = useState(query);
  const settled = useDebounced(text, 250);
  usePageTitle(query ? `Search: ${query}` : 'Search');

  // Typing searches as you go (the URL follows, without a history entry per keystroke). Only a
  // change of the typed text pushes; `pushed` remembers what we put in the URL ourselves.
  const pushed = useRef(query);
  const prevSettled = useRef(settled);
  useEffect(() => {
    if (settled === prevSettled.current) return;
    prevSettled.current = settled;
    if (settled.trim() === query.trim()) return;
    pushed.current = settled.trim();
    const next = new URLSearchParams(params);
    if (settled.trim()) next.set('q', settled.trim());
    else next.delete('q');
    next.delete('page');
    setParams(next, { replace: true });
  }, [settled, query, params, setParams]);

  // Back/forward or a link changed the query: show it in the box.
  useEffect(() => {
    if (query.trim() === pushed.current.trim()) return;
    pushed.current = query;
    setText(query);
  }, [query]);

  const { data, previousData, loading, error, refetch } = useQuery(SearchPageDocument, {
    variables: { query: query.trim(), filters, page, limit: LIMIT, sort, sessionKey: searchSessionKey() },
  });
  const shown = data ?? previousData;
  const result = shown?.search;
  const categoryName = (cid: string) => shown?.categories.find((c) => c.id === cid)?.name ?? 'Archived category';

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('page');
    setParams(next);
  };
  const toggle = (key: string, value: string) =>
    update((next) => {
      if (next.get(key) === value) next.delete(key);
      else next.set(key, value);
    });
  const toggleTag = (tag: string) =>
    update((next) => {
      const tags = next.getAll('tag');
      next.delete('tag');
      for (const t of tags.includes(tag) ? tags.filter((x) => x !== tag) : [...tags, tag].slice(0, 5)) next.append('tag', t);
    });
  const pageLink = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    return `/search?${next}`;
  };

  const pages = result ? Math.min(MAX_PAGE, Math.ceil(result.total / LIMIT)) : 0;
  const activeFilters = Object.keys(filters).length > 0;
  const facetTags = result?.facets.tags ?? [];
  // Chosen tags stay visible even when the facet list no longer counts them.
  const tagList = [...facetTags, ...(filters.tags ?? []).filter((t) => !facetTags.some((f) => f.value === t)).map((t) => ({ value: t, count: 0 }))];

  return (
    <section className="search-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Search</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          pushed.current = text.trim();
          update((next) => (text.trim() ? next.set('q', text.trim()) : next.delete('q')));
        }}
      >
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search threads and articles
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          maxLength={200}
          placeholder="Search threads and articles"
          autoFocus
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-status`}
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>

      <div className="search-columns">
        <aside className="facets card" aria-label="Refine results">
          <div className="field">
            <label htmlFor={`${id}-sort`}>Sort by</label>
            <select id={`${id}-sort`} value={sort} onChange={(e) => update((next) => (e.target.value === 'RELEVANCE' ? next.delete('sort') : next.set('sort', e.target.value)))}>
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <h2 className="facet-title" id={`${id}-kind`}>
            Show
          </h2>
          <ul className="facet-list" aria-labelledby={`${id}-kind`}>
            <li>
              <button type="button" className="facet" aria-pressed={filters.kind === 'THREAD'} onClick={() => toggle('kind', 'THREAD')}>
                Threads only
              </button>
            </li>
            <li>
              <button type="button" className="facet" aria-pressed={filters.kind === 'ARTICLE'} onClick={() => toggle('kind', 'ARTICLE')}>
                Knowledge articles only
              </button>
            </li>
          </ul>
          {result && (
            <>
              <h2 className="facet-title" id={`${id}-status-facet`}>
                Status
              </h2>
              <ul className="facet-list" aria-labelledby={`${id}-status-facet`}>
                <FacetButton pressed={filters.solved === true} onClick={() => toggle('solved', '1')} count={result.facets.solved.yes}>
                  Solved
                </FacetButton>
                <FacetButton pressed={filters.solved === false} onClick={() => toggle('solved', '0')} count={result.facets.solved.no}>
                  Not solved yet
                </FacetButton>
                <FacetButton pressed={!!filters.hasExpertAnswer} onClick={() => toggle('expert', '1')} count={result.facets.hasExpertAnswer.yes}>
                  With an expert answer
                </FacetButton>
              </ul>
              <h2 className="facet-title" id={`${id}-categories`}>
                Category
              </h2>
              {result.facets.categories.length || filters.categoryId ? (
                <ul className="facet-list" aria-labelledby={`${id}-categories`}>
                  {result.facets.categories.map((f) => (
                    <FacetButton key={f.value} pressed={filters.categoryId === f.value} onClick={() => toggle('category', f.value)} count={f.count}>
                      {categoryName(f.value)}
                    </FacetButton>
                  ))}
                  {filters.categoryId && !result.facets.categories.some((f) => f.value === filters.categoryId) && (
                    <FacetButton pressed onClick={() => toggle('category', filters.categoryId!)} count={0}>
                      {categoryName(filters.categoryId)}
                    </FacetButton>
                  )}
                </ul>
              ) : (
                <p className="meta">None</p>
              )}
              <h2 className="facet-title" id={`${id}-tags`}>
                Tags
              </h2>
              {tagList.length ? (
                <ul className="facet-list facet-tags" aria-labelledby={`${id}-tags`}>
                  {tagList.map((f) => (
                    <FacetButton key={f.value} pressed={!!filters.tags?.includes(f.value)} onClick={() => toggleTag(f.value)} count={f.count}>
                      {f.value}
                    </FacetButton>
                  ))}
                </ul>
              ) : (
                <p className="meta">None</p>
              )}
            </>
          )}
          {activeFilters && (
            <p>
              <Link to={query ? `/search?q=${encodeURIComponent(query)}` : '/search'}>Clear filters</Link>
            </p>
          )}
        </aside>

        <div className="search-results">
          <p id={`${id}-status`} className="results-count" role="status">
            {loading ? 'Searching…' : result ? (result.total === 1 ? '1 result' : `${result.total} results`) + (query.trim() ? ` for “${query.trim()}”` : '') : ''}
          </p>
          {error && !shown ? (
            <ErrorNotice error={error} title="The search could not be run" retry={() => void refetch()} />
          ) : result && result.hits.length ? (
            <>
              <ol className="hit-list" aria-label="Results" aria-busy={loading}>
                {result.hits.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`} className="hit">
                    <h2 className="hit-title">
                      <Link to={hitLink(hit)}>
                        <Highlighted html={hit.title} />
                      </Link>
                    </h2>
                    <p className="hit-meta">
                      {hit.kind === 'ARTICLE' && <span className="badge badge-article">Knowledge article</span>}
                      {hit.kind === 'THREAD' && hit.solved && <span className="badge badge-solved">Solved</span>}
                      {hit.hasExpertAnswer && <span className="badge badge-expert">Expert answer</span>}
                      <span>{categoryName(hit.categoryId)}</span>
                      <TimeAgo iso={hit.lastActivityAt} prefix="active" />
                    </p>
                    <Highlighted as="p" className="hit-snippet" html={hit.snippet} />
                    {hit.tags.length > 0 && (
                      <ul className="tag-list" aria-label="Tags">
                        {hit.tags.map((t) => (
                          <li key={t}>
                            <span className="tag">{t}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
              {pages > 1 && (
                <nav className="pagination" aria-label="Result pages">
                  {page > 1 ? <Link to={pageLink(page - 1)}>Previous</Link> : <span aria-hidden="true" />}
                  <span>
                    Page {page} of {pages}
                  </span>
                  {page < pages ? <Link to={pageLink(page + 1)}>Next</Link> : <span aria-hidden="true" />}
                </nav>
              )}
            </>
          ) : (
            result &&
            !loading && (
              <EmptyState title={query.trim() ? `Nothing found for “${query.trim()}”.` : 'Nothing to show with these filters.'}>
                <p>
                  Try other words, remove a filter, or <Link to="/ask">ask the community</Link>.
                </p>
              </EmptyState>
            )
          )}
        </div>
      </div>
    </section>
  );
}
