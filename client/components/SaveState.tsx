import { useConnectionStatus } from '../model/hooks.ts';
import { CANNOT_SAVE_TEXT, NOT_SENT_YET_TEXT } from '../../shared/schema/syncStatus.ts';

/**
 * The quiet tag that says whether this device's work has reached the server. Staff edit the
 * documents; participants send messages, so their offline wording is about what they send.
 */
export function SaveState({ audience, queued = 0, retrying = false }: { audience: 'staff' | 'participant'; queued?: number; retrying?: boolean }) {
  const link = useConnectionStatus((c) => c.link);
  const saving = useConnectionStatus((c) => c.saving);
  const cannotSave = useConnectionStatus((c) => c.cannotSave);
  const delayed = useConnectionStatus((c) => c.delayed);
  let text: string;
  let kind: 'ok' | 'busy' | 'offline';
  if (link === 'offline') {
    text = audience === 'staff' ? 'Offline — your changes are kept on this device' : 'You’re offline. What you send will go when you reconnect.';
    kind = 'offline';
  } else if (link === 'reconnecting') {
    text = 'Reconnecting…';
    kind = 'busy';
  } else if (link === 'connecting') {
    text = 'Connecting…';
    kind = 'busy';
  } else if (audience === 'staff' && cannotSave) {
    text = CANNOT_SAVE_TEXT;
    kind = 'offline';
  } else if (delayed && !saving) {
    // Several instances that cannot hear each other for a moment: saved, but slower to reach others.
    text = audience === 'staff' ? 'Saved — others may see changes a few seconds late' : 'Connected — updates may arrive a few seconds late';
    kind = 'busy';
  } else if (audience === 'staff') {
    text = saving ? 'Saving…' : 'Saved';
    kind = saving ? 'busy' : 'ok';
  } else if (queued > 0 && retrying) {
    text = NOT_SENT_YET_TEXT;
    kind = 'offline';
  } else {
    text = queued > 0 ? 'Sending…' : 'Connected';
    kind = queued > 0 ? 'busy' : 'ok';
  }
  return (
    // Only going offline (or not being able to save) is announced: "Saving…"/"Saved" flip with every edit and would be noise.
    <span className={`cr-save-state cr-save-state--${kind}`} id="save-state" role={kind === 'offline' ? 'alert' : undefined}>
      {text}
    </span>
  );
}
