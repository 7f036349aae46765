import { navigate, paths } from '../router.ts';
import { useSession } from '../state/session.ts';
import { Link } from './Link.tsx';

/** The generic council header: service name, and for staff their name and a way to sign out. */
export function Header() {
  const session = useSession((s) => s.session);
  const logout = useSession((s) => s.logout);
  const signOut = async () => {
    await logout().catch(() => undefined);
    navigate(paths.login(), { replace: true });
  };
  return (
    <header className="cr-header" role="banner">
      <a href="#main-content" className="cr-skip-link">
        Skip to main content
      </a>
      <div className="cr-header__container">
        {session?.kind === 'staff' ? (
          <Link href={paths.conferences()} className="cr-header__service">
            Conference Room
          </Link>
        ) : (
          <span className="cr-header__service">Conference Room</span>
        )}
        {session?.kind === 'staff' ? (
          <nav className="cr-header__nav" aria-label="Account">
            {session.user.role === 'admin' ? (
              <Link href={paths.admin()} className="cr-header__link">
                Administration
              </Link>
            ) : (
              <>
                <Link href={paths.conferences()} className="cr-header__link">
                  My conferences
                </Link>
                <Link href={paths.deadlines()} className="cr-header__link">
                  Deadlines
                </Link>
              </>
            )}
            <span className="cr-header__who">{session.user.name}</span>
            <button type="button" className="cr-header__button" onClick={() => void signOut()}>
              Sign out
            </button>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
