import type { StepProps } from '../steps.tsx';
import { canPropose } from '../../../shared/rules/permissions.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { BoardRead } from '../board/BoardRead.tsx';
import { GenogramList } from './GenogramList.tsx';
import { GenogramZoom } from './GenogramZoom.tsx';
import { ProposeGenogram } from './ProposeGenogram.tsx';
import { useGenogram } from './useGenogram.ts';
import { useT } from '../../i18n/useT.tsx';

/**
 * Step 3 on a participant's phone or laptop: the picture to pinch and zoom, the same family in
 * sentences, and a way to propose a person or a line to the chair. Read only: no editor is loaded.
 */
export function GenogramRead({ step }: StepProps) {
  const t = useT();
  const view = useGenogram();
  const { me } = useRoom();
  return (
    <div className="cr-geno-read">
      {view.genogram.people.length ? <GenogramZoom view={view} /> : <p className="govuk-body cr-empty">{t('genogram.read.notDrawn')}</p>}
      <details className="govuk-details">
        <summary className="govuk-details__summary">{t('genogram.read.inWords')}</summary>
        <GenogramList view={view} />
      </details>
      {canPropose(me.role) ? <ProposeGenogram view={view} /> : null}
      <BoardRead step={step} />
    </div>
  );
}
