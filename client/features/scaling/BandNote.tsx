import type { ScalingRound } from '../../../shared/schema/project.ts';
import { bandWords } from '../../../shared/rules/scaleWords.ts';
import { useT } from '../../i18n/useT.tsx';
import { bandReached } from './scaleText.ts';
import { useSharedScreenLocales } from '../../i18n/locale.ts';
import { LANGUAGE_TAG, type Locale } from '../../../shared/i18n/locale.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';

/** SC4: a calm note when any score falls in the band the chair set. Nothing when none does. */
export function BandNote({ round, projector = false }: { round: ScalingRound; projector?: boolean }) {
  const t = useT();
  const band = bandWords(round);
  if (!band || round.status !== 'revealed' || !bandReached(round)) return null;
  if (projector) return <ProjectorBandNote band={band} />;
  return <p className="govuk-inset-text cr-band-note">{t('scaling.bandNote', { band: t(band) })}</p>;
}

/** The note on the projector, in each of its languages (Welsh first for a bilingual conference). */
function ProjectorBandNote({ band }: { band: Msg }) {
  const locales = useSharedScreenLocales();
  const [first, ...rest] = locales;
  const say = (l: Locale) => translate(l, { id: 'scaling.bandNote', values: { band: translate(l, band) } });
  return (
    <p className="cr-proj-note">
      {first ? say(first) : null}
      {rest.map((l) => (
        <span key={l} className="cr-bilingual__second" lang={LANGUAGE_TAG[l]}>
          {say(l)}
        </span>
      ))}
    </p>
  );
}
