import type { RelationshipKind } from '../../../shared/schema/relationship.ts';

/** What each end of a line is called, by the kind of line (the chair's line form and a participant's proposal). */
export const LINE_ENDS: Record<RelationshipKind, [string, string]> = {
  partner: ['first', 'second'],
  parent: ['parent', 'child'],
  twin: ['first', 'second'],
  tie: ['from', 'to'],
};
