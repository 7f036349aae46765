/**
 * Dates as people in the room read them. Conference times are wall-clock times in the
 * conference's own zone (Europe/London), so they are formatted as written, never shifted.
 */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'UTC',
});
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function wallClock(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

/** "Friday 14 March 2025 at 10:00am" */
export function formatDateTime(value: string): string {
  const d = wallClock(value);
  if (!d) return value;
  const parts = DATE_TIME.formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase().replace(/\s/g, '')}`;
}

/** "14 March 2025" */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = wallClock(value);
  return d ? DATE.format(d) : value;
}

/** "Now" as a wall-clock string in London, comparable with `startsAt`. */
export function londonNow(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Today's date (London) as YYYY-MM-DD, for date inputs. */
export function londonToday(): string {
  return londonNow().slice(0, 10);
}

const DAY_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday 17 December 2024", for deadlines people will put in their diaries. */
export function formatDayDate(value: string): string {
  const d = wallClock(value);
  return d ? DAY_DATE.format(d).replace(',', '') : value;
}

/** "by when" as written in a plan: a date reads as a date, words stay as they are. */
export function formatByWhen(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

/** "11:05", the time of day something was recorded (the device's own clock). */
export function formatTime(iso: string): string {
  return iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
}
