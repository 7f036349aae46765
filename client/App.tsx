import { useEffect, useMemo } from 'react';
import { Header } from './components/Header.tsx';
import { GovukTextProvider } from './components/govuk/GovukText.tsx';
import { useFocusHeadingOnNavigate } from './components/useFocusHeadingOnNavigate.ts';
import { useT } from './i18n/useT.tsx';
import { matchRoute, usePath } from './router.ts';
import { Outlet } from './routes.tsx';
import { useSession } from './state/session.ts';

/** The shell: header and the route outlet. The projector is full screen, without a header. */
export function App() {
  const path = usePath();
  const route = matchRoute(path);
  useFocusHeadingOnNavigate(path);
  const load = useSession((s) => s.load);
  const t = useT();
  // The words the GOV.UK components add themselves (the "Error:" before a field's message, and so on).
  const govukText = useMemo(() => ({ errorPrefix: t('errors.prefix'), warningPrefix: t('warningText.prefix'), errorSummaryTitle: t('errorSummary.title') }), [t]);
  useEffect(() => {
    // Load once; the join screen sets the session itself after redeeming the link.
    if (matchRoute(window.location.pathname).name !== 'join') void load();
  }, [load]);

  return (
    <GovukTextProvider text={govukText}>
      {route.name === 'projector' ? null : <Header />}
      <Outlet route={route} />
    </GovukTextProvider>
  );
}
