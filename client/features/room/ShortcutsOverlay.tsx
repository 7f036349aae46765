import { useEffect, useRef } from 'react';
import { useUi } from '../../state/ui.ts';

/** Each shortcut: the alternative key combinations (each a list of keys pressed together), and what it does. */
const SHORTCUTS: readonly [string[][], string][] = [
  [[['→']], 'Move the room to the next step'],
  [[['←']], 'Move the room to the previous step'],
  [[['Page Down'], ['Page Up']], 'Turn the projector to its next or previous page (the room stays on its step)'],
  [[['n']], 'Add an item to the current section'],
  [[['p']], 'Present on or off (opens the projector window)'],
  [[['a']], 'Accept the oldest proposal'],
  [[['s']], 'On the scaling step: close scoring, then press again to reveal the scores'],
  [[['Alt', '↑'], ['Alt', '↓']], 'Move the focused item up or down'],
  [[['Ctrl', 'Enter']], 'Add or save the item you are writing'],
  [[['?']], 'Show or hide this list'],
  [[['Esc']], 'Close this list'],
];

function Keys({ alternatives }: { alternatives: string[][] }) {
  return (
    <>
      {alternatives.map((combo, i) => (
        <span key={combo.join('+')}>
          {i > 0 ? ' or ' : null}
          {combo.map((k, j) => (
            <span key={k}>
              {j > 0 ? ' + ' : null}
              <kbd>{k}</kbd>
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

/** The "?" overlay: every keyboard shortcut in the room. A modal dialog; Esc or the button closes it. */
export function ShortcutsOverlay() {
  const open = useUi((s) => s.shortcutsOpen);
  const setOpen = useUi((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="cr-dialog" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
      <h2 className="cr-heading-m" id="shortcuts-title">
        Keyboard shortcuts
      </h2>
      <p className="cr-body">Shortcuts do nothing while you are typing in a box.</p>
      <dl className="cr-summary-list">
        {SHORTCUTS.map(([keys, v]) => (
          <div className="cr-summary-list__row" key={v}>
            <dt className="cr-summary-list__key">
              <Keys alternatives={keys} />
            </dt>
            <dd className="cr-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="cr-button" onClick={() => setOpen(false)}>
        Close shortcuts
      </button>
    </dialog>
  );
}
