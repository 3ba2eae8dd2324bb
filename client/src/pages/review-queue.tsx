import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { LoadMore } from '../components/load-more';
import { RenderedHtml } from '../components/rendered-html';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { TimeAgo } from '../components/time';
import { graphql } from '../gql';
import type { ReviewAction, ReviewDecision, ReviewQueueQuery, ReviewStatus } from '../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../lib/api-errors';
import { formatDate } from '../lib/format';
import { FLAG_REASON_WORDS } from '../lib/moderation-words';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';
import { useViewerScope } from '../session/viewer-scope';

const ReviewQueueDocument = graphql(`
  query ReviewQueue($status: ReviewStatus!, $after: String) {
    reviewQueue(status: $status, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          postKind
          postId
          status
          weight
          autoHidden
          version
          createdAt
          category {
            id
            name
          }
          thread {
            id
            slug
            title
            bodyHtml
            status
          }
          answer {
            id
            bodyHtml
          }
          comment {
            id
            bodyHtml
          }
          author {
            id
            displayName
          }
          authorRecord {
            reputation
            hiddenPosts
            helpfulFlagsAgainst
            suspendedUntil
          }
          flags {
            id
            reason
            comment
            duplicateOfId
            weight
            status
            createdAt
            flagger {
              id
              displayName
              helpfulFlags
            }
          }
          history {
            action
            status
            note
            createdAt
          }
        }
      }
    }
  }
`);

const ResolveReviewItemDocument = graphql(`
  mutation ResolveReviewItem($input: ResolveReviewInput!) {
    resolveReviewItem(input: $input) {
      id
      status
      version
    }
  }
`);

type Item = ReviewQueueQuery['reviewQueue']['edges'][number]['node'];

const TABS: Array<[ReviewStatus, string]> = [
  ['PENDING', 'Waiting'],
  ['APPROVED', 'Agreed'],
  ['REJECTED', 'Dismissed'],
];

const KIND_WORDS: Record<Item['postKind'], string> = { QUESTION: 'Question', ANSWER: 'Answer', COMMENT: 'Comment' };

interface Choice {
  decision: ReviewDecision;
  action: ReviewAction;
  label: string;
  done: string;
}

// The one-click decisions this item allows; the most likely one (by the flags' reasons) comes first.
function choicesFor(item: Item): Choice[] {
  const question = item.postKind === 'QUESTION';
  const reasons = item.flags.map((f) => f.reason);
  const choices: Choice[] = [{ decision: 'AGREE', action: 'HIDE', label: 'Agree and hide', done: 'Agreed; the post is hidden.' }];
  if (question && reasons.includes('DUPLICATE')) choices.unshift({ decision: 'AGREE', action: 'MARK_DUPLICATE', label: 'Agree: mark as duplicate', done: 'Agreed; marked as duplicate.' });
  if (question) {
    const close: Choice = { decision: 'AGREE', action: 'CLOSE', label: 'Agree and close', done: 'Agreed; the thread is closed.' };
    if (reasons.includes('OFF_TOPIC')) choices.unshift(close);
    else choices.push(close);
  }
  choices.push(
    { decision: 'AGREE', action: 'DELETE', label: 'Agree and delete', done: 'Agreed; the post is deleted.' },
    { decision: 'AGREE', action: 'NONE', label: 'Agree, no action', done: 'Agreed; the flags count as helpful.' },
    { decision: 'DISMISS', action: 'NONE', label: 'Dismiss', done: 'Dismissed; the flags are declined.' },
  );
  return choices;
}

function ReviewCard({ item, onResolved }: { item: Item; onResolved(message: string): void }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const client = useApolloClient();
  const [resolve, { loading }] = useMutation(ResolveReviewItemDocument, { refetchQueries: ['ReviewQueue'], awaitRefetchQueries: true });
  const html = item.postKind === 'ANSWER' ? item.answer?.bodyHtml : item.postKind === 'COMMENT' ? item.comment?.bodyHtml : item.thread.bodyHtml;
  const record = item.authorRecord;
  const pending = item.status === 'PENDING';
  const title = `${KIND_WORDS[item.postKind]} by ${item.author.displayName}`;

  const decide = async (choice: Choice) => {
    setProblem(null);
    try {
      await resolve({ variables: { input: { reviewItemId: item.id, version: item.version, decision: choice.decision, action: choice.action, note: note.trim() || undefined } } });
      onResolved(`${title}: ${choice.done}`);
    } catch (error) {
      const p = toProblem(error);
      setProblem(p);
      // Another moderator decided first: show the queue as it is now.
      if (p?.code === 'CONFLICT') {
        onResolved(`${title}: someone else acted on it meanwhile; the queue shows it as it is now.`);
        void client.refetchQueries({ include: ['ReviewQueue'] });
      }
    }
  };

  return (
    <li className="card review-item" aria-labelledby={`${id}-title`}>
      <div className="review-head">
        <h2 id={`${id}-title`} className="review-title">
          {title}
        </h2>
        <p className="meta">
          in <Link to={`/t/${item.thread.slug}`}>{item.thread.title}</Link> · {item.category.name} · first flagged <TimeAgo iso={item.createdAt} />
        </p>
        <p className="marks">
          <span className="badge">Flag weight {item.weight}</span>
          {item.autoHidden && <span className="badge badge-hidden">Hidden automatically</span>}
        </p>
      </div>
      <div className="review-post">
        {item.postKind === 'QUESTION' && <p className="review-post-title">{item.thread.title}</p>}
        {html ? <RenderedHtml html={html} /> : <p className="meta">The post is no longer available.</p>}
      </div>
      <div className="review-columns">
        <section aria-label={`Flags on the ${item.postKind.toLowerCase()}`}>
          <h3>{item.flags.length === 1 ? '1 flag' : `${item.flags.length} flags`}</h3>
          <ul className="flag-list">
            {item.flags.map((f) => (
              <li key={f.id}>
                <strong>{FLAG_REASON_WORDS[f.reason] ?? f.reason}</strong> by <Link to={`/members/${f.flagger.id}`}>{f.flagger.displayName}</Link>{' '}
                <span className="meta">
                  ({f.flagger.helpfulFlags} helpful flags, weight {f.weight}) <TimeAgo iso={f.createdAt} />
                </span>
                {f.comment && <p className="flag-comment">“{f.comment}”</p>}
                {f.duplicateOfId && (
                  <p>
                    Original: <Link to={`/t/${f.duplicateOfId}`}>the thread it duplicates</Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={`Record of ${item.author.displayName}`}>
          <h3>
            Author: <Link to={`/members/${item.author.id}`}>{item.author.displayName}</Link>
          </h3>
          <dl className="record">
            <div>
              <dt>Reputation</dt>
              <dd>{record.reputation}</dd>
            </div>
            <div>
              <dt>Hidden posts</dt>
              <dd>{record.hiddenPosts}</dd>
            </div>
            <div>
              <dt>Upheld flags against</dt>
              <dd>{record.helpfulFlagsAgainst}</dd>
            </div>
            {record.suspendedUntil && (
              <div>
                <dt>Suspended until</dt>
                <dd>{formatDate(record.suspendedUntil)}</dd>
              </div>
            )}
          </dl>
        </section>
      </div>
      {pending ? (
        <div className="review-decide">
          <div className="field">
            <label htmlFor={`${id}-note`}>Note (optional, kept with the decision)</label>
            <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="review-actions" role="group" aria-label={`Decide on the ${title.toLowerCase()}`}>
            {choicesFor(item).map((c, i) => (
              <button key={`${c.decision}-${c.action}`} type="button" className={`button button-small${i === 0 ? '' : ' button-secondary'}`} disabled={loading} onClick={() => void decide(c)}>
                {c.label}
              </button>
            ))}
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {describeProblem(problem)}
            </p>
          )}
        </div>
      ) : (
        <ol className="review-history" aria-label="Decisions">
          {item.history.map((h, i) => (
            <li key={i}>
              <TimeAgo iso={h.createdAt} />: {h.action.replace(/[:_]/g, ' ')}
              {h.note ? ` (“${h.note}”)` : ''}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

export function ReviewQueuePage() {
  usePageTitle('Review queue');
  const { signedIn } = useSession();
  const scope = useViewerScope();
  const [params] = useSearchParams();
  const status = (TABS.find(([s]) => s === params.get('status'))?.[0] ?? 'PENDING') as ReviewStatus;
  const [message, setMessage] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(ReviewQueueDocument, { variables: { status }, skip: !signedIn, fetchPolicy: 'cache-and-network' });

  if (!signedIn) return <Navigate to="/signin?next=%2Freview" replace />;
  const items = data?.reviewQueue.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby="review-title">
      <div className="page-head">
        <h1 id="review-title">Review queue</h1>
      </div>
      <p className="lead">{scope.isStaff ? 'Flagged posts in every category.' : 'Flagged posts in the categories where you are an expert.'}</p>
      <nav aria-label="Review status" className="tab-links">
        {TABS.map(([s, label]) => (
          <Link key={s} to={s === 'PENDING' ? '/review' : `/review?status=${s}`} aria-current={s === status ? 'page' : undefined} onClick={() => setMessage(null)}>
            {label}
          </Link>
        ))}
      </nav>
      <div role="status" className="review-message">
        {message && <p className="notice notice-success">{message}</p>}
      </div>
      {loading && !data ? (
        <Loading label="Loading the review queue…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : items.length ? (
        <>
          <p className="results-count">{data?.reviewQueue.totalCount === 1 ? '1 item' : `${data?.reviewQueue.totalCount} items`}</p>
          <ol className="review-list">
            {items.map((item) => (
              <ReviewCard key={item.id} item={item} onResolved={setMessage} />
            ))}
          </ol>
          <LoadMore hasMore={!!data?.reviewQueue.pageInfo.hasNextPage} label="Show more items" onLoadMore={() => fetchMore({ variables: { after: data?.reviewQueue.pageInfo.endCursor } })} />
        </>
      ) : (
        <EmptyState title={status === 'PENDING' ? 'Nothing to review. Thank you!' : 'No decided items yet.'}>
          {!scope.moderatesAny && <p>Only staff and certified experts review flags.</p>}
        </EmptyState>
      )}
    </section>
  );
}
