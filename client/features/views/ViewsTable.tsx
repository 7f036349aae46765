import type { ViewEntry } from '../../../shared/schema/project.ts';
import { Tag } from '../../components/Tag.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { useRoleLabel } from '../scaling/scaleText.ts';
import { useT } from '../../i18n/useT.tsx';
import { firstName, useViewWords } from './viewText.ts';

/** One table of views: a row per person, a column per child (the view and its kind of harm), then why. */
export function ViewsTable({ id, caption, hint, views }: { id: string; caption: string; hint: string; views: readonly ViewEntry[] }) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const { conference } = useRoom();
  const words = useViewWords();
  return (
    <div className="cr-views-table">
      <table className="govuk-table" aria-describedby={`${id}-hint`}>
        <caption className="govuk-table__caption govuk-table__caption--m">
          {caption} <span className="cr-count">{views.length}</span>
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">{t('views.table.person')}</th>
            {conference.children.map((c) => (
              <th className="govuk-table__header" scope="col" key={c.id}>
                {firstName(c.name)}
              </th>
            ))}
            <th className="govuk-table__header" scope="col">{t('views.table.why')}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {views.length === 0 ? (
            <tr className="govuk-table__row">
              <td colSpan={conference.children.length + 2} className="govuk-table__cell cr-empty">
                {t('views.table.none')}
              </td>
            </tr>
          ) : (
            views.map((v) => (
              <tr className="govuk-table__row" key={v.id}>
                <th className="govuk-table__header" scope="row">
                  {v.name}
                  <span className="cr-views-table__role">{roleLabel(v.role)}</span>
                  {v.onBehalf ? <Tag colour="grey">{t('views.table.byChair')}</Tag> : null}
                </th>
                {conference.children.map((c) => {
                  const given = v.perChild.find((p) => p.childId === c.id);
                  return (
                    <td className="govuk-table__cell" key={c.id}>
                      {given ? words.view(given.view) : t('views.table.notGiven')}
                      {given?.category ? <span className="cr-views-table__role">{t('views.table.harm', { harm: words.category(given.category) })}</span> : null}
                    </td>
                  );
                })}
                <td className="govuk-table__cell cr-views-table__why">{v.reason || t('views.table.noReason')}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <p className="govuk-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
