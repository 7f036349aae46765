import type * as Y from 'yjs';
import { docs } from '../schema/docLayout.ts';
import { childScaleSchema, HOUSE_SECTION, childWordsSchema, enteredOnBehalf } from '../rules/childVoice.ts';
import type { EnteredBy } from '../rules/enteredBy.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { addItem } from './items.ts';
import { SERVER_ORIGIN } from './docs.ts';
import type { Sender } from './intake.ts';

/** Who sent a child's words or score, and the words the record marks them with when not the child (CV2). */
export interface ChildVoiceSender extends Sender {
  /** Who entered it for the child (their name and role, worded when shown), or null when the child sent it. */
  onBehalf: EnteredBy | null;
}

/**
 * CV1/CV2 — Server only: the child's words go into one of that child's houses on the shared board,
 * said by the child; when someone else entered them, the item says so.
 */
export function addChildWords(shared: Y.Doc, input: unknown, child: { id: string; name: string }, by: ChildVoiceSender, id: string, origin: unknown = SERVER_ORIGIN): Result<string> {
  const parsed = childWordsSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  return addItem({ shared, professional: null }, {
    section: HOUSE_SECTION[parsed.data.house],
    text: parsed.data.text,
    source: { name: child.name, agency: '' },
    details: { childId: child.id, ...(by.onBehalf ? { enteredByName: by.onBehalf.name, enteredByRole: by.onBehalf.role } : {}) },
    restricted: false,
    addedBy: by.attendeeId,
  }, origin, id);
}

/** CV1/CV2 — Server only: a child's own score (the latest counts), marked when someone entered it for them. */
export function putChildScale(shared: Y.Doc, input: unknown, by: ChildVoiceSender, origin: unknown = SERVER_ORIGIN): Result {
  const parsed = childScaleSchema.safeParse(input);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  const { childId, score, words } = parsed.data;
  shared.transact(() => {
    docs.childScales(shared).set(childId, { score, words, byName: by.name, byRole: by.role, onBehalf: enteredOnBehalf(by.role), at: new Date().toISOString() });
  }, origin);
  return ok(undefined);
}
