import { translate } from '../../shared/i18n/translate.ts';
import type { Msg } from '../../shared/i18n/messages.ts';

/** A Result (or DecisionCheck) with its reasons in English, for tests that read them as a person would. */
export function english(r: { ok: boolean; reasons?: readonly Msg[] }): { ok: boolean; reasons?: string[] } {
  return { ok: r.ok, ...(r.reasons ? { reasons: r.reasons.map((m) => translate('en', m)) } : {}) };
}
