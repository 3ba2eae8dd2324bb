import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { ThreadList } from '../components/thread-list';
import { graphql } from '../gql';
import type { ThreadSummaryFragment } from '../gql/graphql';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';

// One request for the whole page: categories and the three lists side by side, no waterfall.
const HomeDocument = graphql(`
  query Home {
    categories {
      id
      name
      description
      threadCount
    }
    latest: threads(first: 8, sort: ACTIVITY) {
      totalCount
      edges {
        node {
          ...ThreadSummary
        }
      }
    }
    unanswered: threads(first: 8, sort: NEWEST, filter: { unanswered: true }) {
      totalCount
      edges {
        node {
          ...ThreadSummary
        }
      }
    }
    solved: threads(first: 8, sort: ACTIVITY, filter: { status: SOLVED }) {
      totalCount
      edges {
        node {
          ...ThreadSummary
        }
      }
    }
  }
`);

function Column({ id, title, seeAll, threads, total, empty }: { id: string; title: string; seeAll: string; threads: ThreadSummaryFragment[]; total: number; empty: string }) {
  return (
    <section className="card home-column" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {total > threads.length && (
          <Link to={seeAll}>
            See all {total}
            <span className="visually-hidden"> {title.toLowerCase()} threads</span>
          </Link>
        )}
      </div>
      {threads.length ? <ThreadList threads={threads} compact /> : <EmptyState title={empty} />}
    </section>
  );
}

export function HomePage() {
  usePageTitle(null);
  const { viewer, signedIn } = useSession();
  const { data, loading, error, refetch } = useQuery(HomeDocument);

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{viewer ? `Welcome back, ${viewer.displayName}` : 'Customers helping customers'}</h1>
        <p className="lead">
          Ask a question and members, certified experts and our webcare team answer it. Solved threads become knowledge for the next person who
          asks.
        </p>
        <p className="actions">
          {signedIn ? (
            <Link to="/ask" className="button">
              Ask a question
            </Link>
          ) : (
            <>
              <Link to="/register" className="button">
                Join the community
              </Link>
              <Link to="/signin" className="button button-secondary">
                Sign in
              </Link>
            </>
          )}
          <Link to="/threads" className="button button-secondary">
            Browse all threads
          </Link>
        </p>
      </section>

      {loading && !data ? (
        <Loading label="Loading the community…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : data ? (
        <>
          <section aria-labelledby="categories-title" className="home-categories">
            <h2 id="categories-title">Categories</h2>
            {data.categories.length ? (
              <ul className="category-grid">
                {data.categories.map((c) => (
                  <li key={c.id} className="card category-card">
                    <h3>
                      <Link to={`/threads?category=${c.id}`}>{c.name}</Link>
                    </h3>
                    {c.description && <p>{c.description}</p>}
                    <p className="meta">{c.threadCount === 1 ? '1 thread' : `${c.threadCount} threads`}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No categories yet. An admin creates them." />
            )}
          </section>
          <div className="home-columns">
            <Column id="latest-title" title="Latest" seeAll="/threads" threads={data.latest.edges.map((e) => e.node)} total={data.latest.totalCount} empty="No threads yet. Be the first to ask." />
            <Column
              id="unanswered-title"
              title="Unanswered"
              seeAll="/threads?unanswered=1&sort=NEWEST"
              threads={data.unanswered.edges.map((e) => e.node)}
              total={data.unanswered.totalCount}
              empty="Every question has an answer."
            />
            <Column id="solved-title" title="Solved" seeAll="/threads?status=SOLVED" threads={data.solved.edges.map((e) => e.node)} total={data.solved.totalCount} empty="No solved threads yet." />
          </div>
        </>
      ) : null}
    </>
  );
}
