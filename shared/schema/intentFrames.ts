import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

/**
 * IN10 — An intent over the shared document's socket, which every device keeps open, instead of an
 * HTTP request: the same body as `POST /api/conferences/:id/intents` and the same answer (status
 * and JSON body), checked and stored by the same code (docs/api.md "Intents"). A phone then needs
 * no second connection for a score, and the answer still comes only once the intent is stored.
 * Message types 0–3 are y-websocket's, 100 is the storage status (syncStatus.ts).
 *
 * Request: varString JSON of the intent. Answer: varString the intent's id as sent (empty when
 * there was none to read), varUint HTTP status, varString JSON body.
 */
export const MSG_INTENT = 101;
export const MSG_INTENT_ANSWER = 102;

export interface IntentAnswer {
  id: string;
  status: number;
  body: unknown;
}

export function intentFrame(intent: { id: string } & Record<string, unknown>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_INTENT);
  encoding.writeVarString(e, JSON.stringify(intent));
  return encoding.toUint8Array(e);
}

export function intentAnswerFrame(id: string, status: number, body: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_INTENT_ANSWER);
  encoding.writeVarString(e, id);
  encoding.writeVarUint(e, status);
  encoding.writeVarString(e, body);
  return encoding.toUint8Array(e);
}

/** The answer after its message type has been read (y-websocket's handlers get the decoder there). */
export function readIntentAnswer(d: decoding.Decoder): IntentAnswer {
  const id = decoding.readVarString(d);
  const status = decoding.readVarUint(d);
  return { id, status, body: JSON.parse(decoding.readVarString(d)) as unknown };
}
