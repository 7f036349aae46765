import type { ScalingRound } from '../../../shared/schema/project.ts';
import { bandWords } from '../../../shared/rules/scaleWords.ts';
import { bandReached } from './scaleText.ts';

/** SC4: a calm note when any score falls in the band the chair set. Nothing when none does. */
export function BandNote({ round, projector = false }: { round: ScalingRound; projector?: boolean }) {
  const words = bandWords(round);
  if (!words || round.status !== 'revealed' || !bandReached(round)) return null;
  return (
    <p className={projector ? 'cr-proj-note' : 'cr-inset cr-band-note'}>
      {words}: the chair will talk about these before moving on.
    </p>
  );
}
