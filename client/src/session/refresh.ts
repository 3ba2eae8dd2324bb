import { print } from 'graphql';
import { RefreshSessionDocument } from './operations';
import { clearSession, getSession, saveSession, type SessionTokens } from './session-store';

/** Refresh this long before the access token expires, so no request goes out with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;

let inflight: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Resolves true when a usable session exists afterwards,
 * false when the server refused it (the session is then cleared: the member is signed out).
 * Rejects on network trouble, keeping the session for a later try. `refused` is the access token
 * the server turned down: when the stored one differs, another request already renewed it.
 */
export function refreshSession(refused: string | undefined = getSession()?.accessToken): Promise<boolean> {
  inflight ??= withCrossTabLock(() => refreshOnce(refused)).finally(() => {
    inflight = null;
  });
  return inflight;
}

// Refresh tokens rotate on every use and reuse revokes the family, so two tabs must never refresh
// with the same token: serialise across tabs and skip when another tab already did the work.
function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('peerdesk.refresh-session', work) as Promise<T>) : work();
}

async function refreshOnce(seenAccessToken: string | undefined): Promise<boolean> {
  const current = getSession();
  if (!current) return false;
  if (seenAccessToken && current.accessToken !== seenAccessToken) return true;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionDocument), variables: { refreshToken: current.refreshToken } }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { refreshSession?: SessionTokens } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  } | null;
  const tokens = body?.data?.refreshSession;
  if (tokens) {
    saveSession(tokens);
    return true;
  }
  if (body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    clearSession();
    return false;
  }
  throw new Error(`could not renew the session (HTTP ${response.status})`);
}
