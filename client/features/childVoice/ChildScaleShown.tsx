import { CHILD_SCALE } from '../../../shared/rules/childVoice.ts';
import type { ChildScale } from '../../../shared/schema/project.ts';
import { Tag } from '../../components/Tag.tsx';
import { formatTime } from '../../format.ts';

/** CV1: a child's own score, in their words, marked when someone entered it for them (CV2). */
export function ChildScaleShown({ scale, name }: { scale: ChildScale | null; name: string }) {
  if (!scale) return <p className="cr-body cr-empty">{name} has not given a score yet.</p>;
  return (
    <div className="cr-child-scale">
      <p className="cr-body">
        <span className="cr-score-list__score">{scale.score}</span> out of 10 ({CHILD_SCALE.anchor10.toLowerCase()} is 10)
      </p>
      {scale.words ? <p className="cr-body cr-pre-wrap">“{scale.words}”</p> : null}
      <p className="cr-hint">
        {scale.onBehalf ? <Tag colour="grey">On {name}’s behalf</Tag> : null} {scale.onBehalf ? `Entered by ${scale.byName} at ${formatTime(scale.at)}` : `From ${name}, at ${formatTime(scale.at)}`}
      </p>
    </div>
  );
}
