import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { Client } from 'graphql-ws';
import { defer, from, switchMap } from 'rxjs';
import { REFRESH_MARGIN_MS, refreshSession } from '../session/refresh';
import { getSession, subscribeSession } from '../session/session-store';

/**
 * Live updates: GraphQL subscriptions over graphql-ws at /graphql. The server authenticates the
 * connection once, with the access token in connectionParams, and closes it (4403) when that
 * token no longer holds. So the socket is opened only for a signed-in member, always with a fresh
 * token, and opened again when the token was refreshed or refused. Messages missed while it was
 * down are not replayed: pages refetch after a reconnect (useLiveReconnect).
 */

export type LiveStatus = 'off' | 'connecting' | 'connected' | 'down';

// graphql-ws: the server refused the token; our own close code for "reconnect with the new token".
const FORBIDDEN = 4403;
const RESTART = 4205;

let status: LiveStatus = 'off';
const listeners = new Set<() => void>();

function setStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

export function getLiveStatus(): LiveStatus {
  return status;
}

export function subscribeLiveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let client: Promise<Client> | null = null;
let socket: WebSocket | null = null;
// The token the open connection was authenticated with, and the last one the server refused.
let openedWith: string | undefined;
let refused: string | undefined;
let restarting = false;
// While a connection is being authenticated; it reads the session itself, so changes wait for `connected`.
let negotiating = false;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let watchingSession = false;

async function connectionParams(): Promise<Record<string, string>> {
  negotiating = true;
  try {
    return await freshParams();
  } finally {
    negotiating = false;
  }
}

async function freshParams(): Promise<Record<string, string>> {
  let session = getSession();
  if (session && (refused === session.accessToken || session.expiresAt - Date.now() < REFRESH_MARGIN_MS)) {
    // A network failure keeps the old token: the server refuses it again and we retry later.
    await refreshSession(session.accessToken).catch(() => false);
    session = getSession();
  }
  // Signed out meanwhile: fail the connection (graphql-ws ends the subscriptions).
  if (!session) throw new Error('Live updates need a signed-in member');
  openedWith = session.accessToken;
  return { authorization: `Bearer ${session.accessToken}` };
}

// Backoff for a server or network that went away; an intended restart reconnects at once.
async function retryWait(retries: number): Promise<void> {
  if (restarting) {
    restarting = false;
    return;
  }
  const ms = Math.min(30_000, 1000 * 2 ** retries) + Math.floor(Math.random() * 1000);
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reconnects with the current token (after a refresh, or as another member). */
function restart(): void {
  if (socket && socket.readyState === WebSocket.OPEN) {
    restarting = true;
    socket.close(RESTART, 'Client restart');
  }
  // Still connecting: connectionParams reads the session as it is then, and `connected` re-checks.
}

// Renew the session shortly before the token expires, so the server never has to close on us;
// the session change that follows restarts the connection with the new token.
function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  const session = getSession();
  if (!session) return;
  const inMs = Math.max(0, session.expiresAt - Date.now() - REFRESH_MARGIN_MS);
  refreshTimer = setTimeout(() => void refreshSession(session.accessToken).catch(() => false), inMs);
}

function onSessionChange(): void {
  const session = getSession();
  if (!session) {
    stop();
    return;
  }
  if (!negotiating && openedWith && session.accessToken !== openedWith) restart();
}

function stop(): void {
  clearTimeout(refreshTimer);
  const current = client;
  client = null;
  wsLink = null;
  socket = null;
  openedWith = undefined;
  refused = undefined;
  setStatus('off');
  void current?.then((c) => c.dispose());
}

function liveClient(): Promise<Client> {
  if (!watchingSession) {
    watchingSession = true;
    subscribeSession(onSessionChange);
  }
  // Loaded on first use: visitors never subscribe, so they never download it.
  client ??= import('graphql-ws').then(({ createClient }) => {
    const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
    const created = createClient({
      url,
      connectionParams,
      lazy: true,
      lazyCloseTimeout: 5000,
      keepAlive: 25_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait,
      on: {
        connecting: () => {
          if (status === 'off') setStatus('connecting');
        },
        opened: (s) => {
          socket = s as WebSocket;
        },
        connected: () => {
          setStatus('connected');
          refused = undefined;
          const session = getSession();
          if (session && session.accessToken !== openedWith) restart();
          else scheduleRefresh();
        },
        closed: (event) => {
          clearTimeout(refreshTimer);
          socket = null;
          const code = (event as { code?: number } | null)?.code;
          if (code === FORBIDDEN) refused = openedWith;
          // A lazy close (no subscriptions left) is not an outage.
          if (client && code !== 1000) setStatus(restarting ? 'connecting' : 'down');
          else if (code === 1000) setStatus('off');
        },
      },
    });
    return created;
  });
  return client;
}

let wsLink: Promise<ApolloLink> | null = null;

function currentWsLink(): Promise<ApolloLink> {
  const c = liveClient();
  wsLink ??= c.then((created) => new GraphQLWsLink(created));
  return wsLink;
}

/** Terminating link for subscription operations; nothing is sent for a visitor. */
export const liveLink = new ApolloLink((operation, forward) =>
  defer(() => {
    if (!getSession()) throw new Error('Live updates need a signed-in member');
    return from(currentWsLink());
  }).pipe(switchMap((link) => link.request(operation, forward))),
);
