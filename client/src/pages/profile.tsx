import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { EmptyState, ErrorNotice, Loading } from '../components/status';
import { graphql } from '../gql';
import { toProblem } from '../lib/api-errors';
import { formatDate, roleName } from '../lib/format';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found';

const ProfileDocument = graphql(`
  query Profile($id: ID!) {
    user(id: $id) {
      id
      displayName
      reputation
      role
      bio
      createdAt
    }
  }
`);

export function ProfilePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProfileDocument, { variables: { id } });
  const user = data?.user;
  usePageTitle(user?.displayName ?? 'Member');

  if (loading && !user) return <Loading label="Loading profile…" />;
  if (toProblem(error)?.code === 'NOT_FOUND') return <NotFoundPage what="member" />;
  if (error || !user) return <ErrorNotice error={error} title="This profile could not be loaded" retry={() => void refetch()} />;

  return (
    <article className="profile" aria-labelledby="profile-name">
      <header className="profile-header card">
        <div className="avatar" aria-hidden="true">
          {user.displayName.slice(0, 1).toUpperCase()}
        </div>
        <div>
          <h1 id="profile-name">{user.displayName}</h1>
          <p className="meta">
            {roleName(user.role)} · member since {formatDate(user.createdAt)}
          </p>
        </div>
        <dl className="stats">
          <div>
            <dt>Reputation</dt>
            <dd data-testid="profile-reputation">{user.reputation}</dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="about-title" className="card">
        <h2 id="about-title">About</h2>
        {user.bio ? <p className="bio">{user.bio}</p> : <EmptyState title={`${user.displayName} has not written anything about themselves yet.`} />}
      </section>
    </article>
  );
}
