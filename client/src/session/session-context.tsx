import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MeQuery, SessionFieldsFragment } from '../gql/graphql';
import { clearSession, getSession, saveSession, subscribeSession } from './session-store';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      reputation
      role
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export type Viewer = MeQuery['me'];

interface SessionValue {
  /** Tokens are present; the viewer may still be loading. */
  signedIn: boolean;
  viewer: Viewer | null;
  loading: boolean;
  signIn(payload: SessionFieldsFragment): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const session = useSyncExternalStore(subscribeSession, getSession);
  const signedIn = session !== null;
  const me = useQuery(MeDocument, { skip: !signedIn });

  // Another tab (or a refused refresh) may end the session: forget what was loaded as that member.
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    // Queries of pages that go with the session are cut off mid-way: that rejection is expected.
    if (wasSignedIn.current && !signedIn) client.resetStore().catch(() => undefined);
    wasSignedIn.current = signedIn;
  }, [signedIn, client]);

  const signIn = useCallback(
    async (payload: SessionFieldsFragment) => {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: payload.user } });
      wasSignedIn.current = true;
      saveSession(payload);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    const current = getSession();
    // Revoke on the server first; sign out locally even if the server cannot be reached.
    if (current) await client.mutate({ mutation: LogoutDocument, variables: { refreshToken: current.refreshToken } }).catch(() => undefined);
    clearSession();
  }, [client]);

  const value = useMemo<SessionValue>(
    () => ({ signedIn, viewer: signedIn ? (me.data?.me ?? null) : null, loading: signedIn && me.loading, signIn, signOut }),
    [signedIn, me.data, me.loading, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
