import { categoryOptions, decisionOptions } from './decision.ts';
import type { Jurisdiction } from './jurisdiction.ts';

/**
 * JG2 — The words the decision's reasons must be free to use: every outcome and category of harm
 * this jurisdiction records (the statutory wording, e.g. "neglect", "significant harm", "child in
 * need") and the core group the decision names (DE4). The jargon check never flags them there.
 */
export function decisionRequiredTerms(jurisdiction: Jurisdiction): string[] {
  return [
    ...decisionOptions(jurisdiction, 'initial').map((o) => o.label),
    ...decisionOptions(jurisdiction, 'review').map((o) => o.label),
    ...categoryOptions(jurisdiction).map((c) => c.label),
    'core group',
  ];
}
