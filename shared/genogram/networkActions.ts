import type { NetworkMember } from '../schema/networkMember.ts';
import type { PlanAction } from '../schema/action.ts';

/**
 * GA — The plan's actions that name someone in the safety network: the network panel lists them
 * under each person. The plan's "who" is free text ("Sam with Kerys, Dean, Glenys, Sandra, Rhys"),
 * so a person is named when their full name or first name appears as a whole word.
 */
export function actionsFor(member: Pick<NetworkMember, 'name'>, actions: readonly PlanAction[]): PlanAction[] {
  const full = member.name.trim();
  if (!full) return [];
  const first = full.split(/\s+/)[0]!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^\\p{L}])(${escape(full)}|${escape(first)})($|[^\\p{L}])`, 'iu');
  return actions.filter((a) => re.test(a.who));
}
