import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { NotificationItemFragment } from '../gql/graphql';

export const NotificationItemFragmentDoc = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    count
    read
    summary
    updatedAt
    threadId
    answerId
    commentId
    caseId
    thread {
      id
      slug
    }
    category {
      id
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!, $read: Boolean) {
    markNotificationsRead(ids: $ids, read: $read)
  }
`);

const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

const STAFF_KINDS = new Set(['CASE_ASSIGNED', 'CASE_BREACHED', 'CASE_BREACH_SOON', 'MEMBER_REPLIED']);

/** Where a notification leads: the case for staff kinds, else the thread (at the answer); null when it is gone. */
export function notificationTarget(n: NotificationItemFragment): string | null {
  if (STAFF_KINDS.has(n.kind)) return n.caseId ? `/webcare/cases/${n.caseId}` : null;
  if (n.kind === 'CERTIFICATION_GRANTED') return n.category ? `/threads?category=${n.category.id}` : null;
  if (!n.thread) return null;
  const at = n.answerId && n.kind !== 'STAFF_REPLIED' && n.kind !== 'CASE_RESOLVED' ? `#answer-${n.answerId}` : '';
  return `/t/${n.thread.slug}${at}`;
}

function setUnread(cache: ApolloCache, change: (n: number) => number): void {
  cache.modify<{ unreadNotificationCount: number }>({ fields: { unreadNotificationCount: (n) => Math.max(0, change(n)) } });
}

/** Marks notifications read (or unread), moving the bell's count by what the server changed. */
export function useMarkRead(): (ids: string[], read?: boolean) => Promise<void> {
  const [mark] = useMutation(MarkNotificationsReadDocument);
  return useCallback(
    async (ids: string[], read = true) => {
      await mark({
        variables: { ids, read },
        update(cache, { data }) {
          for (const id of ids) cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { read: () => read } });
          const changed = data?.markNotificationsRead ?? 0;
          setUnread(cache, (n) => (read ? n - changed : n + changed));
        },
      });
    },
    [mark],
  );
}

export function useMarkAllRead(): { markAll(): Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const [mark, { loading }] = useMutation(MarkAllNotificationsReadDocument);
  const markAll = useCallback(async () => {
    await mark({
      update(cache) {
        // Every notification held anywhere in the cache is read now.
        for (const key of Object.keys(cache.extract() as Record<string, unknown>)) {
          if (key.startsWith('Notification:')) cache.modify({ id: key, fields: { read: () => true } });
        }
        setUnread(cache, () => 0);
      },
    });
    // Unread-only lists must drop what they showed.
    await client.refetchQueries({ include: ['NotificationsPage'] });
  }, [mark, client]);
  return { markAll, loading };
}

/**
 * A notification arrived (or a group grew): put it first in every cached inbox list and count it
 * once; the unread figure is fetched again, since a grown group was already counted.
 */
export function addNotificationToLists(cache: ApolloCache, id: string): void {
  cache.modify({
    fields: {
      notifications(value, { readField, toReference }) {
        const existing = value as unknown as { totalCount: number; edges: Array<{ node: Reference }> } | undefined;
        if (!existing?.edges) return value;
        const rest = existing.edges.filter((e) => readField('id', e.node) !== id);
        const isNew = rest.length === existing.edges.length;
        const node = toReference({ __typename: 'Notification', id });
        return { ...existing, totalCount: existing.totalCount + (isNew ? 1 : 0), edges: [{ __typename: 'NotificationEdge', node }, ...rest] } as unknown as typeof value;
      },
    },
  });
}
