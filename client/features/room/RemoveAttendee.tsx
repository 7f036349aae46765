import { useState } from 'react';
import { ApiError } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { T, useT } from '../../i18n/useT.tsx';
import { useRoom } from '../../model/RoomContext.tsx';
import { hidden } from './hidden.tsx';

/** Remove someone from the meeting: their devices disconnect at once and their link stops working. */
export function RemoveAttendee({ id, name }: { id: string; name: string }) {
  const { conference } = useRoom();
  const t = useT();
  const [error, setError] = useState<Msg | null>(null);
  const remove = async () => {
    try {
      await screensApi.removeAttendee(conference.id, id);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError && !e.isNetwork ? e.msg : msg('room.remove.failed'));
    }
  };
  return (
    <>
      <InlineConfirm
        className="cr-link-button cr-link-button--warning"
        label={<T id="room.remove.label" values={{ name, hidden }} />}
        question={t('room.remove.question', { name })}
        confirmLabel={t('room.remove.confirm', { name })}
        onConfirm={remove}
        warning
      />
      {error ? <p className="govuk-error-message" role="alert">{t(error)}</p> : null}
    </>
  );
}
