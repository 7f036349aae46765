import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { Tag } from '../../components/govuk/Tag.tsx';
import type { ReactNode } from 'react';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import type { Attendee } from '../../../shared/schema/conference.ts';
import { inviteStatus } from './inviteStatus.ts';

/** Words for screen readers only: which person a row's button is for. */
const hidden = (chunks: ReactNode[]) => <span className="govuk-visually-hidden">{chunks}</span>;

/** The id of an attendee's "Change language" button, so focus can come back to it. */
export const changeLanguageId = (a: Pick<Attendee, 'id'>) => `change-language-${a.id}`;

/** Everyone invited, with the language they need, the state of their link and what the chair can do about it. */
export function AttendeeTable({
  attendees,
  linksChangeable,
  onReissue,
  onRevoke,
  onChangeLanguage,
}: {
  attendees: readonly Attendee[];
  /** False once the meeting has ended: no link can be made or removed then, nor anything changed. */
  linksChangeable: boolean;
  onReissue: (a: Attendee) => void;
  onRevoke: (a: Attendee) => void;
  onChangeLanguage: (a: Attendee) => void;
}) {
  const t = useT();
  const f = useFormat();
  if (attendees.length === 0) return <p className="govuk-body">{t('setup.attendees.none')}</p>;
  const sorted = [...attendees].sort((a, b) => f.compareNames(a.name, b.name));
  const head = [
    { key: 'name', content: t('setup.attendees.name') },
    { key: 'role', content: t('setup.attendees.role') },
    { key: 'agency', content: t('setup.attendees.agency') },
    { key: 'attendance', content: t('setup.attendees.attendance') },
    { key: 'language', content: t('setup.attendees.language') },
    { key: 'link', content: t('setup.attendees.link') },
    ...(linksChangeable ? [{ key: 'actions', content: t('setup.attendees.actions'), hidden: true }] : []),
  ];
  // On a phone the header row is hidden and each row stacks: each value carries its column's name there.
  const labelled = (column: number, value: ReactNode) =>
    value ? (
      <>
        <span className="cr-attendee-table__label" aria-hidden="true">
          {head[column]?.content}
        </span>
        {value}
      </>
    ) : null;
  return (
    <Table
      caption={t('setup.attendees.caption')}
      captionSize="m"
      className="cr-attendee-table"
      firstCellIsHeader
      head={head}
      rows={sorted.map((a) => {
        const status = inviteStatus(a);
        const values = { name: a.name, h: hidden };
        return {
          key: a.id,
          cells: [
            a.name,
            labelled(1, t(`role.${a.role}`)),
            labelled(2, a.agency),
            labelled(3, t(`attendance.${a.attendance}`)),
            labelled(4, a.languageNeeded ? t('setup.attendees.languageLine', { language: a.languageNeeded, booked: a.interpreterBooked ? 'yes' : 'no' }) : ''),
            labelled(5, <Tag colour={status.colour}>{t(status.label)}</Tag>),
            ...(linksChangeable
              ? [
                  <div className="cr-table__actions">
                    {a.role === 'projector' ? null : (
                      <Button id={changeLanguageId(a)} variant="secondary" small onClick={() => onChangeLanguage(a)}>
                        <T id="setup.attendees.changeLanguage" values={values} />
                      </Button>
                    )}
                    <Button variant="secondary" small onClick={() => onReissue(a)}>
                      <T id="setup.attendees.newLink" values={values} />
                    </Button>
                    {a.revoked ? null : (
                      <InlineConfirm
                        className="govuk-button govuk-button--secondary cr-button--small"
                        label={<T id="setup.attendees.removeLink" values={values} />}
                        question={t('setup.attendees.removeQuestion', { name: a.name })}
                        confirmLabel={t('setup.attendees.removeConfirm', { name: a.name })}
                        warning
                        onConfirm={() => onRevoke(a)}
                      />
                    )}
                  </div>,
                ]
              : []),
          ],
        };
      })}
    />
  );
}
