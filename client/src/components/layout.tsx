import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/session-context';
import { useViewerScope } from '../session/viewer-scope';

// Members only: visitors never download the bell, its queries or the live connection.
const NotificationsMenu = lazy(() => import('./notifications-menu').then((m) => ({ default: m.NotificationsMenu })));

function ViewerMenu() {
  const { signedIn, viewer, loading, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [signingOut, setSigningOut] = useState(false);

  if (!signedIn) {
    // Come back here after signing in, unless we are on an account page already.
    const next = ['/signin', '/register'].includes(location.pathname) ? undefined : location.pathname + location.search;
    const query = next && next !== '/' ? `?next=${encodeURIComponent(next)}` : '';
    return (
      <ul className="account-links">
        <li>
          <NavLink to={`/signin${query}`}>Sign in</NavLink>
        </li>
        <li>
          <NavLink to={`/register${query}`} className="button button-small">
            Register
          </NavLink>
        </li>
      </ul>
    );
  }

  const onSignOut = async () => {
    setSigningOut(true);
    await signOut();
    setSigningOut(false);
    navigate('/');
  };

  return (
    <ul className="account-links">
      <li>
        {viewer ? (
          <Link to={`/members/${viewer.id}`} className="viewer" data-testid="viewer">
            <span className="viewer-name">{viewer.displayName}</span>
            <span className="reputation" aria-label={`${viewer.reputation} reputation`}>
              {viewer.reputation}
            </span>
          </Link>
        ) : (
          <span className="viewer viewer-loading">{loading ? 'Loading…' : ''}</span>
        )}
      </li>
      <li>
        <button type="button" className="button button-small button-secondary" onClick={onSignOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </li>
    </ul>
  );
}

export function Layout() {
  const id = useId();
  const location = useLocation();
  const { signedIn } = useSession();
  const scope = useViewerScope();
  const mainRef = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  // Phones: the account links and staff tools sit behind one menu button, so the header stays two rows.
  const [menuOpen, setMenuOpen] = useState(false);
  const staffTools = scope.isStaff || scope.moderatesAny;

  // After client-side navigation move focus to the new page's heading, as a page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      mainRef.current?.focus();
    }
  }, [location.pathname]);

  const onHeaderKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className={`site-header${menuOpen ? ' menu-open' : ''}`} onKeyDown={onHeaderKeyDown}>
        <div className="header-inner">
          <Link to="/" className="brand">
            Peerdesk
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink to="/threads">Threads</NavLink>
              </li>
              <li>
                <NavLink to="/search">Search</NavLink>
              </li>
              <li>
                <NavLink to="/articles">Knowledge</NavLink>
              </li>
              <li>
                <NavLink to="/ask">
                  Ask<span className="phone-hidden"> a question</span>
                </NavLink>
              </li>
            </ul>
          </nav>
          {signedIn && (
            <div className="header-tools">
              <Suspense fallback={<span className="bell-placeholder" />}>
                <NotificationsMenu />
              </Suspense>
              <button
                ref={menuButton}
                type="button"
                className="menu-button"
                aria-expanded={menuOpen}
                aria-controls={`${id}-account${staffTools ? ` ${id}-staff` : ''}`}
                onClick={() => setMenuOpen(!menuOpen)}
              >
                <span aria-hidden="true" className="menu-icon" />
                Menu
              </button>
            </div>
          )}
          <nav aria-label="Account" className="account-nav" id={`${id}-account`}>
            <ViewerMenu />
          </nav>
        </div>
        {/* Staff and experts get their tools on a row of their own, so the main row stays short. */}
        {staffTools && (
          <nav aria-label="Staff tools" className="staff-nav" id={`${id}-staff`}>
            <ul className="header-inner">
              {scope.isStaff && (
                <li>
                  <NavLink to="/webcare">Webcare</NavLink>
                </li>
              )}
              {scope.moderatesAny && (
                <li>
                  <NavLink to="/review">Review</NavLink>
                </li>
              )}
              {scope.isStaff && (
                <li>
                  <NavLink to="/moderation/log">Moderation log</NavLink>
                </li>
              )}
              {scope.isStaff && (
                <li>
                  <NavLink to="/analytics">Analytics</NavLink>
                </li>
              )}
              {scope.isAdmin && (
                <li>
                  <NavLink to="/admin">Admin</NavLink>
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Peerdesk: customers helping customers, with experts and webcare behind them.</p>
      </footer>
    </>
  );
}
