import { INCIDENT_KINDS, type IncidentKind, type ItemDetails } from '../../../shared/schema/item.ts';
import { Select, TextInput } from '../../components/fields.tsx';
import { HOUSE_SECTIONS } from '../../../shared/rules/childVoice.ts';
import { useRoom } from '../../model/RoomContext.tsx';

const KIND_LABELS: Record<IncidentKind, string> = { first: 'First time', worst: 'Worst time', last: 'Last time' };

/** The extra fields some sections use: incidents (which time, and when), reports (received, shared), the Three Houses (whose house, CV1). */
export function ItemDetailsFields({
  idPrefix,
  section,
  value,
  onChange,
}: {
  idPrefix: string;
  section: string;
  value: ItemDetails;
  onChange: (next: ItemDetails) => void;
}) {
  if (section === 'incidents') {
    return (
      <div className="cr-form-row">
        <Select
          id={`${idPrefix}-kind`}
          label="Which time"
          value={value.incidentKind ?? ''}
          onChange={(e) => onChange({ ...value, incidentKind: (e.target.value || null) as IncidentKind | null })}
        >
          <option value="">Not said</option>
          {INCIDENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
        <TextInput id={`${idPrefix}-date`} label="Date" type="date" value={value.date ?? ''} onChange={(e) => onChange({ ...value, date: e.target.value || null })} />
      </div>
    );
  }
  if (HOUSE_SECTIONS.includes(section)) return <WhoseHouse idPrefix={idPrefix} value={value} onChange={onChange} />;
  if (section === 'reports') {
    return (
      <div className="cr-form-row">
        <TextInput
          id={`${idPrefix}-received`}
          label="Received on"
          type="date"
          value={value.receivedOn ?? ''}
          onChange={(e) => onChange({ ...value, receivedOn: e.target.value || null })}
        />
        <TextInput
          id={`${idPrefix}-shared`}
          label="Shared with the family on"
          type="date"
          value={value.sharedOn ?? ''}
          onChange={(e) => onChange({ ...value, sharedOn: e.target.value || null })}
        />
      </div>
    );
  }
  return null;
}

/** CV1: each child has their own houses; words no child was named for are for all the children. */
function WhoseHouse({ idPrefix, value, onChange }: { idPrefix: string; value: ItemDetails; onChange: (next: ItemDetails) => void }) {
  const { conference } = useRoom();
  return (
    <Select id={`${idPrefix}-child`} label="Whose house is this?" value={value.childId ?? ''} onChange={(e) => onChange({ ...value, childId: e.target.value || null })}>
      <option value="">All the children</option>
      {conference.children.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}
