import { z } from 'zod/mini';
import { attendanceSchema, attendeeRoleSchema, staffRoleSchema } from './roles.ts';
import { defineRecord, fieldKeys } from './record.ts';

/**
 * Someone on the conference, mirrored by the server from the attendee records (AT2); the chair
 * records attendance (AT3). Not restrictable: the family sees who is in the meeting.
 */
export const attendeeSchema = z.object({
  name: z.catch(z.string(), ''),
  role: z.catch(z.union([attendeeRoleSchema, staffRoleSchema]), 'other_professional'),
  agency: z.catch(z.string(), ''),
  attendance: z.catch(attendanceSchema, 'present'),
  /** The language the person needs to take part (in their own words, e.g. "Cymraeg", "Polish", "BSL"); '' when none. */
  languageNeeded: z.catch(z.string(), ''),
  /** Whether an interpreter is booked for that language. */
  interpreterBooked: z.catch(z.boolean(), false),
});
export type AttendeeRecord = z.infer<typeof attendeeSchema>;
export type AttendeeEntry = AttendeeRecord & { readonly id: string };
export const ATTENDEE_FIELDS = fieldKeys(attendeeSchema);

export const ATTENDEE = defineRecord({ collection: 'attendees', noun: 'person', schema: attendeeSchema, text: [], links: [], restrictable: false });
