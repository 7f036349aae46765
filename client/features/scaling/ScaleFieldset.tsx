import { useState } from 'react';
import { scaleDefinitionSchema, toSaferScale, type ScaleDefinition, type ScaleDirection } from '../../../shared/rules/scaling.ts';
import { questionForDirection } from '../../../shared/rules/scaleWords.ts';
import { errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, Select, TextArea } from '../../components/fields.tsx';
import { SCORES } from './scaleText.ts';

const FIELD_MESSAGES: Record<string, string> = {
  question: 'Write the question people will answer',
  anchor0: 'Say what 0 means',
  anchor10: 'Say what 10 means',
};

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

/** The draft as a checked scale, or the errors by field (ids start with `prefix`). */
export function parseScaleDraft(d: ScaleDraft, prefix: string): { ok: true; scale: ScaleDefinition } | { ok: false; errors: FieldError[] } {
  const scale = { question: d.question, anchor0: d.anchor0, anchor10: d.anchor10, direction: d.direction, ...(d.band === '' ? {} : { escalateAtOrBelow: toSaferScale(Number(d.band), d.direction) }) };
  const parsed = scaleDefinitionSchema.safeParse(scale);
  if (parsed.success) return { ok: true, scale: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? '');
      return { field: `${prefix}-${field}`, message: FIELD_MESSAGES[field] ?? i.message };
    }),
  };
}

/** The question, which end is safe, what 0 and 10 mean, and the band: for the chair's question and the council's standard scale. */
export function ScaleFieldset({ prefix, draft, set, changeDirection, errors }: { prefix: string; errors: FieldError[] } & ReturnType<typeof useScaleDraft>) {
  return (
    <>
      <TextArea id={`${prefix}-question`} label="Question" rows={4} value={draft.question} onChange={(e) => set({ question: e.target.value })} error={errorFor(errors, `${prefix}-question`)} />
      <Radios
        id={`${prefix}-direction`}
        legend="Which end is safe?"
        hint="Most councils put safety at 10. If you change this, the meanings of 0 and 10 swap, and so does the standard question: check your own wording."
        options={[
          { value: 'higher_is_safer', label: '10 is the safe end' },
          { value: 'higher_is_riskier', label: '10 is the most worried end' },
        ]}
        value={draft.direction}
        onChange={changeDirection}
        inline
      />
      <TextArea id={`${prefix}-anchor0`} label="What 0 means" rows={2} value={draft.anchor0} onChange={(e) => set({ anchor0: e.target.value })} error={errorFor(errors, `${prefix}-anchor0`)} />
      <TextArea id={`${prefix}-anchor10`} label="What 10 means" rows={2} value={draft.anchor10} onChange={(e) => set({ anchor10: e.target.value })} error={errorFor(errors, `${prefix}-anchor10`)} />
      <Select
        id={`${prefix}-band`}
        label={draft.direction === 'higher_is_safer' ? 'Talk about any score of this or below before moving on (optional)' : 'Talk about any score of this or above before moving on (optional)'}
        hint="The room is told when someone’s score reaches it, and those scores are marked on the chart."
        value={draft.band}
        onChange={(e) => set({ band: e.target.value })}
      >
        <option value="">No number set</option>
        {SCORES.map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </Select>
    </>
  );
}
