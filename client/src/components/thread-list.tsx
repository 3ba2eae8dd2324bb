import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ThreadSummaryFragment } from '../gql/graphql';
import { ThreadStatusBadge } from './thread-status';
import { TimeAgo } from './time';

export const ThreadSummaryFragmentDoc = graphql(`
  fragment ThreadSummary on Thread {
    id
    slug
    title
    status
    score
    answerCount
    hasExpertAnswer
    lastActivityAt
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
    }
  }
`);

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ThreadList({ threads, compact = false, showCategory = true }: { threads: ThreadSummaryFragment[]; compact?: boolean; showCategory?: boolean }) {
  return (
    <ul className={`thread-list${compact ? ' thread-list-compact' : ''}`}>
      {threads.map((t) => (
        <li key={t.id} className="thread-item">
          {!compact && (
            <div className="thread-counts" aria-hidden="true">
              <span>
                <strong>{t.score}</strong> votes
              </span>
              <span className={t.status === 'SOLVED' ? 'count-solved' : undefined}>
                <strong>{t.answerCount}</strong> answers
              </span>
            </div>
          )}
          <div className="thread-main">
            <h3 className="thread-title">
              <Link to={`/t/${t.slug}`}>{t.title}</Link>
            </h3>
            <p className="thread-meta">
              <ThreadStatusBadge status={t.status} />
              {t.hasExpertAnswer && <span className="badge badge-expert">Expert answer</span>}
              {/* The counts above are decorative; screen readers get them here, in words. */}
              <span className={compact ? undefined : 'visually-hidden'}>
                {plural(t.score, 'vote', 'votes')}, {plural(t.answerCount, 'answer', 'answers')}
              </span>
              {showCategory && (
                <Link to={`/threads?category=${t.category.id}`} className="thread-category">
                  {t.category.name}
                </Link>
              )}
              <span>
                {t.author.displayName}, <TimeAgo iso={t.lastActivityAt} prefix="active" />
              </span>
            </p>
            {!compact && t.tags.length > 0 && (
              <ul className="tag-list" aria-label="Tags">
                {t.tags.map((tag) => (
                  <li key={tag.id}>
                    <Link to={`/threads?tag=${encodeURIComponent(tag.name)}`} className="tag">
                      {tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
