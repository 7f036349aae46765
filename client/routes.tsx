import { useEffect, type ReactNode } from 'react';
import { Link } from './components/Link.tsx';
import { Loading, MessagePage } from './components/Page.tsx';
import { JoinPage } from './features/join/JoinPage.tsx';
import { RoomPage } from './features/room/RoomPage.tsx';
import { navigate, paths, type Route } from './router.ts';
import { useSession } from './state/session.ts';
import { lazyScreen } from './components/lazyScreen.tsx';
import { Button } from './components/govuk/Button.tsx';
import { T, useT } from './i18n/useT.tsx';

// Staff and projector screens load when opened (see lazyScreen), sign-in too (only staff sign in); joining and the room do not wait.
const LoginPage = lazyScreen(() => import('./features/login/LoginPage.tsx').then((m) => m.LoginPage));
const AdminPage = lazyScreen(() => import('./features/admin/AdminPage.tsx').then((m) => m.AdminPage));
const ConferenceList = lazyScreen(() => import('./features/conferences/ConferenceList.tsx').then((m) => m.ConferenceList));
const CreateConference = lazyScreen(() => import('./features/conferences/CreateConference.tsx').then((m) => m.CreateConference));
const ProjectorPage = lazyScreen(() => import('./features/projector/ProjectorPage.tsx').then((m) => m.ProjectorPage));
const CasePage = lazyScreen(() => import('./features/cases/CasePage.tsx').then((m) => m.CasePage));
const SetupPage = lazyScreen(() => import('./features/setup/SetupPage.tsx').then((m) => m.SetupPage));
const RecordPage = lazyScreen(() => import('./features/record/RecordPage.tsx').then((m) => m.RecordPage));
const DeadlinesPage = lazyScreen(() => import('./features/deadlines/DeadlinesPage.tsx').then((m) => m.DeadlinesPage));
const RecordLinkPage = lazyScreen(() => import('./features/recordLink/RecordLinkPage.tsx').then((m) => m.RecordLinkPage));

/** Renders the screen for a route, with the session checks each screen needs. */
export function Outlet({ route }: { route: Route }) {
  switch (route.name) {
    case 'login':
      return <LoginPage />;
    case 'join':
      return <JoinPage />;
    case 'conferences':
      return (
        <RequireStaff>
          <ConferenceList />
        </RequireStaff>
      );
    case 'new':
      return (
        <RequireStaff>
          <CreateConference />
        </RequireStaff>
      );
    case 'setup':
      return (
        <RequireStaff>
          <SetupPage conferenceId={route.id} />
        </RequireStaff>
      );
    case 'room':
      return (
        <RequireSession>
          <RoomPage conferenceId={route.id} key={route.id} />
        </RequireSession>
      );
    case 'projector':
      return (
        <RequireSession>
          <ProjectorPage conferenceId={route.id} key={route.id} />
        </RequireSession>
      );
    case 'record':
      return (
        <RequireStaff>
          <RecordPage conferenceId={route.id} key={route.id} />
        </RequireStaff>
      );
    case 'deadlines':
      return (
        <RequireStaff>
          <DeadlinesPage />
        </RequireStaff>
      );
    case 'record_link':
      // No session: the link's token is the capability (IS2).
      return <RecordLinkPage />;
    case 'admin':
      return (
        <RequireStaff>
          <AdminPage />
        </RequireStaff>
      );
    case 'case':
      return (
        <RequireStaff>
          <CasePage caseId={route.id} key={route.id} />
        </RequireStaff>
      );
    case 'not_found':
      return <NotFound />;
  }
}

function Unreachable() {
  const t = useT();
  const load = useSession((s) => s.load);
  return (
    <MessagePage title={t('routes.unreachable.title')}>
      <p className="govuk-body">{t('routes.unreachable.body')}</p>
      <Button onClick={() => void load()}>{t('routes.tryAgain')}</Button>
    </MessagePage>
  );
}

/** Staff-only screens: no session goes to sign in; an invite session goes to its own meeting. */
function RequireStaff({ children }: { children: ReactNode }) {
  const status = useSession((s) => s.status);
  const session = useSession((s) => s.session);
  useEffect(() => {
    if (status === 'none') navigate(paths.login(window.location.pathname), { replace: true });
    else if (session?.kind === 'attendee') navigate(paths.room(session.conferenceId), { replace: true });
    // The administrator manages accounts, settings and audit, never case data (PM3).
    else if (session?.kind === 'staff' && session.user.role === 'admin' && window.location.pathname !== paths.admin()) navigate(paths.admin(), { replace: true });
  }, [status, session]);
  if (status === 'error') return <Unreachable />;
  if (session?.kind !== 'staff') return <Loading />;
  if (session.user.role === 'admin' && window.location.pathname !== paths.admin()) return <Loading />;
  return <>{children}</>;
}

/** Meeting screens: any session may try; the server decides what it may see. */
function RequireSession({ children }: { children: ReactNode }) {
  const t = useT();
  const status = useSession((s) => s.status);
  if (status === 'error') return <Unreachable />;
  if (status === 'none') {
    return (
      <MessagePage title={t('routes.signedOut.title')}>
        <p className="govuk-body">{t('routes.signedOut.invited')}</p>
        <p className="govuk-body">
          <T
            id="routes.signedOut.staff"
            values={{
              a: (chunks) => (
                <Link href={paths.login(window.location.pathname)} className="govuk-link">
                  {chunks}
                </Link>
              ),
            }}
          />
        </p>
      </MessagePage>
    );
  }
  if (status !== 'ready') return <Loading />;
  return <>{children}</>;
}

function NotFound() {
  const t = useT();
  return (
    <MessagePage title={t('routes.notFound.title')}>
      <p className="govuk-body">{t('routes.notFound.body')}</p>
    </MessagePage>
  );
}
