import { CHILD_SCALE } from '../../../shared/rules/childVoice.ts';
import type { ChildScale } from '../../../shared/schema/project.ts';
import { Tag } from '../../components/Tag.tsx';
import { T, useFormat, useT } from '../../i18n/useT.tsx';

/** CV1: a child's own score, in their words, marked when someone entered it for them (CV2). */
export function ChildScaleShown({ scale, name }: { scale: ChildScale | null; name: string }) {
  const t = useT();
  const f = useFormat();
  if (!scale) return <p className="govuk-body cr-empty">{t('childVoice.scale.none', { name })}</p>;
  return (
    <div className="cr-child-scale">
      <p className="govuk-body">
        <T id="childVoice.scale.shown" values={{ score: scale.score, top: t(CHILD_SCALE.anchor10), s: (chunks) => <span className="cr-score-list__score">{chunks}</span> }} />
      </p>
      {scale.words ? <p className="govuk-body cr-pre-wrap">{t('childVoice.scale.words', { words: scale.words })}</p> : null}
      <p className="govuk-hint">
        {scale.onBehalf ? (
          <T id="childVoice.scale.enteredBy" values={{ name, by: scale.byName, time: f.time(scale.at), tag: (chunks) => <Tag colour="grey">{chunks}</Tag> }} />
        ) : (
          t('childVoice.scale.from', { name, time: f.time(scale.at) })
        )}
      </p>
    </div>
  );
}
