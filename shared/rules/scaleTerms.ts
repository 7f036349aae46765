/**
 * The scale's terms that the document's own records and the national settings use, on every device
 * (previous.ts, settingsDefaults.ts). Apart from scaling.ts, whose schemas, statistics and messages
 * only the screens that score or show scores need: a module is one chunk's, so importing scaling.ts
 * here put all of it in the first download of every phone.
 */

/**
 * SC3: who a score comes from; the groups are shown side by side. An advocate speaks for the
 * child, so their score is shown with the child's (`child`), apart from both the family's and the
 * professionals' (SC11).
 */
export const SCORER_GROUPS = ['family', 'child', 'professional'] as const;
export type ScorerGroup = (typeof SCORER_GROUPS)[number];

/** SC5: which end of the scale is safe. Signs of Safety convention is 10 = safe enough to close. */
export const SCALE_DIRECTIONS = ['higher_is_safer', 'higher_is_riskier'] as const;
export type ScaleDirection = (typeof SCALE_DIRECTIONS)[number];
