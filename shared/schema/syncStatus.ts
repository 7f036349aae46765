/**
 * SF2 — Whether the server is saving a writer's edits. y-websocket uses message types 0–3; this one
 * is ours, sent on the same socket, only to connections that may write (the chair and note taker).
 * Payload: one varUint, 1 when edits are being saved again, 0 when the store cannot take them.
 * While it is 0 nothing is disconnected: edits stay on the writer's device and in the server's
 * memory, and are saved and shared as soon as the store is back.
 */
export const MSG_STORAGE_STATUS = 100;

export const STORAGE_SAVING = 1;
export const STORAGE_NOT_SAVING = 0;

