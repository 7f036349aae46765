import { useCallback } from 'react';
import { ATTENDEE_ROLES, STAFF_ROLES, type Role } from '../../../shared/schema/roles.ts';
import { useT } from '../../i18n/useT.tsx';

const ROLES: ReadonlySet<string> = new Set([...STAFF_ROLES, ...ATTENDEE_ROLES]);

/** A role's name in the current language; a role this version does not know (a newer server's) shows as sent. */
export function useRoleName(): (role: string) => string {
  const t = useT();
  return useCallback((role: string) => (ROLES.has(role) ? t(`role.${role as Role}`) : role), [t]);
}
