import { canSpeakForChild, enteredOnBehalf } from '../../../shared/rules/childVoice.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { ChildScaleForm } from './ChildScaleForm.tsx';
import { ChildScaleShown } from './ChildScaleShown.tsx';
import { ChildWordsForm } from './ChildWordsForm.tsx';
import { HouseLists } from './HouseLists.tsx';
import { firstName, useChildVoice } from './useChildVoice.ts';

import { useT } from '../../i18n/useT.tsx';
/**
 * Step 10 on a participant's device: each child's own Three Houses and own scale (CV1). A child
 * adds their words and score from their phone while they are here; an advocate can enter them on
 * the child's behalf, and they are marked so (CV2).
 */
export function ChildVoiceRead() {
  const { conference, me } = useRoom();
  const speaks = canSpeakForChild(me.role);
  return (
    <div className="cr-child-voice">
      {conference.children.map((c) => (
        <ChildSection key={c.id} child={c} speaks={speaks} onBehalf={enteredOnBehalf(me.role)} />
      ))}
      <Unassigned />
    </div>
  );
}

function ChildSection({ child, speaks, onBehalf }: { child: { id: string; name: string }; speaks: boolean; onBehalf: boolean }) {
  const { houses, scale } = useChildVoice(child.id);
  const t = useT();
  const first = firstName(child.name);
  return (
    <section className="cr-child-voice__child" aria-labelledby={`voice-${child.id}`}>
      <h2 className="govuk-heading-m" id={`voice-${child.id}`}>
        {t('childVoice.read.voice', { name: first })}
      </h2>
      <HouseLists houses={houses} idPrefix={`read-${child.id}`} />
      <h3 className="govuk-heading-s">{t('childVoice.read.ownScale', { name: first })}</h3>
      <ChildScaleShown scale={scale} name={first} />
      {speaks ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">{onBehalf ? t('childVoice.read.enterFor', { name: first }) : t('childVoice.read.isThisYou')}</summary>
          <div className="govuk-details__text">
            <ChildWordsForm child={child} first={first} onBehalf={onBehalf} />
            <ChildScaleForm child={child} first={first} onBehalf={onBehalf} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** Words added before houses were per child, or without naming a child. */
function Unassigned() {
  const t = useT();
  const { houses } = useChildVoice(null);
  if (Object.values(houses).every((l) => l.length === 0)) return null;
  return (
    <section className="cr-child-voice__child" aria-labelledby="voice-all">
      <h2 className="govuk-heading-m" id="voice-all">
        {t('childVoice.read.allChildren')}
      </h2>
      <HouseLists houses={houses} idPrefix="read-all" />
    </section>
  );
}
