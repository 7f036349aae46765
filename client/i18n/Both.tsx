import { useCallback } from 'react';
import type { MessageId } from '../../shared/i18n/messages.ts';
import { LANGUAGE_TAG } from '../../shared/i18n/locale.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { useSharedScreenLocales } from './locale.ts';

type Values = Record<string, string | number>;

/**
 * Fixed text on the projector in the conference's language, or, for a bilingual conference, in
 * Welsh and then in English (the English on its own line, marked `lang` for screen readers).
 */
export function Both({ id, values }: { id: MessageId; values?: Values }) {
  const locales = useSharedScreenLocales();
  const [first, ...rest] = locales;
  if (!first) return null;
  return (
    <>
      {translate(first, { id, values })}
      {rest.map((l) => (
        <span key={l} className="cr-bilingual__second" lang={LANGUAGE_TAG[l]}>
          {translate(l, { id, values })}
        </span>
      ))}
    </>
  );
}

/** The same as plain text, for attributes and titles: "Pwy sydd yma / Who is here". */
export function useBothText(): (id: MessageId, values?: Values) => string {
  const locales = useSharedScreenLocales();
  return useCallback((id, values) => locales.map((l) => translate(l, { id, values })).join(' / '), [locales]);
}
