import { z } from 'zod/mini';

/** Staff accounts log in with a password. */
export const STAFF_ROLES = ['admin', 'chair', 'notetaker'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Attendees join through a personal invite link. `projector` is a device, not a person. */
export const ATTENDEE_ROLES = [
  'parent',
  'child',
  'advocate',
  'social_worker',
  'police',
  'education',
  'health',
  'gp',
  'other_professional',
  'supporter',
  'interpreter',
  'observer',
  'projector',
] as const;
export const attendeeRoleSchema = z.enum(ATTENDEE_ROLES);
export type AttendeeRole = z.infer<typeof attendeeRoleSchema>;

export type Role = StaffRole | AttendeeRole;

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  chair: 'Chair',
  notetaker: 'Note taker',
  parent: 'Parent or carer',
  child: 'Child or young person',
  advocate: 'Advocate',
  social_worker: 'Social worker',
  police: 'Police',
  education: 'Education',
  health: 'Health',
  gp: 'GP (family doctor)',
  other_professional: 'Other professional',
  supporter: 'Supporter or solicitor',
  interpreter: 'Interpreter',
  observer: 'Observer',
  projector: 'Projector',
};

export const ATTENDANCE = ['present', 'apologies', 'report_only'] as const;
export const attendanceSchema = z.enum(ATTENDANCE);
export type Attendance = z.infer<typeof attendanceSchema>;

