import { useMemo } from 'react';
import { findJargonExcept } from '../../shared/rules/jargon.ts';
import { useCouncilSettings } from '../state/settings.ts';
import { useT } from '../i18n/useT.tsx';
import { WarningText } from './govuk/WarningText.tsx';
import { DEFAULT_SETTINGS, jargonToFlag } from '../../shared/schema/settings.ts';

const NONE: readonly string[] = [];

/**
 * As the chair types, name the jargon in the text and a plainer way to say it. Advice, not an
 * error: warning text, never red, and it never blocks adding the item. Words the field must use
 * (`required`, JG2: the statutory categories in the decision's reasons) are never flagged.
 */
export function JargonHints({ text, id, required = NONE }: { text: string; id: string; required?: readonly string[] | undefined }) {
  const t = useT();
  // Until the council's own lists arrive (or when they cannot: offline), the national ones (JG1).
  const jargon = jargonToFlag(useCouncilSettings().jargon ?? DEFAULT_SETTINGS.jargon);
  const found = useMemo(() => {
    const seen = new Map<string, { written: string; plain: string }>();
    for (const m of findJargonExcept(text, jargon, required)) {
      const written = text.slice(m.start, m.end);
      if (!seen.has(m.term.toLowerCase())) seen.set(m.term.toLowerCase(), { written, plain: m.plain });
    }
    return [...seen.values()];
  }, [text, jargon, required]);
  // The live region stays mounted so that screen readers announce what appears in it.
  return (
    <div aria-live="polite" id={id} className="cr-jargon">
      {found.length === 0 ? null : (
        <WarningText>
          {t('jargon.intro', { count: found.length })}
          <ul className="cr-jargon__list">
            {found.map((f) => (
              <li key={f.written}>{t('jargon.suggestion', { written: f.written, plain: f.plain })}</li>
            ))}
          </ul>
        </WarningText>
      )}
    </div>
  );
}
