import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result.ts';
import type { Msg } from '../../shared/i18n/messages.ts';
import { useT } from '../i18n/useT.tsx';

/**
 * A text box bound to a document field. Typing goes into a local draft (so the caret never
 * jumps), and is written to the document shortly after typing pauses and when the box loses
 * focus. While the person is not editing, changes from others flow into the box.
 */
export function useDraftText(modelValue: string, commit: (value: string) => Result<unknown>, delayMs = 600) {
  const [draft, setDraft] = useState(modelValue);
  const t = useT();
  // Kept as messages, so the error follows a change of language.
  const [error, setError] = useState<Msg[] | null>(null);
  const dirty = useRef(false);
  const latest = useRef(modelValue);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  useEffect(() => {
    if (!dirty.current) {
      setDraft(modelValue);
      latest.current = modelValue;
    }
  }, [modelValue]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    const r = commitRef.current(latest.current);
    setError(r.ok ? null : r.reasons);
  }, []);

  useEffect(() => flush, [flush]);

  const onChange = useCallback(
    (value: string) => {
      latest.current = value;
      dirty.current = true;
      setDraft(value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  return { value: draft, onChange, onBlur: flush, error: error ? error.map((m) => t(m)).join(' ') : null };
}
