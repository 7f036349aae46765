import { useMemo, useState } from 'react';
import { Select } from '../../components/fields.tsx';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { roleLabel } from '../scaling/scaleText.ts';
import { ATTENDANCE_LABELS } from '../../../shared/schema/roles.ts';
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
      <h2 className="cr-heading-m" id="views-title">
        Everyone’s view
      </h2>
      <ViewsTable id="views-professional" caption="Professionals’ views" hint="These count towards the decision." views={professional} />
      <ViewsTable id="views-family" caption="The family’s views" hint="Recorded in the minutes with their words. They do not count towards the decision." views={family} />
      {child.length ? <ViewsTable id="views-child" caption="The child and their advocate" hint="An advocate speaks for the child, so their view is shown with the child’s, apart from the family’s. Recorded, not counted." views={child} /> : null}
      {missing.length > 0 ? (
        <p className="cr-body">
          <strong>Not given yet:</strong> {missing.map((m) => `${m.name} (${roleLabel(m.role)})`).join(', ')}
        </p>
      ) : null}
      {canEdit ? (
        <details className="cr-details">
          <summary className="cr-details__summary">Record a view for someone</summary>
          <div className="cr-details__text">
            <Select
              id="view-for"
              label="Whose view is it?"
              value={who}
              onChange={(e) => {
                setWho(e.target.value);
                setRecorded(null);
              }}
            >
              <option value="">Choose a person</option>
              {recordable.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name} ({roleLabel(g.role)}){g.attendance !== 'present' ? ` – ${ATTENDANCE_LABELS[g.attendance]}` : ''}{byId.has(g.id) ? ' – has given a view; this replaces it' : ''}
                </option>
              ))}
            </Select>
            {person ? (
              <ViewForm
                key={person.id}
                idPrefix="view-for"
                existing={byId.get(person.id)}
                forPerson={{ id: person.id, name: person.name }}
                submitLabel="Record their view"
                onSent={() => {
                  setRecorded(person.name);
                  setWho('');
                }}
              />
            ) : null}
            <p className="cr-body" role="status">
              {recorded ? `View recorded for ${recorded} (recorded by the chair).` : ''}
            </p>
          </div>
        </details>
      ) : null}
    </section>
  );
}
