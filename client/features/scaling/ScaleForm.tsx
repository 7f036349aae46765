import { useState, type FormEvent } from 'react';
import { DEFAULT_SCALE, scaleDefinitionSchema, toSaferScale, type ScaleDirection } from '../../../shared/rules/scaling.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Radios, Select, TextArea } from '../../components/fields.tsx';
import { useCommand, useConference } from '../../model/hooks.ts';
import { openRoundIn } from './commands.ts';
import { SCORES } from './scaleText.ts';
import { FormButtons } from '../../components/FormButtons.tsx';

const FIELD_MESSAGES: Record<string, string> = {
  question: 'Write the question people will answer',
  anchor0: 'Say what 0 means',
  anchor10: 'Say what 10 means',
};

/**
 * The chair words the scale before opening it: the question, what 0 and 10 mean, which end is
 * safe, and an optional band of scores to talk about before moving on. It starts from the last
 * question asked in this conference, or the standard wording.
 */
export function ScaleForm({ onOpened, onCancel }: { onOpened: () => void; onCancel?: (() => void) | undefined }) {
  const last = useConference((m) => m.rounds[m.rounds.length - 1] ?? null);
  const start = last ?? { ...DEFAULT_SCALE, escalateAtOrBelow: null };
  const [question, setQuestion] = useState(start.question);
  const [anchor0, setAnchor0] = useState(start.anchor0);
  const [anchor10, setAnchor10] = useState(start.anchor10);
  const [direction, setDirection] = useState<ScaleDirection>(start.direction);
  // The band as the chair reads it on this scale ("2 or below", or "8 or above" when 10 is most worried).
  const [band, setBand] = useState(start.escalateAtOrBelow === null || start.escalateAtOrBelow === undefined ? '' : String(toSaferScale(start.escalateAtOrBelow, start.direction)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const runOpen = useCommand(openRoundIn);

  const changeDirection = (d: ScaleDirection) => {
    if (d === direction) return;
    // The ends swap meaning, and the band moves to the same (worried) end.
    setAnchor0(anchor10);
    setAnchor10(anchor0);
    if (band !== '') setBand(String(toSaferScale(toSaferScale(Number(band), direction), d)));
    setDirection(d);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scale = { question, anchor0, anchor10, direction, ...(band === '' ? {} : { escalateAtOrBelow: toSaferScale(Number(band), direction) }) };
    const parsed = scaleDefinitionSchema.safeParse(scale);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => {
        const field = String(i.path[0] ?? '');
        return { field: `scale-${field}`, message: FIELD_MESSAGES[field] ?? i.message };
      }));
      return;
    }
    const r = runOpen(parsed.data);
    if (!r.ok) {
      setErrors(r.reasons.map((message) => ({ field: '', message })));
      return;
    }
    setErrors([]);
    onOpened();
  };

  return (
    <form className="cr-scale-form" onSubmit={submit} noValidate aria-labelledby="scale-form-title">
      <h2 className="cr-heading-m" id="scale-form-title">
        The scaling question
      </h2>
      <ErrorSummary errors={errors} />
      <TextArea id="scale-question" label="Question" rows={4} value={question} onChange={(e) => setQuestion(e.target.value)} error={errorFor(errors, 'scale-question')} />
      <Radios
        id="scale-direction"
        legend="Which end is safe?"
        hint="Most councils put safety at 10. If you change this, the meanings of 0 and 10 swap: check the question too."
        options={[
          { value: 'higher_is_safer', label: '10 is the safe end' },
          { value: 'higher_is_riskier', label: '10 is the most worried end' },
        ]}
        value={direction}
        onChange={changeDirection}
        inline
      />
      <TextArea id="scale-anchor0" label="What 0 means" rows={2} value={anchor0} onChange={(e) => setAnchor0(e.target.value)} error={errorFor(errors, 'scale-anchor0')} />
      <TextArea id="scale-anchor10" label="What 10 means" rows={2} value={anchor10} onChange={(e) => setAnchor10(e.target.value)} error={errorFor(errors, 'scale-anchor10')} />
      <Select
        id="scale-band"
        label={direction === 'higher_is_safer' ? 'Talk about any score of this or below before moving on (optional)' : 'Talk about any score of this or above before moving on (optional)'}
        hint="If your council sets a number, the room is told when someone’s score reaches it."
        value={band}
        onChange={(e) => setBand(e.target.value)}
      >
        <option value="">No number set</option>
        {SCORES.map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </Select>
      <FormButtons submitLabel={'Open scaling'} onCancel={onCancel} />
    </form>
  );
}
