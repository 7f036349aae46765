import { z } from 'zod/mini';
import { jurisdictionSchema } from '../rules/jurisdiction.ts';
import { attendanceSchema, attendeeRoleSchema } from './roles.ts';
import { CONFERENCE_LANGUAGES, type ConferenceLanguage } from '../i18n/locale.ts';
import { v } from '../i18n/zodErrors.ts';
import { CONFERENCE_TYPES, type ConferenceType } from '../rules/conferenceKind.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, v('validation.date')));
/** Local wall-clock time in the conference's own time zone (Europe/London), minutes precision. */
const localDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, v('validation.dateTime')));
const name = z.string().check(z.trim(), z.minLength(1, v('validation.name.required')), z.maxLength(120, v('validation.name.tooLong')));

export const GENDERS = ['female', 'male', 'non_binary', 'unborn', 'not_known'] as const;

export const childSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name,
  dateOfBirth: z.nullable(isoDate),
  gender: z.enum(GENDERS),
});
export type Child = z.infer<typeof childSchema>;

export { CONFERENCE_TYPES, type ConferenceType };
export const conferenceTypeSchema = z.enum(CONFERENCE_TYPES);

/** When and where: set at creation and changeable until the meeting starts (SD1). */
const scheduleFields = {
  startsAt: localDateTime,
  durationMinutes: z._default(z.number().check(z.int(), z.minimum(15), z.maximum(8 * 60)), 120),
  venue: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  online: z._default(z.boolean(), false),
  /** The council's own case or meeting reference, so two conferences about the same children can be told apart. */
  reference: z._default(z.string().check(z.trim(), z.maxLength(60, v('validation.reference.tooLong'))), ''),
};
const hasPlace = (c: { online: boolean; venue: string }) => c.online || c.venue.length > 0;
const PLACE_MESSAGE = v('validation.conference.place');

export const conferenceLanguageSchema = z.enum(CONFERENCE_LANGUAGES);
/** The chair's change of the conference's language (any time while it is open). */
export const conferenceLanguageInputSchema = z.strictObject({ language: conferenceLanguageSchema });

/** What a chair enters to create a conference (CF1). Children need at least one entry. */
export const conferenceInputSchema = z
  .strictObject({
    type: conferenceTypeSchema,
    jurisdiction: jurisdictionSchema,
    language: z._default(conferenceLanguageSchema, 'en'),
    ...scheduleFields,
    children: z.array(z.omit(childSchema, { id: true })).check(z.minLength(1, v('validation.conference.children')), z.maxLength(12)),
  })
  .check(z.refine(hasPlace, { message: PLACE_MESSAGE, path: ['venue'] }));
export type ConferenceInput = z.infer<typeof conferenceInputSchema>;


export const conferenceIdSchema = z.string().check(z.regex(/^[a-z0-9]{10,32}$/));

/**
 * RV1 — A review made from the case's last conference: the children, the people and the work so far
 * come from that conference; the chair gives the date and place, and the jurisdiction when the
 * family has moved (it stays the last conference's otherwise).
 */
export const reviewInputSchema = z
  .strictObject({
    type: z.literal('review'),
    previousConferenceId: conferenceIdSchema,
    jurisdiction: z.optional(jurisdictionSchema),
    language: z.optional(conferenceLanguageSchema),
    ...scheduleFields,
  })
  .check(z.refine(hasPlace, { message: PLACE_MESSAGE, path: ['venue'] }));
export type ReviewInput = z.infer<typeof reviewInputSchema>;

/** RV2 — The children of a conference, changed by the chair before it starts: a child keeps their id; a new one has none yet. */
export const childrenInputSchema = z.strictObject({
  children: z.array(z.extend(childSchema, { id: z.optional(childSchema.shape.id) })).check(z.minLength(1, v('validation.conference.children')), z.maxLength(12)),
});
export type ChildrenInput = z.infer<typeof childrenInputSchema>;

/** SD1 — What the chair may change before the meeting starts: the date, time, length, place and reference. */
export const conferenceScheduleSchema = z.strictObject(scheduleFields).check(z.refine(hasPlace, { message: PLACE_MESSAGE, path: ['venue'] }));
export type ConferenceSchedule = z.infer<typeof conferenceScheduleSchema>;

export const CONFERENCE_STATUSES = ['open', 'closed'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** A conference as the HTTP API returns it. */
export interface Conference {
  id: string;
  type: ConferenceType;
  jurisdiction: z.infer<typeof jurisdictionSchema>;
  startsAt: string;
  endsAt: string;
  /** Minutes booked, from `startsAt` to `endsAt`. */
  durationMinutes: number;
  venue: string;
  online: boolean;
  reference: string;
  /** English, Welsh, or both (Welsh first): the default for each person's device, and the projector's language. */
  language: ConferenceLanguage;
  children: Child[];
  status: ConferenceStatus;
  createdBy: string;
  /** CA1: the case this conference belongs to (shared by every conference about the same children). */
  caseId: string;
  /** RV1: the conference this review was made from, or null. */
  previousConferenceId: string | null;
}

/** What a chair enters to add an attendee and make their invite (AT1). */
export const attendeeInputSchema = z.strictObject({
  name,
  role: attendeeRoleSchema,
  agency: z._default(z.string().check(z.trim(), z.maxLength(120)), ''),
  attendance: z._default(attendanceSchema, 'present'),
  /** The language the person needs to take part ('' when none), and whether an interpreter is booked. */
  languageNeeded: z._default(z.string().check(z.trim(), z.maxLength(60)), ''),
  interpreterBooked: z._default(z.boolean(), false),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

export interface Attendee extends AttendeeInput {
  id: string;
  conferenceId: string;
  inviteExpiresAt: string | null;
  revoked: boolean;
  /** Whether the invite has been opened on a device. */
  redeemed: boolean;
}

export const loginSchema = z.object({
  email: z.string().check(z.trim(), z.toLowerCase(), z.email(v('validation.email')), z.maxLength(200)),
  password: z.string().check(z.minLength(1, v('validation.password')), z.maxLength(200)),
});

export const joinSchema = z.strictObject({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{22,64}$/, v('validation.inviteToken'))) });

