import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { Link } from '../../components/Link.tsx';
import { Loading, Page } from '../../components/Page.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formatDateTime, londonNow } from '../../format.ts';
import { navigate, paths } from '../../router.ts';
import { useSession } from '../../state/session.ts';
import { CONFERENCE_TYPE_LABELS, type Conference } from '../../../shared/schema/conference.ts';
import { useT } from '../../i18n/useT.tsx';

/** Upcoming soonest first, then past ones most recent first. */
function ordered(list: readonly Conference[]): Conference[] {
  const now = londonNow();
  const upcoming = list.filter((c) => c.endsAt >= now && c.status === 'open').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = list.filter((c) => !upcoming.includes(c)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return [...upcoming, ...past];
}

export function ConferenceList() {
  const t = useT();
  const session = useSession((s) => s.session);
  const [list, setList] = useState<Conference[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .listConferences()
      .then((r) => live && setList(ordered(r.conferences)))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e.message : 'We could not load your conferences.'));
    return () => {
      live = false;
    };
  }, []);

  const canCreate = session?.kind === 'staff' && session.user.role === 'chair';
  return (
    <Page title="My conferences" wide>
      <h1 className="cr-heading-l">My conferences</h1>
      {canCreate ? (
        <button type="button" className="cr-button" onClick={() => navigate(paths.create())}>
          Create a conference
        </button>
      ) : null}
      {error ? <p className="cr-body cr-error-message">{error}</p> : null}
      {!list && !error ? <Loading label="Loading your conferences…" /> : null}
      {list && list.length === 0 ? <p className="cr-body">You have no conferences yet.</p> : null}
      {list && list.length > 0 ? (
        <ul className="cr-conference-list" aria-label="Conferences">
          {list.map((c) => (
            <li key={c.id} className="cr-conference-card">
              <h2 className="cr-heading-m">
                <Link href={paths.room(c.id)}>{c.children.map((ch) => ch.name).join(', ')}</Link>
              </h2>
              {/* Two conferences about the same children differ by type, date and the council's reference: say all three first. */}
              <p className="cr-body cr-conference-card__what">
                <strong>{CONFERENCE_TYPE_LABELS[c.type]}</strong> · {formatDateTime(c.startsAt)}
                {c.reference ? <> · Reference {c.reference}</> : null}
              </p>
              <p className="cr-body cr-conference-card__meta">{c.online && c.venue !== 'Online' ? (c.venue ? `Online and at ${c.venue}` : 'Online') : c.venue}</p>
              <p className="cr-conference-card__actions">
                {c.status === 'closed' ? <Tag colour="grey">Meeting ended</Tag> : <Tag colour="blue">Open</Tag>}
                <Link href={paths.room(c.id)} className="cr-link">
                  Open the room<span className="cr-visually-hidden"> for {c.children.map((ch) => ch.name).join(', ')}</span>
                </Link>
                <Link href={paths.setup(c.id)} className="cr-link">
                  Attendees and invites<span className="cr-visually-hidden"> for {c.children.map((ch) => ch.name).join(', ')}</span>
                </Link>
                <Link href={paths.case(c.caseId)} className="cr-link">
                  {t('cases.open')}<span className="cr-visually-hidden"> {t('cases.openFor', { names: c.children.map((ch) => ch.name).join(', ') })}</span>
                </Link>
                <Link href={paths.record(c.id)} className="cr-link">
                  The record<span className="cr-visually-hidden"> for {c.children.map((ch) => ch.name).join(', ')}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
