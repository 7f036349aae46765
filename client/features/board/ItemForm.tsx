import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Item, ItemDetails, Source } from '../../../shared/schema/item.ts';
import type { BoardSection } from '../../../shared/rules/agenda.ts';
import type { Result } from '../../../shared/result.ts';
import { Checkbox, TextArea, TextInput } from '../../components/fields.tsx';
import { JargonHints } from '../../components/JargonHints.tsx';
import { ItemDetailsFields } from './ItemDetailsFields.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useT } from '../../i18n/useT.tsx';
import { useAgendaWords } from '../../model/useAgendaWords.ts';

export interface ItemFormValues {
  text: string;
  source: Source;
  details: ItemDetails;
  restricted: boolean;
}

/**
 * Add an item to a section, or edit one. The text keeps what was typed if saving fails; the
 * reason appears by the field. Ctrl+Enter (or Cmd+Enter) saves from the text box.
 */
export function ItemForm({
  idPrefix,
  section,
  initial,
  defaultRestricted,
  submitLabel,
  onSubmit,
  onCancel,
  focusSignal,
  onFocusWithin,
}: {
  idPrefix: string;
  section: BoardSection;
  initial?: Item;
  defaultRestricted?: boolean;
  submitLabel: string;
  onSubmit: (v: ItemFormValues) => Result<unknown>;
  onCancel?: () => void;
  focusSignal?: number;
  onFocusWithin?: () => void;
}) {
  const [text, setText] = useState(initial?.text ?? '');
  const [name, setName] = useState(initial?.source.name ?? '');
  const [agency, setAgency] = useState(initial?.source.agency ?? '');
  const [details, setDetails] = useState<ItemDetails>(initial?.details ?? {});
  const [restricted, setRestricted] = useState(defaultRestricted ?? false);
  const [touchedRestricted, setTouchedRestricted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const t = useT();
  const addTo = t('board.addTo', { section: useAgendaWords().sectionTitle(section.id) });

  // Follow the closed-session default until the chair chooses for this item.
  useEffect(() => {
    if (!touchedRestricted) setRestricted(defaultRestricted ?? false);
  }, [defaultRestricted, touchedRestricted]);
  useEffect(() => {
    if (focusSignal) textRef.current?.focus();
  }, [focusSignal]);
  useEffect(() => {
    if (initial) textRef.current?.focus();
  }, [initial]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    // A sender's role kept as a fact stays while no agency is typed.
    const role = !agency.trim() && initial?.source.role ? { role: initial.source.role } : {};
    const r = onSubmit({ text, source: { name: name.trim(), agency: agency.trim(), ...role }, details, restricted });
    if (!r.ok) {
      setError(r.reasons.map((x) => t(x)).join(' '));
      textRef.current?.focus();
      return;
    }
    setError(null);
    if (!initial) {
      setText('');
      setDetails({});
      setTouchedRestricted(false);
      textRef.current?.focus();
    }
  };

  return (
    <form className={`cr-item-form${initial ? ' cr-item-form--edit' : ''}`} onSubmit={submit} onFocus={onFocusWithin} noValidate aria-label={initial ? t('board.editItem') : addTo}>
      <TextArea
        id={`${idPrefix}-text`}
        label={initial ? t('board.item') : addTo}
        rows={Math.min(8, Math.max(initial ? 4 : 2, Math.ceil(text.length / 28) + 1))}
        value={text}
        ref={textRef}
        error={error ?? undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
        aria-describedby={`${idPrefix}-jargon`}
      />
      <JargonHints text={text} id={`${idPrefix}-jargon`} />
      {/* Who said it, dates and who may see it appear once there is something to add, keeping columns short. */}
      {initial || text.trim() || error ? (
        <div className="cr-item-form__more">
          <div className="cr-form-row">
            <TextInput id={`${idPrefix}-source-name`} label={t('board.whoSaidIt')} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
            <TextInput id={`${idPrefix}-source-agency`} label={t('board.agency')} autoComplete="off" value={agency} onChange={(e) => setAgency(e.target.value)} />
          </div>
          <ItemDetailsFields idPrefix={idPrefix} section={section.id} value={details} onChange={setDetails} />
          {initial ? null : (
            <Checkbox
              id={`${idPrefix}-restricted`}
              label={t('restriction.professionalsOnly')}
              hint={t('restriction.professionalsOnlyHint')}
              checked={restricted}
              onChange={(e) => {
                setTouchedRestricted(true);
                setRestricted(e.target.checked);
              }}
            />
          )}
        </div>
      ) : null}
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} small />
    </form>
  );
}
