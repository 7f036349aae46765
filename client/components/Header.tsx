import { navigate, paths, usePath } from '../router.ts';
import { useSession } from '../state/session.ts';
import { useT } from '../i18n/useT.tsx';
import { Header as GovukHeader } from './govuk/Header.tsx';
import { SkipLink } from './govuk/SkipLink.tsx';
import { LanguageChooser } from './LanguageChooser.tsx';

/**
 * The skip link, then the generic council header (no crown) and the service navigation: for staff
 * their links, name and "Sign out"; for everyone the language chooser.
 */
export function Header() {
  const t = useT();
  const path = usePath();
  const session = useSession((s) => s.session);
  const logout = useSession((s) => s.logout);
  const signOut = async () => {
    await logout().catch(() => undefined);
    navigate(paths.login(), { replace: true });
  };
  const staff = session?.kind === 'staff' ? session.user : null;
  const links = !staff
    ? []
    : staff.role === 'admin'
      ? [{ href: paths.admin(), text: t('header.administration') }]
      : [
          { href: paths.conferences(), text: t('header.myConferences') },
          { href: paths.deadlines(), text: t('header.deadlines') },
        ];
  return (
    <>
      <SkipLink targetId="main-content">{t('header.skipLink')}</SkipLink>
      <GovukHeader
        homeHref={staff ? paths.conferences() : null}
        serviceName={t('app.name')}
        navigationLabel={t('header.menu')}
        navigation={links.map((l) => ({ ...l, current: l.href === path }))}
        endLabel={staff ? t('header.accountNav') : undefined}
        end={
          <>
            {staff ? (
              <>
                <span className="govuk-body-s cr-header__who">{staff.name}</span>
                <button type="button" className="govuk-body-s cr-header__sign-out" onClick={() => void signOut()}>
                  {t('header.signOut')}
                </button>
              </>
            ) : null}
            <LanguageChooser />
          </>
        }
      />
    </>
  );
}
