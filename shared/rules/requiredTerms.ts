import { categoryOptions, decisionOptions } from './decision.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { LOCALES } from '../i18n/locale.ts';
import { msg } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

/**
 * JG2 — The words the decision's reasons must be free to use: every outcome and category of harm
 * this jurisdiction records (the statutory wording, e.g. "neglect", "significant harm", "child in
 * need") and the core group the decision names (DE4). The jargon check never flags them there.
 * In both languages: the reasons may be written in Welsh ("esgeulustod", "niwed sylweddol", "grŵp craidd").
 */
export function decisionRequiredTerms(jurisdiction: Jurisdiction): string[] {
  const labels = [
    ...decisionOptions(jurisdiction, 'initial').map((o) => o.label),
    ...decisionOptions(jurisdiction, 'review').map((o) => o.label),
    ...categoryOptions(jurisdiction).map((c) => c.label),
    msg('decision.coreGroup'),
  ];
  return LOCALES.flatMap((locale) => labels.map((m) => translate(locale, m)));
}
