import type { MessageId } from '../i18n/messages.ts';
import type { SectionId } from './agenda.ts';

// Apart from agenda.ts, which every device loads with the room: a section's explanation shows only
// with the board's sections, so its messages travel with the board (a module brings the messages it
// names to whichever chunk holds it). Each takes `children`, like every agenda message.

/** AG1: the section's title for tabs and narrow columns. */
export const sectionShortTitleId = (id: SectionId): MessageId => `agenda.section.${id}.short`;
/** AG1: one plain sentence for the family about what the section holds. */
export const sectionExplanationId = (id: SectionId): MessageId => `agenda.section.${id}.explanation`;
