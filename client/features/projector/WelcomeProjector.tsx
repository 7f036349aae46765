import { useMemo } from 'react';
import { whoIsHere } from '../../../shared/rules/whoIsHere.ts';
import { T, useT } from '../../i18n/useT.tsx';
import { useChildCount, useConference, usePresence } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from './paging.tsx';

/** Step 1 on the projector: why we are here and keeping things private, beside who is here. */
export function WelcomeProjector() {
  const t = useT();
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const people = useMemo(
    (): Entry[] =>
      whoIsHere(attendees, presence).map((a) => ({
        key: a.id,
        node: (
          <p className="cr-proj-person">
            <T
              id="welcome.personLine"
              values={{
                name: a.name,
                details: a.agency ? t('welcome.roleAtAgency', { role: t(`role.${a.role}`), agency: a.agency }) : t(`role.${a.role}`),
                b: (chunks) => <strong>{chunks}</strong>,
              }}
            />
          </p>
        ),
      })),
    [attendees, presence, t],
  );
  const children = useChildCount();
  const statements = useMemo(
    (): Entry[] => [
      { key: 'purpose', node: <Statement title={t('welcome.whyWeAreHere')} text={t('welcome.purpose', { children })} /> },
      { key: 'private', node: <Statement title={t('welcome.keepingPrivate')} text={t('welcome.confidentiality', { children })} /> },
    ],
    [t, children],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--2">
      <section className="cr-proj-column" aria-label={t('welcome.whyWeAreHere')}>
        <PagedColumn pagerKey="statements" entries={statements} />
      </section>
      <section className="cr-proj-column" aria-label={t('welcome.whoIsHere')}>
        <h2 className="cr-proj-column__title">{t('welcome.whoIsHere')}</h2>
        <PagedColumn pagerKey="people" entries={people} empty={t('welcome.noOneYet')} />
      </section>
    </div>
  );
}

function Statement({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h2 className="cr-proj-column__title">{title}</h2>
      <p className="cr-proj-item__text">{text}</p>
    </div>
  );
}
