import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../components/status';
import { useSession } from '../../session/session-context';

/** Admin pages: visitors sign in first; members and staff are told it is not for them. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { signedIn, viewer, loading } = useSession();
  const location = useLocation();
  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!viewer) return loading ? <Loading /> : null;
  if (viewer.role !== 'ADMIN') {
    return (
      <section>
        <h1>Admins only</h1>
        <p>This page is for administrators of this community.</p>
      </section>
    );
  }
  return <>{children}</>;
}
