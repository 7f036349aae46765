/**
 * Rules about professionals-only entities that every screen shares (docs/document.md, "Restriction").
 */

/** RS5 — While the closed session is on, everything new in any step defaults to professionals only; the chair can untick it. */
export function restrictedByDefault(model: { closedSession: boolean }): boolean {
  return model.closedSession;
}

/**
 * RS6 — Numbers as the family and the projector see them: shared entities are numbered 1, 2, 3 in
 * order, and restricted ones get no number, so no family screen shows a gap where one sits and
 * the chair's "action 2" is the family's "action 2".
 */
export function familyNumbers(list: readonly { id: string; restricted: boolean }[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const e of list) if (!e.restricted) out.set(e.id, out.size + 1);
  return out;
}

/** RS6 — How many of a list the family sees. */
export function familyCount(list: readonly { restricted: boolean }[]): number {
  return list.filter((e) => !e.restricted).length;
}
