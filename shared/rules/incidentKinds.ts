import type { IncidentKind } from '../schema/item.ts';
import type { MessageId } from '../i18n/messages.ts';

/**
 * IN1: the label of each kind ("First time"). Apart from the timeline and its warnings for the chair
 * (incidents.ts): every board item with a kind shows its label, so every reader of a board needs this.
 */
export const incidentKindId = (kind: IncidentKind): MessageId => `incidents.kind.${kind}`;
