import { useState } from 'react';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { RoundControl } from './RoundControl.tsx';
import { RoundHistory } from './RoundHistory.tsx';
import { ScaleForm } from './ScaleForm.tsx';
import { useCurrentRound } from './scaleText.ts';
import { TrendIfReview } from '../review/TrendFigure.tsx';
import { useT } from '../../i18n/useT.tsx';

/**
 * Step 9 for the chair and note taker. Scaling: each person puts things on a 0–10 scale and says
 * why. Scores stay sealed on the server until the chair reveals them, so nobody is swayed by the
 * first number said aloud.
 */
export function ScalingRoom() {
  const t = useT();
  const canEdit = useCanEdit();
  const rounds = useConference((m) => m.rounds);
  const round = useCurrentRound();
  const [asking, setAsking] = useState(false);
  const number = round ? rounds.findIndex((r) => r.id === round.id) + 1 : 0;
  const showForm = canEdit && (!round || (asking && round.status === 'revealed'));

  return (
    <div className="cr-scaling">
      <p className="govuk-hint">{t('scaling.room.sealed')}</p>
      {showForm ? <ScaleForm onOpened={() => setAsking(false)} onCancel={round ? () => setAsking(false) : undefined} /> : null}
      {round && !showForm ? <RoundControl key={round.id} round={round} number={number} /> : null}
      {!round && !canEdit ? <p className="govuk-body cr-empty">{t('scaling.room.none')}</p> : null}
      {round?.status === 'revealed' && canEdit && !asking ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAsking(true)}>
          {t('scaling.room.askAnother')}
        </button>
      ) : null}
      <RoundHistory rounds={rounds} currentId={round?.id ?? null} />
      {/* TR5: at a review, each person's score at every earlier conference beside today's. */}
      <TrendIfReview />
      <TrendIfReview by="role" />
    </div>
  );
}
