import { useState } from 'react';
import type { StepProps } from '../steps.tsx';
import { later } from '../steps.tsx';
import { idle, type WithParts } from '../../components/deferred.tsx';
import { canPropose } from '../../../shared/rules/permissions.ts';
import { useRoom } from '../../model/RoomContext.tsx';
import { GenogramZoom } from './GenogramZoom.tsx';
import { useGenogram } from './useGenogram.ts';
import { useT } from '../../i18n/useT.tsx';

// What a phone shows at once is the picture. The family in words (behind a closed "details"), the
// form to propose and the network's items below them come in chunks of their own: shown when opened
// or below the picture, fetched when idle (the items' chunk is the board steps' view).
const GenogramList = later(() => import('./GenogramList.tsx').then((m) => m.GenogramList));
const ProposeGenogram = later(() => import('./ProposeGenogram.tsx').then((m) => m.ProposeGenogram));
const BoardRead = later(() => import('../board/BoardRead.tsx').then((m) => m.BoardRead));

/**
 * Step 3 on a participant's phone or laptop: the picture to pinch and zoom, the same family in
 * sentences, and a way to propose a person or a line to the chair. Read only: no editor is loaded.
 */
export const GenogramRead: WithParts<StepProps> = Object.assign(
  function GenogramRead({ step }: StepProps) {
    const t = useT();
    const view = useGenogram();
    const { me } = useRoom();
    // The list is built once the reader first opens it; it then stays, like any open details.
    const [opened, setOpened] = useState(false);
    return (
      <div className="cr-geno-read">
        {view.genogram.people.length ? <GenogramZoom view={view} /> : <p className="govuk-body cr-empty">{t('genogram.read.notDrawn')}</p>}
        <details className="govuk-details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
          <summary className="govuk-details__summary">{t('genogram.read.inWords')}</summary>
          {opened ? <GenogramList view={view} /> : null}
        </details>
        {canPropose(me.role) ? <ProposeGenogram view={view} /> : null}
        <BoardRead step={step} />
      </div>
    );
  },
  { prefetch: () => idle().then(() => Promise.all([GenogramList.prefetch(), ProposeGenogram.prefetch(), BoardRead.prefetch()])) },
);
