import type * as Y from 'yjs';

/** The documents a command may touch. `professional` is null on family devices and the projector. */
export interface ConferenceDocs {
  shared: Y.Doc;
  professional: Y.Doc | null;
}

/** Origin of edits made on this device; undo tracks only this origin so nobody undoes another's edit. */
export const LOCAL_ORIGIN = 'local';
/** Origin of edits the server makes (intents, reveals, attendees). */
export const SERVER_ORIGIN = 'server';
