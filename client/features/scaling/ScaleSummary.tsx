import type { ScalingRound } from '../../../shared/schema/project.ts';
import { formatTime } from '../../format.ts';
import { capital } from './scaleText.ts';
import { bandWords, directionWords } from '../../../shared/rules/scaleWords.ts';

/** The scale as it was asked: the question, what each end means, and the band to talk about, as a summary list. */
export function ScaleSummary({ round }: { round: ScalingRound }) {
  const band = bandWords(round);
  const rows: [string, string][] = [
    ['Question', round.question],
    ['0 means', round.anchor0],
    ['10 means', round.anchor10],
    ['Direction', capital(directionWords(round.direction))],
    ...(band ? ([['Talk about first', `${band}`]] as [string, string][]) : []),
    ['Asked at', formatTime(round.openedAt)],
  ];
  return (
    <dl className="cr-summary-list">
      {rows.map(([k, v]) => (
        <div className="cr-summary-list__row" key={k}>
          <dt className="cr-summary-list__key">{k}</dt>
          <dd className="cr-summary-list__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
