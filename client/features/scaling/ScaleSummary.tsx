import type { ScalingRound } from '../../../shared/schema/project.ts';
import { bandWords, directionWords } from '../../../shared/rules/scaleWords.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';

/** The scale as it was asked: the question, what each end means, and the band to talk about, as a summary list. */
export function ScaleSummary({ round }: { round: ScalingRound }) {
  const t = useT();
  const f = useFormat();
  const band = bandWords(round);
  const rows: [string, string][] = [
    [t('scaling.summaryList.question'), round.question],
    [t('scaling.summaryList.means', { score: 0 }), round.anchor0],
    [t('scaling.summaryList.means', { score: 10 }), round.anchor10],
    [t('scaling.summaryList.direction'), t(directionWords(round.direction))],
    ...(band ? ([[t('scaling.talkAboutFirst'), t(band)]] as [string, string][]) : []),
    [t('scaling.summaryList.askedAt'), f.time(round.openedAt)],
  ];
  return (
    <dl className="govuk-summary-list">
      {rows.map(([k, v]) => (
        <div className="govuk-summary-list__row" key={k}>
          <dt className="govuk-summary-list__key">{k}</dt>
          <dd className="govuk-summary-list__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
