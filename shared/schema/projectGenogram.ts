import type * as Y from 'yjs';
import { readRestrictable } from './twins.ts';
import { PERSON, type Person } from './person.ts';
import { RELATIONSHIP, RELATIONSHIP_TYPES, type Relationship } from './relationship.ts';
import { HOUSEHOLD, type Household } from './household.ts';
import { DETAIL, type Detail } from './genogramDetail.ts';
import { NETWORK, type NetworkMember } from './networkMember.ts';
import { validRelationships } from '../rules/genogram.ts';

/** The genogram and safety network as the interface reads them (frozen by `project()`). */
export interface Genogram {
  people: readonly Person[];
  relationships: readonly Relationship[];
  households: readonly Household[];
  details: readonly Detail[];
  network: readonly NetworkMember[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);

/**
 * PR3 — Read the genogram from the shared document and, for professionals, its restricted twins
 * (each record type through its own validator, RS1). Repair on read: a relationship whose person
 * is gone (deleted, or restricted and so absent from a family device), a cycle or a third birth
 * parent is dropped (GN6); a household or person link to something not there reads as none; a
 * detail of something not there is dropped. A family device therefore never draws an empty box
 * or a dangling line for what it may not see.
 */
export function projectGenogram(shared: Y.Doc, professional: Y.Doc | null): Genogram {
  const households = readRestrictable(HOUSEHOLD, shared, professional).sort(byId);
  const householdIds = new Set(households.map((h) => h.id));
  const childTaken = new Set<string>();
  const people: Person[] = readRestrictable(PERSON, shared, professional)
    .sort(byId)
    .map(({ x, y, ...p }) => {
      // One person per conference child: a merge that made two keeps the first.
      const childId = p.childId && !childTaken.has(p.childId) ? p.childId : '';
      if (childId) childTaken.add(childId);
      return { ...p, childId, household: householdIds.has(p.household) ? p.household : '', pos: x !== undefined && y !== undefined ? { x, y } : null };
    });
  const people_ = new Map(people.map((p) => [p.id, p]));
  const relationships = validRelationships(
    people_,
    readRestrictable(RELATIONSHIP, shared, professional).map((r) => ({ ...r, type: RELATIONSHIP_TYPES[r.kind].includes(r.type) ? r.type : RELATIONSHIP_TYPES[r.kind][0]! })),
  );
  const network = readRestrictable(NETWORK, shared, professional)
    .sort(byId)
    .map((n) => ({ ...n, personId: people_.has(n.personId) ? n.personId : '' }));
  const owners = new Set([...people_.keys(), ...householdIds, ...network.map((n) => n.id)]);
  const details = readRestrictable(DETAIL, shared, professional).filter((d) => owners.has(d.of)).sort(byId);
  return { people, relationships, households, details, network };
}
