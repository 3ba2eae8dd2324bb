import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';
import { useSession } from '../session/session-context';

export function HomePage() {
  usePageTitle(null);
  const { viewer, signedIn } = useSession();
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{viewer ? `Welcome back, ${viewer.displayName}` : 'Customers helping customers'}</h1>
        <p className="lead">
          Ask a question and members, certified experts and our webcare team answer it. Solved threads become knowledge for the next person who
          asks.
        </p>
        {!signedIn && (
          <p className="actions">
            <Link to="/register" className="button">
              Join the community
            </Link>
            <Link to="/signin" className="button button-secondary">
              Sign in
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
