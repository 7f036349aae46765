import { useState } from 'react';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { useIntents, useIntentStatus } from '../../model/intents.tsx';

/**
 * "Make professionals only" / "Share with everyone" for any restrictable entity (RS2). The server
 * moves it between the documents and audits it, so this sends `restrict_item` rather than editing.
 */
export function RestrictToggle({ id, restricted, noun, label }: { id: string; restricted: boolean; noun: string; label?: string }) {
  const queue = useIntents();
  const [sentId, setSentId] = useState<string | null>(null);
  const status = useIntentStatus(sentId);
  const send = (r: boolean) => setSentId(queue.send('restrict_item', { itemId: id, restricted: r }));
  const hidden = label ? <span className="cr-visually-hidden"> {label}</span> : null;
  return (
    <>
      {restricted ? (
        <InlineConfirm
          className="cr-link-button"
          label={<>Share with everyone{hidden}</>}
          question={`The family will see this ${noun} on their devices, on the projector and in their copy of the record.`}
          confirmLabel="Share with everyone"
          onConfirm={() => send(false)}
        />
      ) : (
        <InlineConfirm
          className="cr-link-button"
          label={<>Make professionals only{hidden}</>}
          question="What the family has already seen cannot be taken back. From now on it will not appear on family devices, the projector or the family's copy."
          confirmLabel="Make professionals only"
          onConfirm={() => send(true)}
        />
      )}
      {status.state === 'refused' ? (
        <p className="cr-error-message" role="alert">
          {status.message}
        </p>
      ) : null}
    </>
  );
}
