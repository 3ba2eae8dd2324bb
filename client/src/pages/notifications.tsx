import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { NotificationLink } from '../components/notifications-menu';
import { LoadMore } from '../components/load-more';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { TimeAgo } from '../components/time';
import { graphql } from '../gql';
import type { NotificationKind } from '../gql/graphql';
import { describeProblem, toProblem, type ApiProblem } from '../lib/api-errors';
import { usePageTitle } from '../lib/use-page-title';
import { UnreadNotificationCountDocument, useMarkAllRead, useMarkRead } from '../notifications/notification-ops';
import { useSession } from '../session/session-context';
import { useViewerScope } from '../session/viewer-scope';

const PAGE_SIZE = 20;

const NotificationsPageDocument = graphql(`
  query NotificationsPage($unreadOnly: Boolean!, $first: Int!, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      enabled
    }
  }
`);

const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      enabled
    }
  }
`);

// What each kind means, as a member would say it; staff kinds are shown to staff only.
const KIND_WORDS: Array<[NotificationKind, string, 'all' | 'staff']> = [
  ['NEW_ANSWER', 'Answers to my questions', 'all'],
  ['FOLLOWED_THREAD_ANSWER', 'Answers on threads I follow', 'all'],
  ['COMMENT_ON_POST', 'Comments on my questions and answers', 'all'],
  ['MENTION', 'Someone mentions me by name', 'all'],
  ['ANSWER_ACCEPTED', 'My answer is accepted', 'all'],
  ['VOTE_MILESTONE', 'My post reaches a score of 10, 25 or 100', 'all'],
  ['CERTIFICATION_GRANTED', 'I am certified as an expert', 'all'],
  ['FLAG_OUTCOME', 'Moderators decide on a post I flagged', 'all'],
  ['POST_MODERATED', 'A moderator hides, closes, locks or moves my post', 'all'],
  ['STAFF_REPLIED', 'Staff reply to my request for help', 'all'],
  ['CASE_RESOLVED', 'My request for help is resolved', 'all'],
  ['CASE_ASSIGNED', 'A case is assigned to me', 'staff'],
  ['MEMBER_REPLIED', 'The member replies on a case of mine', 'staff'],
  ['CASE_BREACH_SOON', 'A case of mine is due within 15 minutes', 'staff'],
  ['CASE_BREACHED', 'A case of mine (or my team’s) misses its SLA', 'staff'],
];

function Preferences() {
  const id = useId();
  const scope = useViewerScope();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesDocument);
  const [save] = useMutation(SetNotificationPreferenceDocument);
  const [saving, setSaving] = useState<NotificationKind | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ kind: NotificationKind; problem: ApiProblem } | null>(null);
  const enabled = new Map(data?.notificationPreferences.map((p) => [p.kind, p.enabled]));
  const kinds = KIND_WORDS.filter(([, , who]) => who === 'all' || scope.isStaff);

  const toggle = async (kind: NotificationKind, label: string, on: boolean) => {
    setSaving(kind);
    setSaved(null);
    setProblem(null);
    try {
      // Kept by kind in the cache (apollo.ts): the answer updates the box.
      await save({
        variables: { input: { kind, enabled: on } },
        optimisticResponse: { setNotificationPreference: { __typename: 'NotificationPreference', kind, enabled: on } },
      });
      setSaved(`${label}: ${on ? 'on' : 'off'}.`);
    } catch (err) {
      const p = toProblem(err);
      if (p) setProblem({ kind, problem: p });
    } finally {
      setSaving(null);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>What to notify me of</h2>
      {loading && !data ? (
        <Loading label="Loading your settings…" />
      ) : error && !data ? (
        <ErrorNotice error={error} retry={() => void refetch()} />
      ) : (
        <fieldset className="preference-list">
          <legend className="visually-hidden">Notify me when</legend>
          {kinds.map(([kind, label]) => (
            <div key={kind} className="preference">
              <input
                type="checkbox"
                id={`${id}-${kind}`}
                checked={enabled.get(kind) ?? true}
                disabled={saving === kind}
                onChange={(e) => void toggle(kind, label, e.target.checked)}
              />
              <label htmlFor={`${id}-${kind}`}>{label}</label>
              {problem?.kind === kind && (
                <p className="field-error" role="alert">
                  {describeProblem(problem.problem)}
                </p>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <p role="status" className="meta">
        {saved ? `Saved. ${saved}` : ''}
      </p>
    </section>
  );
}

export function NotificationsPage() {
  usePageTitle('Notifications');
  const id = useId();
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsPageDocument, {
    variables: { unreadOnly, first: PAGE_SIZE },
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
  });
  const count = useQuery(UnreadNotificationCountDocument, { skip: !signedIn });
  const markRead = useMarkRead();
  const { markAll, loading: markingAll } = useMarkAllRead();
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  if (!signedIn) return <Navigate to="/signin?next=%2Fnotifications" replace />;

  const run = async (work: () => Promise<void>) => {
    setProblem(null);
    try {
      await work();
    } catch (err) {
      setProblem(toProblem(err));
    }
  };

  const unread = count.data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby={`${id}-title`} className="notifications-page">
      <div className="page-head">
        <h1 id={`${id}-title`}>Notifications</h1>
        <button type="button" className="button button-secondary" onClick={() => void run(markAll)} disabled={markingAll || unread === 0}>
          Mark all read
        </button>
      </div>
      <div className="notifications-columns">
        <div>
          <nav aria-label="Which notifications" className="tab-links">
            <Link to="/notifications" aria-current={unreadOnly ? undefined : 'page'}>
              All
            </Link>
            <Link to="/notifications?unread=1" aria-current={unreadOnly ? 'page' : undefined}>
              Unread{unread > 0 ? ` (${unread})` : ''}
            </Link>
          </nav>
          <div role="status">{problem && <p className="notice notice-error">{describeProblem(problem)}</p>}</div>
          {loading && !data ? (
            <Loading label="Loading notifications…" />
          ) : error && !data ? (
            <ErrorNotice error={error} retry={() => void refetch()} />
          ) : items.length ? (
            <>
              <p className="results-count">
                {data?.notifications.totalCount === 1 ? '1 notification' : `${data?.notifications.totalCount} notifications`}
                {unreadOnly ? ' unread' : ''}
              </p>
              <ul className="notification-list card" aria-label={unreadOnly ? 'Unread notifications' : 'All notifications'}>
                {items.map((n) => (
                  <li key={n.id} className={n.read ? 'notification' : 'notification notification-unread'}>
                    <NotificationLink n={n} />
                    <div className="notification-row">
                      <span className="notification-meta">
                        <TimeAgo iso={n.updatedAt} />
                        {n.read ? '' : ' · unread'}
                      </span>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`${n.read ? 'Mark unread' : 'Mark read'}: ${n.summary}`}
                        onClick={() => void run(() => markRead([n.id], !n.read))}
                      >
                        {n.read ? 'Mark unread' : 'Mark read'}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
              <LoadMore
                hasMore={!!data?.notifications.pageInfo.hasNextPage}
                label="Show older notifications"
                onLoadMore={() => fetchMore({ variables: { after: data?.notifications.pageInfo.endCursor } })}
              />
            </>
          ) : (
            <EmptyState title={unreadOnly ? 'Nothing unread.' : 'No notifications yet.'}>
              <p>Answers to your questions, replies to your posts and news about threads you follow show up here.</p>
            </EmptyState>
          )}
        </div>
        <Preferences />
      </div>
    </section>
  );
}
