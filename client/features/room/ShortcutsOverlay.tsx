import { Fragment, useEffect, useRef } from 'react';
import type { MessageId } from '../../../shared/i18n/messages.ts';
import { useT } from '../../i18n/useT.tsx';
import { useUi } from '../../state/ui.ts';
import { useShortcutKeys, type ShortcutAction } from '../../state/shortcutKeys.ts';
import { ShortcutSettings } from './ShortcutSettings.tsx';

/** A key as printed on the keyboard (the same in Welsh), or one whose name is translated. */
type Key = string | { id: MessageId };
const PAGE_DOWN: Key = { id: 'room.shortcuts.key.pageDown' };
const PAGE_UP: Key = { id: 'room.shortcuts.key.pageUp' };

/** Each shortcut: the alternative key combinations (each a list of keys pressed together, or the person's own key for an action), and what it does. */
const SHORTCUTS: readonly [Key[][] | ShortcutAction, MessageId][] = [
  [[['→']], 'room.shortcuts.next'],
  [[['←']], 'room.shortcuts.previous'],
  [[[PAGE_DOWN], [PAGE_UP]], 'room.shortcuts.page'],
  ['addItem', 'room.shortcuts.add'],
  ['present', 'room.shortcuts.present'],
  ['acceptOldest', 'room.shortcuts.accept'],
  ['scaling', 'room.shortcuts.scaling'],
  [[['Alt', '↑'], ['Alt', '↓']], 'room.shortcuts.move'],
  [[['Ctrl', 'Enter']], 'room.shortcuts.save'],
  [[['?']], 'room.shortcuts.toggle'],
  [[['Esc']], 'room.shortcuts.close'],
];

function Keys({ alternatives }: { alternatives: Key[][] }) {
  const t = useT();
  const name = (k: Key) => (typeof k === 'string' ? k : t(k.id));
  return (
    <>
      {alternatives.map((combo, i) => (
        <Fragment key={combo.map(name).join('+')}>
          {i > 0 ? t('room.shortcuts.or') : null}
          {combo.map((k, j) => (
            <Fragment key={name(k)}>
              {j > 0 ? t('room.shortcuts.plus') : null}
              <kbd>{name(k)}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** The "?" overlay: every keyboard shortcut in the room. A modal dialog; Esc or the button closes it. */
export function ShortcutsOverlay() {
  const open = useUi((s) => s.shortcutsOpen);
  const setOpen = useUi((s) => s.setShortcutsOpen);
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const shortcutKeys = useShortcutKeys();
  // Single-key shortcuts that are turned off are not listed: they do nothing.
  const shown = SHORTCUTS.flatMap(([keys, v]): [Key[][], MessageId][] =>
    typeof keys !== 'string' ? [[keys, v]] : shortcutKeys.enabled ? [[[[shortcutKeys.keys[keys]]], v]] : []);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="cr-dialog" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
      <h2 className="govuk-heading-m" id="shortcuts-title">
        {t('room.shortcuts.title')}
      </h2>
      <p className="govuk-body">{t('room.shortcuts.notWhileTyping')}</p>
      <dl className="govuk-summary-list">
        {shown.map(([keys, v]) => (
          <div className="govuk-summary-list__row" key={v}>
            <dt className="govuk-summary-list__key">
              <Keys alternatives={keys} />
            </dt>
            <dd className="govuk-summary-list__value">{t(v)}</dd>
          </div>
        ))}
      </dl>
      <ShortcutSettings />
      <button type="button" className="govuk-button" onClick={() => setOpen(false)}>
        {t('room.shortcuts.closeButton')}
      </button>
    </dialog>
  );
}
