import { F, docs } from '../schema/docLayout.ts';
import { networkFieldsSchema, type NetworkFields } from '../schema/networkMember.ts';
import { newId } from '../schema/ids.ts';
import { fail, ok, zodReasons, type Result } from '../result.ts';
import { LOCAL_ORIGIN, type ConferenceDocs } from './docs.ts';
import { eachEntity, locateIn, newEntity, targetDoc, writeFields } from './genogramDocs.ts';

/** NW — The safety network around the tree: who helps keep the children safe, and how. */

const DEFAULTS: NetworkFields = { name: '', personId: '', group: 'family', does: '', toChildren: {} };

/** NW1 — Add someone to the safety network. */
export function addNetworkMember(d: ConferenceDocs, input: Partial<NetworkFields>, restricted = false, origin: unknown = LOCAL_ORIGIN, id = newId()): Result<string> {
  const parsed = networkFieldsSchema.safeParse({ ...DEFAULTS, ...input });
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (parsed.data.personId && !locateIn(d, 'people', parsed.data.personId)) return fail('That person has been removed from the family tree');
  const doc = targetDoc(d, restricted);
  if (!doc) return fail('Only professionals can add something for professionals only');
  doc.transact(() => {
    const m = newEntity(parsed.data);
    docs.network(doc).set(id, m);
  }, origin);
  return ok(id);
}

/** NW2 — Change what someone in the network is to each child, or what they do. */
export function editNetworkMember(d: ConferenceDocs, id: string, patch: Partial<NetworkFields>, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'network', id);
  if (!at) return fail('That person has been removed from the safety network');
  const parsed = networkFieldsSchema.partial().safeParse(patch);
  if (!parsed.success) return fail(...zodReasons(parsed.error));
  if (parsed.data.name !== undefined && !parsed.data.name) return fail('Enter their name');
  at.doc.transact(() => writeFields(at.map, parsed.data), origin);
  return ok(undefined);
}

/** NW3 — Remove someone from the safety network, with their details. */
export function deleteNetworkMember(d: ConferenceDocs, id: string, origin: unknown = LOCAL_ORIGIN): Result {
  const at = locateIn(d, 'network', id);
  if (!at) return ok(undefined);
  eachEntity(d, 'details', origin, (did, m, c) => {
    if (m.get(F.of) === id) c.delete(did);
  });
  at.doc.transact(() => docs.network(at.doc).delete(id), origin);
  return ok(undefined);
}
