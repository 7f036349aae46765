/**
 * "Now" as a wall-clock string in London (YYYY-MM-DDTHH:MM), comparable with a conference's
 * `startsAt`. Digits only, so the same in every language; dates and times people read are
 * formatted by useFormat() (shared/i18n/format.ts).
 */
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
