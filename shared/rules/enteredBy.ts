import { ATTENDEE_ROLES, ROLE_LABELS, type Role } from '../schema/roles.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/translate.ts';
import { msg, type MessageId } from '../i18n/messages.ts';

// CV2 apart from the rest of the child's voice (childVoice.ts): every board item shows who entered
// it, so every reader of a board needs these, and not the child's forms, validators and words.

/** CV2: who entered a child's words for them, kept as facts (their name and role) and worded when shown. */
export interface EnteredBy {
  name: string;
  role: string;
}

/** Items stored before the facts were kept apart say it in English: "Entered by Rhian Jones (advocate) for Poppy". */
const OLD_LINE = /^Entered by (.+) \(([^()]+)\) for .+$/;

/**
 * CV2: who entered an item's words for the child: the facts, read from an old item's English line
 * when its role can be told; that line as it is when not; null when the child wrote them.
 */
export function enteredByOf(details: { enteredByName?: string | null | undefined; enteredByRole?: string | null | undefined; enteredBy?: string | null | undefined }): EnteredBy | string | null {
  if (details.enteredByName) return { name: details.enteredByName, role: details.enteredByRole ?? '' };
  if (!details.enteredBy) return null;
  const m = OLD_LINE.exec(details.enteredBy);
  const role = m ? (Object.keys(ROLE_LABELS) as Role[]).find((r) => ROLE_LABELS[r].toLowerCase() === m[2]!.toLowerCase()) : undefined;
  return m && role ? { name: m[1]!, role } : details.enteredBy;
}

/** CV2: "Entered by Rhian Jones (advocate) for Poppy", in the reader's language; null when the child wrote them. */
export function enteredByWords(details: Parameters<typeof enteredByOf>[0], childFirstName: string, locale: Locale): string | null {
  const by = enteredByOf(details);
  if (by === null || typeof by === 'string') return by;
  const role = (ATTENDEE_ROLES as readonly string[]).includes(by.role) ? translate(locale, msg(`role.${by.role}` as MessageId)).toLocaleLowerCase(locale) : '';
  return translate(locale, msg('childVoice.enteredByLine', { name: by.name, role, child: childFirstName }));
}
