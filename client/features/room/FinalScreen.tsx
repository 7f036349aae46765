import { useEffect } from 'react';
import { Link } from '../../components/Link.tsx';
import { MessagePage } from '../../components/Page.tsx';
import { paths } from '../../router.ts';
import { reloadDelayMs, type FinalState } from '../../sync/closeCodes.ts';

/** What the person sees when the server has ended their connection for good. */
export function FinalScreen({ state, staff }: { state: FinalState; staff: boolean }) {
  const delay = reloadDelayMs(state);
  useEffect(() => {
    if (delay === null) return;
    const t = setTimeout(() => window.location.reload(), delay);
    return () => clearTimeout(t);
  }, [delay]);

  if (state === 'session') {
    return (
      <MessagePage title="Your session has ended">
        {staff ? (
          <p className="cr-body">
            You have been signed out. <Link href={paths.login(window.location.pathname)}>Sign in again</Link> to carry on. Changes kept on this device will be sent when you do.
          </p>
        ) : (
          <p className="cr-body">The meeting may have finished, or your link was withdrawn. If you need to join again, ask the chair for a new link.</p>
        )}
      </MessagePage>
    );
  }
  if (state === 'removed') {
    return (
      <MessagePage title="You have been removed from this meeting">
        <p className="cr-body">The chair has taken you out of the meeting. If you think this is a mistake, speak to the chair.</p>
      </MessagePage>
    );
  }
  if (state === 'closed') {
    return (
      <MessagePage title="The meeting has ended">
        <p className="cr-body" role="status">
          The meeting is over. This page will reload by itself in a moment.
        </p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title="Reloading the meeting">
      <p className="cr-body" role="status">
        The connection to the meeting was reset. This page will reload by itself {state === 'reload_later' ? 'in a few seconds' : 'in a moment'}.
      </p>
      <button type="button" className="cr-button" onClick={() => window.location.reload()}>
        Reload now
      </button>
    </MessagePage>
  );
}
