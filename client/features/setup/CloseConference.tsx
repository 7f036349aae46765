import { useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { clearLocalCopies } from '../../sync/localCopies.ts';

/** FN1 — End the meeting: invite sessions end and devices remove their copies; the chair and note taker go on to complete the record. */
export function CloseConference({ conferenceId, onClosed }: { conferenceId: string; onClosed: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const close = async () => {
    setError(null);
    try {
      await api.closeConference(conferenceId);
      await clearLocalCopies([conferenceId]);
      onClosed();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
    }
  };
  return (
    <section aria-labelledby="close-title" className="cr-section">
      <h2 className="cr-heading-m" id="close-title">
        End the meeting
      </h2>
      <p className="cr-body">Do this when the meeting is over. Everyone invited is signed out, and copies kept on devices are removed. You and the note taker can still complete the record, then finalise it.</p>
      {error ? (
        <p className="cr-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <InlineConfirm
        label="End the meeting"
        question="Invite links will stop working and everyone invited will be signed out. You cannot reopen the meeting."
        confirmLabel="Yes, end the meeting"
        warning
        onConfirm={close}
      />
    </section>
  );
}
