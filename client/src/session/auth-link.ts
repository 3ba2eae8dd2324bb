import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { catchError, from, mergeMap, of, switchMap, throwError, type Observable } from 'rxjs';
import { REFRESH_MARGIN_MS, refreshSession } from './refresh';
import { getSession } from './session-store';

// These carry their own credentials (or none); a refresh around them would be wrong or circular.
const SESSIONLESS_OPERATIONS = new Set(['Login', 'Register', 'RefreshSession', 'Logout']);

function isUnauthenticated(result: ApolloLink.Result): boolean {
  return 'errors' in result && !!result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Sends the access token, renewing it first when it is about to expire; when the server still
 * answers UNAUTHENTICATED, refreshes once and retries once. If the refresh is refused the member
 * is signed out and the retry goes without a token, so public data still loads.
 */
export const authLink = new ApolloLink((operation, forward) => {
  if (SESSIONLESS_OPERATIONS.has(operation.operationName ?? '')) return forward(operation);
  // Asked as a visitor on purpose (the shared thread page): no token, so the server's cache answers.
  if ((operation.getContext() as { anonymous?: boolean }).anonymous) return forward(operation);

  // The token this request last went out with: a refresh is needed only if it is still the stored one.
  let sentWith: string | undefined;
  const send = (): Observable<ApolloLink.Result> => {
    const session = getSession();
    sentWith = session?.accessToken;
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
      const { authorization: _previous, ...rest } = headers;
      return { headers: session ? { ...rest, authorization: `Bearer ${session.accessToken}` } : rest };
    });
    return forward(operation);
  };

  const retryAfterRefresh = (): Observable<ApolloLink.Result> =>
    from(refreshSession(sentWith).catch(() => false)).pipe(switchMap(() => send()));

  const hadSession = () => getSession() !== null;

  const first = from(ensureFresh()).pipe(switchMap(() => send()));
  let retried = false;
  return first.pipe(
    catchError((error: unknown) => {
      if (!retried && hadSession() && ServerError.is(error) && error.statusCode === 401) {
        retried = true;
        return retryAfterRefresh();
      }
      return throwError(() => error);
    }),
    mergeMap((result) => {
      if (!retried && hadSession() && isUnauthenticated(result)) {
        retried = true;
        return retryAfterRefresh();
      }
      return of(result);
    }),
  );
});

async function ensureFresh(): Promise<void> {
  const session = getSession();
  if (!session || session.expiresAt - Date.now() > REFRESH_MARGIN_MS) return;
  // A failed refresh is not fatal here: the request goes out and the retry path decides.
  await refreshSession().catch(() => false);
}
