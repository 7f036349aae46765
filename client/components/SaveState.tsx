import { useConnectionStatus } from '../model/hooks.ts';

/**
 * The quiet tag that says whether this device's work has reached the server. Staff edit the
 * documents; participants send messages, so their offline wording is about what they send.
 */
export function SaveState({ audience, queued = 0 }: { audience: 'staff' | 'participant'; queued?: number }) {
  const link = useConnectionStatus((c) => c.link);
  const saving = useConnectionStatus((c) => c.saving);
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
  } else if (audience === 'staff') {
    text = saving ? 'Saving…' : 'Saved';
    kind = saving ? 'busy' : 'ok';
  } else {
    text = queued > 0 ? 'Sending…' : 'Connected';
    kind = queued > 0 ? 'busy' : 'ok';
  }
  return (
    // Only going offline is announced: "Saving…"/"Saved" flip with every edit and would be noise.
    <span className={`cr-save-state cr-save-state--${kind}`} id="save-state" role={kind === 'offline' ? 'alert' : undefined}>
      {text}
    </span>
  );
}
