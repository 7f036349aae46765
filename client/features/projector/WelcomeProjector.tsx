import { useMemo } from 'react';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { whoIsHere } from '../../../shared/rules/whoIsHere.ts';
import { Both, useBothText } from '../../i18n/Both.tsx';
import { T, useT } from '../../i18n/useT.tsx';
import { useChildCount, useConference, usePresence } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from './paging.tsx';

/** Step 1 on the projector: why we are here and keeping things private, beside who is here (in both languages when the conference is bilingual). */
export function WelcomeProjector() {
  const t = useT();
  const both = useBothText();
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
              values={{ name: a.name, details: a.agency ? t('welcome.roleAtAgency', { role: both(`role.${a.role}`), agency: a.agency }) : both(`role.${a.role}`), b: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
        ),
      })),
    [attendees, presence, t, both],
  );
  const children = useChildCount();
  const statements = useMemo(
    (): Entry[] => [
      { key: 'purpose', node: <Statement titleId="welcome.whyWeAreHere" textId="welcome.purpose" count={children} /> },
      { key: 'private', node: <Statement titleId="welcome.keepingPrivate" textId="welcome.confidentiality" count={children} /> },
    ],
    [children],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--2">
      <section className="cr-proj-column" aria-label={both('welcome.whyWeAreHere')}>
        <PagedColumn pagerKey="statements" entries={statements} />
      </section>
      <section className="cr-proj-column" aria-label={both('welcome.whoIsHere')}>
        <h2 className="cr-proj-column__title">
          <Both id="welcome.whoIsHere" />
        </h2>
        <PagedColumn pagerKey="people" entries={people} empty={both('welcome.noOneYet')} />
      </section>
    </div>
  );
}

function Statement({ titleId, textId, count }: { titleId: MessageId; textId: MessageId; count: number }) {
  return (
    <div>
      <h2 className="cr-proj-column__title">
        <Both id={titleId} />
      </h2>
      <p className="cr-proj-item__text">
        <Both id={textId} values={{ children: count }} />
      </p>
    </div>
  );
}
