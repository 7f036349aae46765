import { useState, type FormEvent } from 'react';
import { Button } from '../../components/govuk/Button.tsx';
import { Checkbox } from '../../components/govuk/Checkboxes.tsx';
import { ErrorSummary, type FieldError } from '../../components/govuk/ErrorSummary.tsx';
import { Fieldset } from '../../components/govuk/Fieldset.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { useT } from '../../i18n/useT.tsx';
import { DEFAULT_SHORTCUT_KEYS, SHORTCUT_ACTIONS, isUsableKey, useShortcutKeys, type ShortcutAction, type ShortcutKeys } from '../../state/shortcutKeys.ts';

/** Where this person turns the single-key shortcuts off or changes their keys (WCAG 2.1.4); kept on this device. */
export function ShortcutSettings() {
  const t = useT();
  const saved = useShortcutKeys();
  const update = useShortcutKeys((s) => s.update);
  const [draft, setDraft] = useState<ShortcutKeys>({ enabled: saved.enabled, keys: saved.keys });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const fieldId = (a: ShortcutAction) => `shortcut-key-${a}`;

  const save = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    const seen = new Set<string>();
    for (const a of SHORTCUT_ACTIONS) {
      const k = draft.keys[a].toLowerCase();
      if (!isUsableKey(k)) found.push({ field: fieldId(a), message: t('shortcuts.settings.error.oneKey') });
      else if (seen.has(k)) found.push({ field: fieldId(a), message: t('shortcuts.settings.error.taken') });
      seen.add(k);
    }
    setErrors(found);
    setDone(found.length === 0);
    if (found.length === 0) update({ enabled: draft.enabled, keys: { ...draft.keys } });
  };

  return (
    <form noValidate onSubmit={save} className="cr-shortcut-settings">
      <h3 className="govuk-heading-s">{t('shortcuts.settings.title')}</h3>
      <ErrorSummary errors={errors} />
      <Checkbox
        id="shortcut-enabled"
        label={t('shortcuts.settings.enabled')}
        hint={t('shortcuts.settings.enabledHint')}
        checked={draft.enabled}
        onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })}
      />
      <Fieldset legend={t('shortcuts.settings.keys')} legendSize="s">
        <div className="cr-form-row">
          {SHORTCUT_ACTIONS.map((a) => (
            <Input
              key={a}
              id={fieldId(a)}
              label={t(`shortcuts.action.${a}`)}
              width={2}
              maxLength={1}
              autoComplete="off"
              spellCheck={false}
              disabled={!draft.enabled}
              error={errors.find((x) => x.field === fieldId(a))?.message}
              value={draft.keys[a]}
              onChange={(e) => setDraft({ ...draft, keys: { ...draft.keys, [a]: e.target.value.slice(-1) } })}
            />
          ))}
        </div>
      </Fieldset>
      <div className="govuk-button-group">
        <Button type="submit" small>
          {t('shortcuts.settings.save')}
        </Button>
        <Button variant="secondary" small onClick={() => setDraft(DEFAULT_SHORTCUT_KEYS)}>
          {t('shortcuts.settings.reset')}
        </Button>
      </div>
      <p className="govuk-body-s" role="status">
        {done ? t('shortcuts.settings.saved') : ''}
      </p>
    </form>
  );
}
