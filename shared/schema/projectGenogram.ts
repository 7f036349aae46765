import * as Y from 'yjs';
import { F, docs, isBoolean, isNumber, isRecord, isString, readField, type EntityMap } from './docLayout.ts';
import { PERSON_GENDERS, PERSON_KINDS, type Person, type PersonGender, type PersonKind } from './person.ts';
import { RELATIONSHIP_KINDS, RELATIONSHIP_TYPES, type Relationship, type RelationshipKind } from './relationship.ts';
import type { Household } from './household.ts';
import { DETAIL_KINDS, type Detail, type DetailKind } from './genogramDetail.ts';
import { NETWORK_GROUPS, type NetworkGroup, type NetworkMember } from './networkMember.ts';
import { validRelationships } from '../rules/genogram.ts';

/** The genogram and safety network as the interface reads them (frozen by `project()`). */
export interface Genogram {
  people: readonly Person[];
  relationships: readonly Relationship[];
  households: readonly Household[];
  details: readonly Detail[];
  network: readonly NetworkMember[];
}

const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);

function read<T>(shared: Y.Doc, professional: Y.Doc | null, col: (d: Y.Doc) => Y.Map<EntityMap>, fn: (id: string, m: EntityMap, restricted: boolean) => T | null): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  // The professional copy wins: an entity caught mid-move (copied, not yet deleted) reads as restricted.
  for (const [doc, restricted] of [[professional, true], [shared, false]] as const) {
    if (!doc) continue;
    col(doc).forEach((m, id) => {
      if (!(m instanceof Y.Map) || seen.has(id)) return;
      const v = fn(id, m, restricted);
      if (v) {
        seen.add(id);
        out.push(v);
      }
    });
  }
  return out.sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
}

const str = (m: EntityMap, k: Parameters<typeof readField>[1]) => readField(m, k, isString, '');

function readPerson(id: string, m: EntityMap, restricted: boolean): Person {
  const x = m.get(F.x);
  const y = m.get(F.y);
  return {
    id,
    name: str(m, F.name),
    gender: oneOf<PersonGender>(PERSON_GENDERS, m.get(F.gender), 'other'),
    kind: oneOf<PersonKind>(PERSON_KINDS, m.get(F.kind), 'person'),
    born: str(m, F.born),
    died: str(m, F.died),
    deceased: readField(m, F.deceased, isBoolean, false),
    childId: str(m, F.childId),
    household: str(m, F.household),
    pos: isNumber(x) && isNumber(y) ? { x, y } : null,
    restricted,
  };
}

function readRelationship(id: string, m: EntityMap, restricted: boolean): Relationship | null {
  const kind = m.get(F.kind) as RelationshipKind;
  if (!RELATIONSHIP_KINDS.includes(kind)) return null;
  const type = str(m, F.type);
  return {
    id,
    kind,
    a: str(m, F.a),
    b: str(m, F.b),
    type: RELATIONSHIP_TYPES[kind].includes(type) ? type : (RELATIONSHIP_TYPES[kind][0] as string),
    since: str(m, F.since),
    restricted,
  };
}

function readDetail(id: string, m: EntityMap, restricted: boolean): Detail | null {
  const text = str(m, F.text);
  const of = str(m, F.of);
  if (!text || !of) return null;
  return { id, of, kind: oneOf<DetailKind>(DETAIL_KINDS, m.get(F.kind), 'note'), text, restricted };
}

function readNetwork(id: string, m: EntityMap, restricted: boolean): NetworkMember {
  const to = m.get(F.toChildren);
  const toChildren: Record<string, string> = {};
  if (isRecord(to)) for (const [k, v] of Object.entries(to)) if (isString(v) && v) toChildren[k] = v;
  return {
    id,
    name: str(m, F.name),
    personId: str(m, F.personId),
    group: oneOf<NetworkGroup>(NETWORK_GROUPS, m.get(F.group), 'family'),
    does: str(m, F.does),
    toChildren,
    restricted,
  };
}

/**
 * PR2 — Read the genogram from the shared document and, for professionals, the professional one.
 * Repair on read: a relationship whose person is gone (deleted, or restricted and so absent from a
 * family device), a cycle or a third birth parent is dropped (GN6); a household or link to someone
 * not there reads as none; a detail of something not there is dropped. A family device therefore
 * never draws an empty box or a dangling line for what it may not see.
 */
export function projectGenogram(shared: Y.Doc, professional: Y.Doc | null): Genogram {
  const people = read(shared, professional, docs.people, readPerson);
  const households = read(shared, professional, docs.households, (id, m, restricted) => ({ id, label: str(m, F.label), restricted }));
  const householdIds = new Set(households.map((h) => h.id));
  const byId = new Map(people.map((p) => [p.id, p]));
  const childTaken = new Set<string>();
  for (const p of people) {
    if (p.household && !householdIds.has(p.household)) p.household = '';
    // One person per conference child: a merge that made two keeps the first.
    if (p.childId) {
      if (childTaken.has(p.childId)) p.childId = '';
      else childTaken.add(p.childId);
    }
  }
  const relationships = validRelationships(byId, read(shared, professional, docs.relationships, readRelationship));
  const network = read(shared, professional, docs.network, readNetwork);
  for (const n of network) if (n.personId && !byId.has(n.personId)) n.personId = '';
  const owners = new Set([...byId.keys(), ...householdIds, ...network.map((n) => n.id)]);
  const details = read(shared, professional, docs.details, readDetail).filter((d) => owners.has(d.of));
  return { people, relationships, households, details, network };
}
