import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { NotificationItemFragment } from '../gql/graphql';
import { describeProblem, toProblem } from '../lib/api-errors';
import { useLiveReconnect, useLiveStatus } from '../live/use-live';
import { addNotificationToLists, notificationTarget, UnreadNotificationCountDocument, useMarkAllRead, useMarkRead } from '../notifications/notification-ops';
import { ErrorNotice, Loading } from './status';
import { TimeAgo } from './time';

const MENU_SIZE = 8;
// Without the live connection the count still moves, slowly.
const FALLBACK_POLL_MS = 60_000;

const NotificationsMenuDocument = graphql(`
  query NotificationsMenu($first: Int!) {
    notifications(first: $first) {
      totalCount
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function unreadLabel(count: number): string {
  return count > 0 ? `Notifications, ${count} unread` : 'Notifications';
}

/** One inbox line: the server's summary, linking to what it is about; opening it marks it read. */
export function NotificationLink({ n, onOpen }: { n: NotificationItemFragment; onOpen?: () => void }) {
  const markRead = useMarkRead();
  const target = notificationTarget(n);
  const text = (
    <>
      {!n.read && <span className="visually-hidden">Unread: </span>}
      {n.summary}
    </>
  );
  if (!target) return <span className="notification-summary">{text}</span>;
  return (
    <Link
      to={target}
      className="notification-summary"
      onClick={() => {
        if (!n.read) void markRead([n.id]).catch(() => undefined);
        onOpen?.();
      }}
    >
      {text}
    </Link>
  );
}

/** The bell in the header: unread count, the latest notifications, live through notificationAdded. */
export function NotificationsMenu() {
  const id = useId();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const liveStatus = useLiveStatus();
  const count = useQuery(UnreadNotificationCountDocument, { pollInterval: liveStatus === 'down' ? FALLBACK_POLL_MS : 0 });
  // Refetches end in an error when the menu goes (signing out): nothing to tell anyone then.
  useLiveReconnect(() => void count.refetch().catch(() => undefined));
  const list = useQuery(NotificationsMenuDocument, { variables: { first: MENU_SIZE }, skip: !open, fetchPolicy: 'cache-and-network' });
  const { markAll, loading: markingAll } = useMarkAllRead();

  useSubscription(NotificationAddedDocument, {
    onData: ({ client, data }) => {
      const added = data.data?.notificationAdded;
      if (!added) return;
      addNotificationToLists(client.cache, added.id);
      void count.refetch().catch(() => undefined);
    },
  });

  // A new page closes the menu.
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  // A click elsewhere closes it, leaving focus where the click put it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onMarkAll = async () => {
    setProblem(null);
    try {
      await markAll();
    } catch (error) {
      const p = toProblem(error);
      setProblem(p ? describeProblem(p) : 'Could not mark them read.');
    }
  };

  const unread = count.data?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications.edges.map((e) => e.node).slice(0, MENU_SIZE) ?? [];
  return (
    <div
      className="notifications-menu"
      ref={wrapper}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the menu closes it.
        if (open && event.relatedTarget && !wrapper.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button ref={button} type="button" className="bell-button" aria-expanded={open} aria-controls={`${id}-panel`} aria-label={unreadLabel(unread)} onClick={() => setOpen(!open)}>
        <BellIcon />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="unread-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <div id={`${id}-panel`} className="notifications-panel" role="region" aria-labelledby={`${id}-title`} hidden={!open}>
        {open && (
          <>
            <div className="notifications-panel-head">
              <h2 id={`${id}-title`}>Notifications</h2>
              <button type="button" className="link-button" onClick={() => void onMarkAll()} disabled={markingAll || unread === 0}>
                Mark all read
              </button>
            </div>
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
            {list.loading && !list.data ? (
              <Loading label="Loading notifications…" />
            ) : list.error && !list.data ? (
              <ErrorNotice error={list.error} retry={() => void list.refetch()} />
            ) : items.length ? (
              <ul className="notification-list notification-list-compact">
                {items.map((n) => (
                  <li key={n.id} className={n.read ? 'notification' : 'notification notification-unread'}>
                    <NotificationLink n={n} onOpen={() => setOpen(false)} />
                    <TimeAgo iso={n.updatedAt} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="meta">Nothing yet. Answers to your questions and replies to your posts show up here.</p>
            )}
            <p className="notifications-panel-foot">
              <Link to="/notifications">All notifications and settings</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
