import { navigate, paths } from '../router.ts';
import { useSession } from '../state/session.ts';
import { useT } from '../i18n/useT.tsx';
import { LanguageChooser } from './LanguageChooser.tsx';
import { Link } from './Link.tsx';

/** The generic council header: service name, the language chooser, and for staff their name and a way to sign out. */
export function Header() {
  const t = useT();
  const session = useSession((s) => s.session);
  const logout = useSession((s) => s.logout);
  const signOut = async () => {
    await logout().catch(() => undefined);
    navigate(paths.login(), { replace: true });
  };
  return (
    <header className="cr-header" role="banner">
      <a href="#main-content" className="cr-skip-link">
        {t('header.skipLink')}
      </a>
      <div className="cr-header__container">
        {session?.kind === 'staff' ? (
          <Link href={paths.conferences()} className="cr-header__service">
            {t('app.name')}
          </Link>
        ) : (
          <span className="cr-header__service">{t('app.name')}</span>
        )}
        {session?.kind === 'staff' ? (
          <nav className="cr-header__nav" aria-label={t('header.accountNav')}>
            {session.user.role === 'admin' ? (
              <Link href={paths.admin()} className="cr-header__link">
                {t('header.administration')}
              </Link>
            ) : (
              <>
                <Link href={paths.conferences()} className="cr-header__link">
                  {t('header.myConferences')}
                </Link>
                <Link href={paths.deadlines()} className="cr-header__link">
                  {t('header.deadlines')}
                </Link>
              </>
            )}
            <span className="cr-header__who">{session.user.name}</span>
            <button type="button" className="cr-header__button" onClick={() => void signOut()}>
              {t('header.signOut')}
            </button>
          </nav>
        ) : null}
        <LanguageChooser />
      </div>
    </header>
  );
}
