import { useConnectionStatus } from '../model/hooks.ts';
import { useT } from '../i18n/useT.tsx';
import type { MessageId } from '../../shared/i18n/messages.ts';

/**
 * The quiet tag that says whether this device's work has reached the server. Staff edit the
 * documents; participants send messages, so their offline wording is about what they send.
 */
export function SaveState({ audience, queued = 0, retrying = false }: { audience: 'staff' | 'participant'; queued?: number; retrying?: boolean }) {
  const link = useConnectionStatus((c) => c.link);
  const saving = useConnectionStatus((c) => c.saving);
  const cannotSave = useConnectionStatus((c) => c.cannotSave);
  const delayed = useConnectionStatus((c) => c.delayed);
  const t = useT();
  let text: MessageId;
  let kind: 'ok' | 'busy' | 'offline';
  if (link === 'offline') {
    text = audience === 'staff' ? 'sync.staff.offline' : 'sync.participant.offline';
    kind = 'offline';
  } else if (link === 'reconnecting') {
    text = 'sync.reconnecting';
    kind = 'busy';
  } else if (link === 'connecting') {
    text = 'sync.connecting';
    kind = 'busy';
  } else if (audience === 'staff' && cannotSave) {
    text = 'sync.cannotSave';
    kind = 'offline';
  } else if (delayed && !saving) {
    // Several instances that cannot hear each other for a moment: saved, but slower to reach others.
    text = audience === 'staff' ? 'sync.staff.delayed' : 'sync.participant.delayed';
    kind = 'busy';
  } else if (audience === 'staff') {
    text = saving ? 'sync.saving' : 'sync.saved';
    kind = saving ? 'busy' : 'ok';
  } else if (queued > 0 && retrying) {
    text = 'sync.notSentYet';
    kind = 'offline';
  } else {
    text = queued > 0 ? 'sync.sending' : 'sync.connected';
    kind = queued > 0 ? 'busy' : 'ok';
  }
  return (
    // Only going offline (or not being able to save) is announced: "Saving…"/"Saved" flip with every edit and would be noise.
    <span className={`cr-save-state cr-save-state--${kind}`} id="save-state" role={kind === 'offline' ? 'alert' : undefined}>
      {t(text)}
    </span>
  );
}
