import { z } from 'zod/mini';
import { networkFieldsSchema, NETWORK, type NetworkFields } from '../schema/networkMember.ts';
import { DETAIL } from '../schema/genogramDetail.ts';
import { PERSON } from '../schema/person.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { msg } from '../i18n/messages.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { addEntity, locateIn } from './restriction.ts';
import { inEachDoc, writeFields } from './genogramDocs.ts';

/** NW — The safety network around the tree: who helps keep the children safe, and how. */

const DEFAULTS: NetworkFields = { name: '', personId: '', group: 'family', does: '', toChildren: {} };

/** NW1 — Add someone to the safety network. */
export function addNetworkMember(d: ConferenceDocs, input: Partial<NetworkFields>, restricted = false, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = networkFieldsSchema.safeParse({ ...DEFAULTS, ...input });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (parsed.data.personId && !locateIn(d, PERSON, parsed.data.personId)) return fail(msg('commands.genogram.personGone'));
  return addEntity(d, NETWORK, id, parsed.data, restricted, origin);
}

/** NW2 — Change what someone in the network is to each child, or what they do. */
export function editNetworkMember(d: ConferenceDocs, id: string, patch: Partial<NetworkFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, NETWORK, id);
  if (!at) return fail(msg('commands.network.gone'));
  const parsed = z.partial(networkFieldsSchema).safeParse(patch);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (parsed.data.name !== undefined && !parsed.data.name) return fail(msg('commands.network.nameMissing'));
  at.doc.transact(() => writeFields(at.map, parsed.data), origin);
  return ok(undefined);
}

/** NW3 — Remove someone from the safety network, with their details. */
export function deleteNetworkMember(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  if (!locateIn(d, NETWORK, id)) return ok(undefined);
  inEachDoc(d, origin, (_doc, each) => {
    each(DETAIL, (did, m, col) => m.get('of') === id && col.delete(did));
    each(NETWORK, (nid, _m, col) => nid === id && col.delete(nid));
  });
  return ok(undefined);
}
