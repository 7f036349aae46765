import type { ConferenceModel } from '../schema/project.ts';
import { msg, type Msg } from '../i18n/messages.ts';

/**
 * SD1 — The date, time and place can be changed until the meeting starts. The meeting has started
 * once the room has moved past the welcome step, or anything has been recorded: going back to the
 * welcome step later does not make it unstarted. A review's carried danger statements and plan
 * (and progress reported on it) do not count.
 */
export function meetingStarted(m: Pick<ConferenceModel, 'step' | 'items' | 'dangers' | 'actions' | 'rounds' | 'views' | 'decision'>): boolean {
  return (
    m.step !== 'welcome' ||
    m.items.length > 0 ||
    // RV1: what a review carried forward from the last conference was not recorded at this meeting.
    m.dangers.some((d) => !d.carried) ||
    m.actions.some((a) => !a.carried) ||
    m.rounds.length > 0 ||
    m.views.length > 0 ||
    m.decision.decidedAt !== null
  );
}

/** Invite links stop working this long after the meeting's booked end (AT4). */
export const INVITE_GRACE_HOURS = 24;

/** Add minutes to a wall-clock string as written (a clock change shifts it by an hour at most: fine for a warning). */
function addWallMinutes(local: string, minutes: number): string {
  const d = new Date(`${local}:00Z`);
  return new Date(d.getTime() + minutes * 60_000).toISOString().slice(0, 16);
}

/**
 * SD2 — A warning for a start in the past, or null. Times are London wall-clock strings
 * (`YYYY-MM-DDTHH:MM`), so they compare as text. Links made for a meeting that ended more than a
 * day ago would not work at all, and the chair must hear that before sending them.
 */
export function pastStartWarning(startsAt: string, durationMinutes: number, nowLocal: string): Msg | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(startsAt) || startsAt >= nowLocal) return null;
  const linksDead = addWallMinutes(startsAt, durationMinutes + INVITE_GRACE_HOURS * 60) < nowLocal;
  return msg(linksDead ? 'rules.schedule.pastLinksDead' : 'rules.schedule.past');
}
