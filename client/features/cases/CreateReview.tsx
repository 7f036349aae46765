import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Button, ButtonGroup } from '../../components/govuk/Button.tsx';
import { Checkboxes } from '../../components/govuk/Checkboxes.tsx';
import type { Conference } from '../../../shared/schema/conference.ts';
import type { ReviewCreated } from '../../../shared/api/cases.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';

/**
 * RV1 — The chair makes the next review from the case's latest conference: date, length and place;
 * everything else is carried forward. The new invite links are shown once, here.
 */
export function CreateReview({ previous }: { previous: Conference }) {
  const t = useT();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('90');
  const [venue, setVenue] = useState(previous.online ? '' : previous.venue);
  const [online, setOnline] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [created, setCreated] = useState<ReviewCreated | null>(null);

  if (created) {
    return (
      <section className="govuk-notification-banner govuk-notification-banner--success" aria-labelledby="review-created-title" data-testid="review-created">
        <div className="govuk-notification-banner__content">
          <h2 className="govuk-notification-banner__heading" id="review-created-title">{t('review.created.title')}</h2>
          <p className="govuk-body">{created.carriedFrom.version ? t('review.created.fromVersion', { version: created.carriedFrom.version }) : t('review.created.fromDraft')}</p>
          <p className="govuk-body">{t('review.created.links')}</p>
          <table className="govuk-table cr-new-links">
            <caption className="govuk-table__caption govuk-table__caption--s">{t('review.created.linksCaption')}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">{t('review.created.name')}</th>
                <th scope="col" className="govuk-table__header">{t('review.created.link')}</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {created.invites.map((i) => (
                <tr key={i.attendeeId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">{i.name}</th>
                  <td className="govuk-table__cell"><code>{window.location.origin + i.url}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="govuk-body">
            <Link href={paths.room(created.conference.id)}>{t('cases.openRoom')}</Link>
          </p>
          <p className="govuk-body">
            <Link href={paths.setup(created.conference.id)}>{t('review.created.open')}</Link>
          </p>
        </div>
      </section>
    );
  }
  if (!open) {
    return <Button onClick={() => setOpen(true)}>{t('cases.newReview')}</Button>;
  }
  return (
    <form
      className="cr-create-review"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        screensApi.createReview({ type: 'review', previousConferenceId: previous.id, startsAt, durationMinutes: Number(duration), venue, online, reference: '' })
          .then(setCreated)
          .catch((err: unknown) => setError(err instanceof ApiError ? err.msg : msg('errors.generic')));
      }}
    >
      <h2 className="govuk-heading-m">{t('review.create.title')}</h2>
      <p className="govuk-body">{t('review.create.intro', { when: f.dateTime(previous.startsAt) })}</p>
      {error ? <p className="govuk-error-message" role="alert">{t('review.create.failed', { reason: t(error) })}</p> : null}
      <Input id="review-starts-at" type="datetime-local" label={t('review.create.startsAt')} hint={t('review.create.startsAtHint')} value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
      <Input id="review-duration" type="number" width={4} label={t('review.create.duration')} value={duration} onChange={(e) => setDuration(e.target.value)} min={15} max={480} />
      <Input id="review-venue" label={t('review.create.venue')} value={venue} onChange={(e) => setVenue(e.target.value)} />
      <Checkboxes<'online'> id="review-online" legend={t('review.create.online')} legendHidden items={[{ value: 'online', label: t('review.create.online') }]} values={online ? ['online'] : []} onChange={(v) => setOnline(v.includes('online'))} />
      <ButtonGroup>
        <Button type="submit">{t('review.create.submit')}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>{t('review.create.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
