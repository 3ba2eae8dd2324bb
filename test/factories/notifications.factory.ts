import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveHub } from '../../src/notifications/live/live-hub.js';
import type { TestApp } from '../support/test-app.js';
import type { TestMember } from './accounts.factory.js';

export const NOTIFICATION_FIELDS = `id kind count read summary threadId postId answerId commentId caseId reason action outcome milestone private slaClock
  actor { id } actors { id } thread { id title } category { id }`;

const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NOTIFICATION_FIELDS} } } }
}`;

/** A member's inbox, newest first. */
export async function inbox(t: TestApp, who: TestMember, opts: { unreadOnly?: boolean } = {}): Promise<any[]> {
  const res = await t.gql(who, INBOX, { first: 100, unreadOnly: opts.unreadOnly ?? false });
  if (res.errors) throw new Error(`notifications failed: ${JSON.stringify(res.errors)}`);
  return res.data.notifications.edges.map((e: { node: unknown }) => e.node);
}

/** Notifications of one kind in a member's inbox. */
export async function inboxOf(t: TestApp, who: TestMember, kind: string): Promise<any[]> {
  return (await inbox(t, who)).filter((n) => n.kind === kind);
}

export async function setPreference(t: TestApp, who: TestMember, kind: string, enabled: boolean): Promise<void> {
  const res = await t.gql(who, `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind enabled } }`, { input: { kind, enabled } });
  if (res.errors) throw new Error(`setNotificationPreference failed: ${JSON.stringify(res.errors)}`);
}

export interface LiveSubscription {
  events: any[];
  errors: unknown[];
  /** The close code when the server dropped the connection. */
  closedWith?: number;
  /** Resolves with the events once `n` have arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<any[]>;
  dispose(): Promise<void>;
}

/** A graphql-ws subscription on a listening test app, as a browser would open one. */
export function subscribe(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): LiveSubscription {
  const sub: LiveSubscription & { client?: Client } = {
    events: [],
    errors: [],
    async waitFor(n, ms = 10_000) {
      const until = Date.now() + ms;
      while (sub.events.length < n) {
        if (sub.errors.length || sub.closedWith) throw new Error(`subscription ended: ${sub.closedWith ?? ''} ${JSON.stringify(sub.errors)}`);
        if (Date.now() > until) throw new Error(`waited ${ms} ms for ${n} events, got ${sub.events.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return sub.events;
    },
    async dispose() {
      await sub.client?.dispose();
    },
  };
  sub.client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (e) => (sub.closedWith = (e as { code?: number }).code) },
    onNonLazyError: (e) => sub.errors.push(e),
  });
  sub.client.subscribe(
    { query, variables },
    {
      next: (value) => (value.errors ? sub.errors.push(...value.errors) : sub.events.push(value.data)),
      error: (e) => sub.errors.push(e),
      complete: () => undefined,
    },
  );
  return sub;
}

/** Waits until the app holds `n` live subscriptions on a topic, so that what follows reaches them. */
export async function untilSubscribed(t: TestApp, topic: string, n = 1, ms = 10_000): Promise<void> {
  const hub = t.app.get(LiveHub);
  const until = Date.now() + ms;
  while (hub.listenerCount(topic) < n) {
    if (Date.now() > until) throw new Error(`no subscription on ${topic} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Gives in-flight live messages time to arrive, for asserting that nothing came. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
