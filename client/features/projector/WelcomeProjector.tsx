import { useMemo } from 'react';
import { CONFIDENTIALITY_STATEMENT, PURPOSE_STATEMENT } from '../../../shared/rules/agenda.ts';
import { ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { whoIsHere } from '../../../shared/rules/whoIsHere.ts';
import { useChildWords, useConference, usePresence } from '../../model/hooks.ts';
import { PagedColumn, type Entry } from './paging.tsx';

/** Step 1 on the projector: why we are here and keeping things private, beside who is here. */
export function WelcomeProjector() {
  const attendees = useConference((m) => m.attendees);
  const presence = usePresence();
  const people = useMemo(
    (): Entry[] =>
      whoIsHere(attendees, presence).map((a) => ({
        key: a.id,
        node: (
          <p className="cr-proj-person">
            <strong>{a.name}</strong> · {ROLE_LABELS[a.role] ?? a.role}
            {a.agency ? `, ${a.agency}` : ''}
          </p>
        ),
        })),
    [attendees, presence],
  );
  const words = useChildWords();
  const statements = useMemo(
    (): Entry[] => [
      { key: 'purpose', node: <Statement title="Why we are here" text={words(PURPOSE_STATEMENT)} /> },
      { key: 'private', node: <Statement title="Keeping things private" text={words(CONFIDENTIALITY_STATEMENT)} /> },
    ],
    [words],
  );
  return (
    <div className="cr-proj-columns cr-proj-columns--2">
      <section className="cr-proj-column" aria-label="Why we are here">
        <PagedColumn pagerKey="statements" entries={statements} />
      </section>
      <section className="cr-proj-column" aria-label="Who is here">
        <h2 className="cr-proj-column__title">Who is here</h2>
        <PagedColumn pagerKey="people" entries={people} empty="No one has been added yet." />
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
