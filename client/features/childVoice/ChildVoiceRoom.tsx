import type { StepProps } from '../steps.tsx';
import { BoardStep } from '../board/BoardStep.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { ChildScaleForm } from './ChildScaleForm.tsx';
import { ChildScaleShown } from './ChildScaleShown.tsx';
import { HouseLists } from './HouseLists.tsx';
import { firstName, useChildVoice } from './useChildVoice.ts';
import { useCanEdit } from '../../model/hooks.ts';

import { useT } from '../../i18n/useT.tsx';
/**
 * Step 10 for the chair: the Three Houses board (say whose house each item is in), then each
 * child's houses and own scale as the room sees them, with a way to record a child's score (CV1).
 */
export function ChildVoiceRoom({ step }: StepProps) {
  const t = useT();
  const { conference } = useRoom();
  return (
    <>
      <BoardStep step={step} />
      <h2 className="govuk-heading-m">{t('childVoice.room.title')}</h2>
      {conference.children.map((c) => (
        <ChildSummary key={c.id} child={c} />
      ))}
    </>
  );
}

function ChildSummary({ child }: { child: { id: string; name: string } }) {
  const { houses, scale } = useChildVoice(child.id);
  const t = useT();
  const canEdit = useCanEdit();
  const first = firstName(child.name);
  return (
    <section className="cr-child-voice__child" aria-labelledby={`room-voice-${child.id}`}>
      <h3 className="govuk-heading-s" id={`room-voice-${child.id}`}>
        {child.name}
      </h3>
      <HouseLists houses={houses} idPrefix={`room-${child.id}`} />
      <ChildScaleShown scale={scale} name={first} />
      {canEdit ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">{t('childVoice.room.record', { name: first })}</summary>
          <div className="govuk-details__text">
            <ChildScaleForm child={child} first={first} onBehalf />
          </div>
        </details>
      ) : null}
    </section>
  );
}
