import { useMemo, useState } from 'react';
import { Select } from '../../components/fields.tsx';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { useRoleLabel } from '../scaling/scaleText.ts';
import { useT } from '../../i18n/useT.tsx';
import { ViewForm } from './ViewForm.tsx';
import { scorerGroup } from '../../../shared/rules/scaling.ts';
import { ViewsTable } from './ViewsTable.tsx';
import { useViewGivers } from './viewText.ts';

/**
 * Everyone's view before the decision, for the chair: the professionals' views (which count) and
 * the family's (recorded, never counted), who has not given one yet, and a way to record a view
 * for someone without a device.
 */
export function ViewsPanel() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const views = useConference((m) => m.views);
  const canEdit = useCanEdit();
  const { recordable, byId, missing } = useViewGivers();
  const professional = useMemo(() => views.filter((v) => !v.family), [views]);
  // SC11: the child and their advocate apart from the family, as in scaling.
  const child = useMemo(() => views.filter((v) => v.family && scorerGroup(v.role) === 'child'), [views]);
  const family = useMemo(() => views.filter((v) => v.family && scorerGroup(v.role) !== 'child'), [views]);
  const [who, setWho] = useState('');
  const person = recordable.find((g) => g.id === who);
  const [recorded, setRecorded] = useState<string | null>(null);

  return (
    <section className="cr-views" aria-labelledby="views-title">
      <h2 className="govuk-heading-m" id="views-title">
        {t('views.panel.title')}
      </h2>
      <ViewsTable id="views-professional" caption={t('views.panel.professional')} hint={t('views.panel.professionalHint')} views={professional} />
      <ViewsTable id="views-family" caption={t('views.panel.family')} hint={t('views.panel.familyHint')} views={family} />
      {child.length ? <ViewsTable id="views-child" caption={t('scaling.group.child')} hint={t('views.panel.childHint')} views={child} /> : null}
      {missing.length > 0 ? (
        <p className="govuk-body">
          <strong>{t('views.panel.notGiven')}</strong> {missing.map((m) => t('scaling.record.person', { name: m.name, role: roleLabel(m.role) })).join(', ')}
        </p>
      ) : null}
      {canEdit ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">{t('views.panel.recordTitle')}</summary>
          <div className="govuk-details__text">
            <Select
              id="view-for"
              label={t('views.panel.who')}
              value={who}
              onChange={(e) => {
                setWho(e.target.value);
                setRecorded(null);
              }}
            >
              <option value="">{t('scaling.record.choosePerson')}</option>
              {recordable.map((g) => (
                <option key={g.id} value={g.id}>
                  {[
                    t('scaling.record.person', { name: g.name, role: roleLabel(g.role) }),
                    g.attendance !== 'present' ? t(`attendance.${g.attendance}`) : '',
                    byId.has(g.id) ? t('views.panel.hasGiven') : '',
                  ].filter(Boolean).join(' – ')}
                </option>
              ))}
            </Select>
            {person ? (
              <ViewForm
                key={person.id}
                idPrefix="view-for"
                existing={byId.get(person.id)}
                forPerson={{ id: person.id, name: person.name }}
                submitLabel={t('views.panel.submit')}
                onSent={() => {
                  setRecorded(person.name);
                  setWho('');
                }}
              />
            ) : null}
            <p className="govuk-body" role="status">
              {recorded ? t('views.recordedFor', { name: recorded }) : ''}
            </p>
          </div>
        </details>
      ) : null}
    </section>
  );
}
