import { useEffect } from 'react';
import { Header } from './components/Header.tsx';
import { matchRoute, usePath } from './router.ts';
import { Outlet } from './routes.tsx';
import { useSession } from './state/session.ts';

/** The shell: header and the route outlet. The projector is full screen, without a header. */
export function App() {
  const path = usePath();
  const route = matchRoute(path);
  const load = useSession((s) => s.load);
  useEffect(() => {
    // Load once; the join screen sets the session itself after redeeming the link.
    if (matchRoute(window.location.pathname).name !== 'join') void load();
  }, [load]);

  if (route.name === 'projector') return <Outlet route={route} />;
  return (
    <>
      <Header />
      <Outlet route={route} />
    </>
  );
}
