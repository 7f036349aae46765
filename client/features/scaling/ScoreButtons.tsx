import { useRef, type KeyboardEvent } from 'react';
import { T, useT } from '../../i18n/useT.tsx';
import { SCORES } from './scaleText.ts';

/** "<b>0</b> means: …", the meaning of one end of the scale. */
export function EndMeaning({ score, meaning }: { score: number; meaning: string }) {
  return <T id="scaling.endMeans" values={{ score, meaning, b: (chunks) => <strong>{chunks}</strong> }} />;
}

/**
 * Eleven large buttons from 0 to 10, one choice (a radio group, not a slider: sliders are
 * imprecise and hard for screen readers). Arrow keys move the choice, as in any radio group.
 * The meaning of 0 is written above the row that starts with 0, and of 10 below the row that ends with 10.
 */
export function ScoreButtons({
  id,
  label,
  anchor0,
  anchor10,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  anchor0: string;
  anchor10: string;
  value: number | null;
  onChange: (score: number) => void;
  error?: string | undefined;
}) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (n: number) => {
    onChange(n);
    refs.current[n]?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, n: number) => {
    const last = SCORES.length - 1;
    const to = { ArrowRight: n + 1, ArrowDown: n + 1, ArrowLeft: n - 1, ArrowUp: n - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(to < 0 ? last : to > last ? 0 : to);
  };
  const focusable = value ?? 0;

  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <p className="govuk-label govuk-label--m" id={`${id}-label`}>
        {label}
      </p>
      {error ? (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      ) : null}
      <p className="cr-score-anchor" id={`${id}-anchor0`}>
        <EndMeaning score={0} meaning={anchor0} />
      </p>
      <div
        className="cr-score-buttons"
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={[`${id}-anchor0`, `${id}-anchor10`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      >
        {SCORES.map((n) => (
          <button
            key={n}
            id={n === focusable ? id : undefined}
            ref={(el) => {
              refs.current[n] = el;
            }}
            type="button"
            role="radio"
            aria-checked={value === n}
            tabIndex={n === focusable ? 0 : -1}
            className="cr-score-button"
            onClick={() => choose(n)}
            onKeyDown={(e) => onKey(e, n)}
          >
            {n}
          </button>
        ))}
      </div>
      <p className="cr-score-anchor cr-score-anchor--10" id={`${id}-anchor10`}>
        <EndMeaning score={10} meaning={anchor10} />
      </p>
    </div>
  );
}
