import { useState } from 'react';
import { SCALE_DIRECTIONS, scaleDefinitionSchema, toSaferScale, type ScaleDefinition, type ScaleDirection } from '../../../shared/rules/scaling.ts';
import { directionWords, questionForDirection } from '../../../shared/rules/scaleWords.ts';
import { errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, Select, TextArea } from '../../components/fields.tsx';
import { useT, type Translate } from '../../i18n/useT.tsx';
import { SCORES } from './scaleText.ts';

const FIELD_MESSAGES = {
  question: 'scaling.form.error.question',
  anchor0: 'scaling.form.error.anchor0',
  anchor10: 'scaling.form.error.anchor10',
} as const;

/** A scale as someone words it: the band as they read it on this scale ("8 or above" when 10 is most worried). */
export interface ScaleDraft {
  question: string;
  anchor0: string;
  anchor10: string;
  direction: ScaleDirection;
  band: string;
}

type Start = Pick<ScaleDefinition, 'question' | 'anchor0' | 'anchor10' | 'direction'> & { escalateAtOrBelow?: number | null | undefined };

/** The draft of a scale, with a direction change that swaps the ends, the standard question (SC10) and the band. */
export function useScaleDraft(start: Start) {
  const [draft, setDraft] = useState<ScaleDraft>(() => ({
    question: start.question,
    anchor0: start.anchor0,
    anchor10: start.anchor10,
    direction: start.direction,
    band: start.escalateAtOrBelow === null || start.escalateAtOrBelow === undefined ? '' : String(toSaferScale(start.escalateAtOrBelow, start.direction)),
  }));
  const set = (patch: Partial<ScaleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const changeDirection = (to: ScaleDirection) =>
    setDraft((d) => d.direction === to ? d : {
      question: questionForDirection(d.question, d.direction, to),
      anchor0: d.anchor10,
      anchor10: d.anchor0,
      direction: to,
      band: d.band === '' ? '' : String(toSaferScale(toSaferScale(Number(d.band), d.direction), to)),
    });
  return { draft, set, changeDirection };
}

/** The draft as a checked scale, or the errors by field (ids start with `prefix`), in the language of `t`. */
export function parseScaleDraft(d: ScaleDraft, prefix: string, t: Translate): { ok: true; scale: ScaleDefinition } | { ok: false; errors: FieldError[] } {
  const scale = { question: d.question, anchor0: d.anchor0, anchor10: d.anchor10, direction: d.direction, ...(d.band === '' ? {} : { escalateAtOrBelow: toSaferScale(Number(d.band), d.direction) }) };
  const parsed = scaleDefinitionSchema.safeParse(scale);
  if (parsed.success) return { ok: true, scale: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? '');
      return { field: `${prefix}-${field}`, message: t(field in FIELD_MESSAGES ? FIELD_MESSAGES[field as keyof typeof FIELD_MESSAGES] : 'scaling.form.error.check') };
    }),
  };
}

/** The question, which end is safe, what 0 and 10 mean, and the band: for the chair's question and the council's standard scale. */
export function ScaleFieldset({ prefix, draft, set, changeDirection, errors }: { prefix: string; errors: FieldError[] } & ReturnType<typeof useScaleDraft>) {
  const t = useT();
  return (
    <>
      <TextArea id={`${prefix}-question`} label={t('scaling.summaryList.question')} rows={4} value={draft.question} onChange={(e) => set({ question: e.target.value })} error={errorFor(errors, `${prefix}-question`)} />
      <Radios
        id={`${prefix}-direction`}
        legend={t('scaling.form.direction')}
        hint={t('scaling.form.directionHint')}
        options={SCALE_DIRECTIONS.map((value) => ({ value, label: t(directionWords(value)) }))}
        value={draft.direction}
        onChange={changeDirection}
        inline
      />
      <TextArea id={`${prefix}-anchor0`} label={t('scaling.form.means', { score: 0 })} rows={2} value={draft.anchor0} onChange={(e) => set({ anchor0: e.target.value })} error={errorFor(errors, `${prefix}-anchor0`)} />
      <TextArea id={`${prefix}-anchor10`} label={t('scaling.form.means', { score: 10 })} rows={2} value={draft.anchor10} onChange={(e) => set({ anchor10: e.target.value })} error={errorFor(errors, `${prefix}-anchor10`)} />
      <Select
        id={`${prefix}-band`}
        label={t(`scaling.form.band.${draft.direction}`)}
        hint={t('scaling.form.bandHint')}
        value={draft.band}
        onChange={(e) => set({ band: e.target.value })}
      >
        <option value="">{t('scaling.form.noBand')}</option>
        {SCORES.map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </Select>
    </>
  );
}
