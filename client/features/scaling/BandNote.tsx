import type { ScalingRound } from '../../../shared/schema/project.ts';
import { bandWords } from '../../../shared/rules/scaleWords.ts';
import { useT } from '../../i18n/useT.tsx';
import { bandReached } from './scaleText.ts';

/** SC4: a calm note when any score falls in the band the chair set. Nothing when none does. */
export function BandNote({ round, projector = false }: { round: ScalingRound; projector?: boolean }) {
  const t = useT();
  const band = bandWords(round);
  if (!band || round.status !== 'revealed' || !bandReached(round)) return null;
  return <p className={projector ? 'cr-proj-note' : 'cr-inset cr-band-note'}>{t('scaling.bandNote', { band: t(band) })}</p>;
}
