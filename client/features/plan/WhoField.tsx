import { useMemo, useState } from 'react';
import { Select, TextInput } from '../../components/fields.tsx';
import { useConference } from '../../model/hooks.ts';
import { useT } from '../../i18n/useT.tsx';

const SOMEONE_ELSE = '__someone_else__';

/** Who does it: one of the people at the meeting, or any person or service typed in. */
export function WhoField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error?: string | undefined }) {
  const t = useT();
  const all = useConference((m) => m.attendees);
  const attendees = useMemo(() => all.filter((a) => a.role !== 'projector'), [all]);
  // The safety network drawn at step 3: people outside the meeting who take on parts of the plan.
  const everyone = useConference((m) => m.genogram.network);
  const network = useMemo(() => everyone.filter((n) => !attendees.some((a) => a.name === n.name)), [everyone, attendees]);
  const isAttendee = attendees.some((a) => a.name === value) || network.some((n) => n.name === value);
  const [typing, setTyping] = useState(value !== '' && !isAttendee);
  const other = typing || (value !== '' && !isAttendee);
  return (
    <div className="cr-who-field">
      <Select
        id={id}
        label={t('plan.form.who')}
        value={other ? SOMEONE_ELSE : value}
        onChange={(e) => {
          const v = e.target.value;
          setTyping(v === SOMEONE_ELSE);
          onChange(v === SOMEONE_ELSE ? '' : v);
        }}
        error={error}
      >
        <option value="">{t('plan.form.who.choose')}</option>
        <optgroup label={t('plan.form.who.atMeeting')}>
          {attendees.map((a) => (
            <option key={a.id} value={a.name}>
              {t('plan.form.who.personAndRole', { name: a.name, role: t(`role.${a.role}`) })}
            </option>
          ))}
        </optgroup>
        {network.length ? (
          <optgroup label={t('plan.form.who.network')}>
            {network.map((n) => (
              <option key={n.id} value={n.name}>
                {t('plan.form.who.personAndRole', { name: n.name, role: t(`genogram.networkGroup.${n.group}`).toLocaleLowerCase() })}
              </option>
            ))}
          </optgroup>
        ) : null}
        <option value={SOMEONE_ELSE}>{t('plan.form.who.someoneElse')}</option>
      </Select>
      {other ? <TextInput id={`${id}-name`} label={t('plan.form.who.names')} value={value} onChange={(e) => onChange(e.target.value)} /> : null}
    </div>
  );
}
