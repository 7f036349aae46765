import { useEffect } from 'react';
import { Link } from '../../components/Link.tsx';
import { MessagePage } from '../../components/Page.tsx';
import { T, useT } from '../../i18n/useT.tsx';
import { paths } from '../../router.ts';
import { reloadDelayMs, type FinalState } from '../../sync/closeCodes.ts';

/** What the person sees when the server has ended their connection for good. */
export function FinalScreen({ state, staff }: { state: FinalState; staff: boolean }) {
  const t = useT();
  const delay = reloadDelayMs(state);
  useEffect(() => {
    if (delay === null) return;
    const timer = setTimeout(() => window.location.reload(), delay);
    return () => clearTimeout(timer);
  }, [delay]);

  if (state === 'session') {
    return (
      <MessagePage title={t('room.final.session.title')}>
        {staff ? (
          <p className="govuk-body">
            <T id="room.final.session.staff" values={{ link: (chunks) => <Link href={paths.login(window.location.pathname)}>{chunks}</Link> }} />
          </p>
        ) : (
          <p className="govuk-body">{t('room.final.session.participant')}</p>
        )}
      </MessagePage>
    );
  }
  if (state === 'removed') {
    return (
      <MessagePage title={t('room.final.removed.title')}>
        <p className="govuk-body">{t('room.final.removed.body')}</p>
      </MessagePage>
    );
  }
  if (state === 'closed') {
    return (
      <MessagePage title={t('room.ended.title')}>
        <p className="govuk-body" role="status">
          {t('room.final.closed.body')}
        </p>
      </MessagePage>
    );
  }
  return (
    <MessagePage title={t('room.final.reload.title')}>
      <p className="govuk-body" role="status">
        {t('room.final.reload.body', { when: state === 'reload_later' ? 'later' : 'soon' })}
      </p>
      <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
        {t('room.final.reload.now')}
      </button>
    </MessagePage>
  );
}
