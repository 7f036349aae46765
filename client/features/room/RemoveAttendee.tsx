import { useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { useRoom } from '../../model/RoomContext.tsx';

/** Remove someone from the meeting: their devices disconnect at once and their link stops working. */
export function RemoveAttendee({ id, name }: { id: string; name: string }) {
  const { conference } = useRoom();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await api.removeAttendee(conference.id, id);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'We could not remove them. Try again.');
    }
  };
  return (
    <>
      <InlineConfirm
        className="cr-link-button cr-link-button--warning"
        label={<>Remove<span className="cr-visually-hidden"> {name}</span></>}
        question={`Remove ${name}? Their screens close now and their invite link stops working. You can make a new link later.`}
        confirmLabel={`Remove ${name}`}
        onConfirm={remove}
        warning
      />
      {error ? <p className="cr-error-message" role="alert">{error}</p> : null}
    </>
  );
}
