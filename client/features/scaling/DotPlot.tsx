import type { ScalingRound, ScoreResult } from '../../../shared/schema/project.ts';
import { bandWords, inEscalationBand, scaleForReader } from '../../../shared/rules/scaleWords.ts';
import { SCORER_GROUPS } from '../../../shared/rules/scaling.ts';
import { useT } from '../../i18n/useT.tsx';
import { useSharedScreenLocales } from '../../i18n/locale.ts';
import { LANGUAGE_TAG, type Locale } from '../../../shared/i18n/locale.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { MessageId, Msg } from '../../../shared/i18n/messages.ts';
import { ROLE_LABELS } from '../../../shared/schema/roles.ts';
import { EndMeaning } from './ScoreButtons.tsx';
import { SCORES, roundSummary, summaryWords, useRoleLabel, validResults } from './scaleText.ts';

/** Sizes in the SVG's own units: the projector is drawn at 1:1 on the 1920×1080 stage. */
const SIZES = {
  projector: { width: 1760, labelW: 420, rowH: 44, headH: 52, gap: 18, axisH: 60, font: 28, small: 26, dotR: 19 },
  screen: { width: 1000, labelW: 260, rowH: 38, headH: 46, gap: 16, axisH: 44, font: 19, small: 17, dotR: 14 },
} as const;

type Size = keyof typeof SIZES;
type Geometry = { [K in keyof (typeof SIZES)['projector']]: number };


/**
 * The scaling reveal, plainly: a number line from 0 to 10, one dot per person labelled by role,
 * the family and the professionals in separate bands, each band's middle score (median) as a
 * dashed line and its spread (range) shaded. The meaning of both ends is written under them.
 * Scores in the band the chair set (SC4) have a square drawn round them and the band is marked
 * under the number line, with words, so it never depends on colour alone.
 * With `bands={false}` it is just the number line, shown while people are still scoring.
 */
export function DotPlot({ round, size, bands = true }: { round: ScalingRound; size: Size; bands?: boolean }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  // On the projector of a bilingual conference the words in the drawing are in Welsh, then English under them.
  const sharedLocales = useSharedScreenLocales();
  const locales = size === 'projector' ? sharedLocales : sharedLocales.slice(0, 0);
  const others = locales.slice(1);
  const inOthers = (m: Msg) => others.map((l) => ({ l, text: translate(l, m) }));
  const roleIn = (l: Locale, role: string) => (role in ROLE_LABELS ? translate(l, { id: `role.${role}` as MessageId }) : role);
  const base = SIZES[size];
  // Each second line is as large as the first (never below what the back of the room can read).
  const g: Geometry = others.length ? { ...base, rowH: base.rowH + base.font + 4, headH: base.headH + base.font + 4 } : base;
  // SC11: the child and their advocate are shown together, apart from the family and the professionals.
  const GROUPS = SCORER_GROUPS.map((key) => ({ key, title: t(`scaling.group.${key}`) }));
  // Without the bands there are no labels: the number line takes the whole width.
  const labelW = bands ? g.labelW : 0;
  const x0 = labelW + g.dotR + 8;
  const x1 = g.width - g.dotR - 8;
  const x = (score: number) => x0 + ((x1 - x0) * score) / 10;
  const results = bands ? validResults(round) : [];
  const summary = roundSummary(round);
  let y = 0;
  const drawn = bands
    ? GROUPS.map((grp) => {
        const people = results.filter((r) => r.group === grp.key);
        const top = y;
        y += g.headH + Math.max(1, people.length) * g.rowH + g.gap;
        return { ...grp, people, top, stats: summary[grp.key] };
      })
    : [];
  const axisTop = y + 8;
  const bandMsg = bandWords(round);
  const band = bandMsg ? t(bandMsg) : null;
  const bandScores = SCORES.filter((n) => inEscalationBand(n, round));
  const bandY = axisTop + g.axisH + g.small * 0.4;
  const height = axisTop + g.axisH + (band ? g.small * 1.8 : 0);
  const titleId = `plot-${round.id}-${size}`;
  const inBand = results.filter((r) => inEscalationBand(r.score, round));
  const bandTitle = !band ? ''
    : inBand.length ? t('scaling.plot.bandMarkedWho', { band, who: inBand.map((r) => t('scaling.plot.roleScore', { role: roleLabel(r.role), score: r.score })).join(', ') })
    : t('scaling.plot.bandMarked', { band });
  const title = [
    bands ? GROUPS.map((grp) => t('scaling.plot.groupSummary', { group: grp.title, summary: t(summaryWords(summary[grp.key])) })).join(' ') : t('scaling.plot.numberLine'),
    bandTitle,
  ].filter(Boolean).join(' ');

  return (
    <figure className={`cr-dotplot cr-dotplot--${size}`}>
      <svg viewBox={`0 0 ${g.width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby={titleId} className="cr-dotplot__svg">
        <title id={titleId}>{title}</title>
        {drawn.map((band, bandIndex) => (
          <g key={band.key}>
            <text x={0} y={band.top + (others.length ? base.headH * 0.62 : g.headH * 0.62)} fontSize={g.font} className="cr-dotplot__band">
              {band.title}
              <Seconds x={0} dy={g.font + 4} lines={inOthers({ id: `scaling.group.${band.key}` })} />
            </text>
            <text x={x0} y={band.top + (others.length ? base.headH * 0.62 : g.headH * 0.62)} fontSize={g.small} className="cr-dotplot__summary">
              {band.people.length === 0 ? t('scaling.summary.none') : bandIndex === 0 ? t('scaling.plot.withKey', { summary: t(summaryWords(band.stats)) }) : t(summaryWords(band.stats))}
              <Seconds
                x={x0}
                dy={g.font + 4}
                size={g.small}
                lines={others.map((l) => ({ l, text: band.people.length === 0 ? translate(l, { id: 'scaling.summary.none' }) : bandIndex === 0 ? translate(l, { id: 'scaling.plot.withKey', values: { summary: translate(l, summaryWords(band.stats)) } }) : translate(l, summaryWords(band.stats)) }))}
              />
            </text>
            {band.stats.min !== null && band.stats.max !== null ? (
              <rect
                x={x(band.stats.min) - g.dotR - 4}
                y={band.top + g.headH}
                width={x(band.stats.max) - x(band.stats.min) + 2 * g.dotR + 8}
                height={band.people.length * g.rowH}
                className="cr-dotplot__range"
              />
            ) : null}
            {band.stats.median !== null ? (
              <line
                x1={x(band.stats.median)}
                x2={x(band.stats.median)}
                y1={band.top + g.headH - 6}
                y2={band.top + g.headH + band.people.length * g.rowH + 6}
                className="cr-dotplot__median"
              />
            ) : null}
            {band.people.map((p, i) => (
              <Person key={p.attendeeId} person={p} role={roleLabel(p.role)} roleSeconds={others.map((l) => ({ l, text: roleIn(l, p.role) }))} cy={band.top + g.headH + i * g.rowH + g.rowH / 2} cx={x(p.score)} g={g} x0={x0} x1={x1} marked={inEscalationBand(p.score, round)} />
            ))}
          </g>
        ))}
        <line x1={x0} x2={x1} y1={axisTop} y2={axisTop} className="cr-dotplot__axis" />
        {SCORES.map((n) => (
          <g key={n}>
            <line x1={x(n)} x2={x(n)} y1={axisTop - 8} y2={axisTop + 8} className="cr-dotplot__axis" />
            <text x={x(n)} y={axisTop + g.font + 14} fontSize={g.font} textAnchor="middle" className="cr-dotplot__tick">
              {n}
            </text>
          </g>
        ))}
        {band && bandScores.length ? (
          <g className="cr-dotplot__bandmark">
            <line x1={x(bandScores[0]!) - g.dotR} x2={x(bandScores[bandScores.length - 1]!) + g.dotR} y1={bandY} y2={bandY} className="cr-dotplot__bandline" />
            <text x={(x(bandScores[0]!) + x(bandScores[bandScores.length - 1]!)) / 2} y={bandY + g.small * 1.1} fontSize={g.small} textAnchor="middle" className="cr-dotplot__bandtext">
              {[t('scaling.talkAboutFirst'), ...inOthers({ id: 'scaling.talkAboutFirst' }).map((x) => x.text)].join(' / ')}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="cr-dotplot__ends" style={{ paddingLeft: `${(labelW / g.width) * 100}%` }}>
        <span className="cr-dotplot__end">
          <EndMeaning score={0} meaning={round.anchor0} />
          {others.map((l) => <EndSecond key={l} locale={l} score={0} meaning={scaleForReader(round, l).anchor0} />)}
        </span>
        <span className="cr-dotplot__end cr-dotplot__end--10">
          <EndMeaning score={10} meaning={round.anchor10} />
          {others.map((l) => <EndSecond key={l} locale={l} score={10} meaning={scaleForReader(round, l).anchor10} />)}
        </span>
      </figcaption>
      {band ? (
        <p className="cr-dotplot__legend" style={{ paddingLeft: `${(labelW / g.width) * 100}%` }}>
          <span className="cr-dotplot__legend-mark" aria-hidden="true" /> {t('scaling.plot.legend', { band })}
          {others.map((l) => (
            <span key={l} className="cr-bilingual__second" lang={LANGUAGE_TAG[l]}>
              {translate(l, { id: 'scaling.plot.legend', values: { band: bandMsg ? translate(l, bandMsg) : '' } })}
            </span>
          ))}
        </p>
      ) : null}
    </figure>
  );
}

/** The same words in the other languages of the projector, each on a line of its own under the first, marked with its language. */
function Seconds({ lines, x, dy, size }: { lines: readonly { l: Locale; text: string }[]; x: number; dy: number; size?: number }) {
  return (
    <>
      {lines.map(({ l, text }) => (
        <tspan key={l} x={x} dy={dy} lang={LANGUAGE_TAG[l]} fontSize={size} fontWeight={400}>
          {text}
        </tspan>
      ))}
    </>
  );
}

function Person({ person, role, roleSeconds, cx, cy, g, x0, x1, marked }: { person: ScoreResult; role: string; roleSeconds: readonly { l: Locale; text: string }[]; cx: number; cy: number; g: Geometry; x0: number; x1: number; marked: boolean }) {
  const m = g.dotR + 6;
  const lift = roleSeconds.length ? (g.font + 4) / 2 : 0;
  return (
    <g>
      <text x={g.labelW - 12} y={cy + g.font * 0.35 - lift} fontSize={g.font} textAnchor="end" className="cr-dotplot__label">
        {role}
        <Seconds x={g.labelW - 12} dy={g.font + 4} lines={roleSeconds} />
      </text>
      <line x1={x0} x2={x1} y1={cy} y2={cy} className="cr-dotplot__guide" />
      {marked ? <rect x={cx - m} y={cy - m} width={2 * m} height={2 * m} className="cr-dotplot__marked" data-band="true" /> : null}
      <circle cx={cx} cy={cy} r={g.dotR} className={`cr-dotplot__dot cr-dotplot__dot--${person.group}`} />
      <text x={cx} y={cy + g.small * 0.36} fontSize={g.small} textAnchor="middle" className="cr-dotplot__dot-number">
        {person.score}
      </text>
    </g>
  );
}

/** What an end of the scale means, in another language of the projector: "0 means …". The meaning is the chair's own words. */
function EndSecond({ locale, score, meaning }: { locale: Locale; score: number; meaning: string }) {
  return (
    <span className="cr-bilingual__second" lang={LANGUAGE_TAG[locale]}>
      {translate(locale, { id: 'scaling.endMeansPlain', values: { score, meaning } })}
    </span>
  );
}
