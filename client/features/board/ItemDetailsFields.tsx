import { INCIDENT_KINDS, type IncidentKind, type ItemDetails } from '../../../shared/schema/item.ts';
import { incidentKindId } from '../../../shared/rules/incidentKinds.ts';
import { useT } from '../../i18n/useT.tsx';
import { Select, TextInput } from '../../components/fields.tsx';
import { HOUSE_SECTIONS } from '../../../shared/rules/childVoice.ts';
import { useRoom } from '../../model/RoomContext.tsx';

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
  const t = useT();
  if (section === 'incidents') {
    return (
      <div className="cr-form-row">
        <Select
          id={`${idPrefix}-kind`}
          label={t('board.details.whichTime')}
          value={value.incidentKind ?? ''}
          onChange={(e) => onChange({ ...value, incidentKind: (e.target.value || null) as IncidentKind | null })}
        >
          <option value="">{t('board.details.notSaid')}</option>
          {INCIDENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(incidentKindId(k))}
            </option>
          ))}
        </Select>
        <TextInput id={`${idPrefix}-date`} label={t('board.details.date')} type="date" value={value.date ?? ''} onChange={(e) => onChange({ ...value, date: e.target.value || null })} />
      </div>
    );
  }
  if (HOUSE_SECTIONS.includes(section)) return <WhoseHouse idPrefix={idPrefix} value={value} onChange={onChange} />;
  if (section === 'reports') {
    return (
      <div className="cr-form-row">
        <TextInput
          id={`${idPrefix}-received`}
          label={t('board.details.receivedOn')}
          type="date"
          value={value.receivedOn ?? ''}
          onChange={(e) => onChange({ ...value, receivedOn: e.target.value || null })}
        />
        <TextInput
          id={`${idPrefix}-shared`}
          label={t('board.details.sharedOn')}
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
  const t = useT();
  return (
    <Select id={`${idPrefix}-child`} label={t('board.details.whoseHouse')} value={value.childId ?? ''} onChange={(e) => onChange({ ...value, childId: e.target.value || null })}>
      <option value="">{t('board.details.allChildren')}</option>
      {conference.children.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}
