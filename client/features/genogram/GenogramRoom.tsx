import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StepProps } from '../steps.tsx';
import { placePerson } from '../../../shared/commands/genogram.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { useGenogramUndo } from '../../model/useGenogramUndo.ts';
import { BoardStep } from '../board/BoardStep.tsx';
import { GenogramCanvas } from './GenogramCanvas.tsx';
import { GenogramList } from './GenogramList.tsx';
import { GENOGRAM_LIST_TOOLS } from './GenogramListTools.tsx';
import { PersonForm } from './PersonForm.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import { useGenogram } from './useGenogram.ts';
import { T, useT } from '../../i18n/useT.tsx';

/** The board's size follows its box on the page. */
function useBoxSize() {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, ...size };
}

/**
 * Step 3 on the chair's and note taker's screen: the drawing board (drag people, click to select),
 * undo and redo of their own changes, and the list-and-form view that does everything by keyboard.
 * This module and the canvas load only when a chair or note taker opens step 3.
 */
export function GenogramRoom({ step }: StepProps) {
  const t = useT();
  const view = useGenogram();
  const canEdit = useCanEdit();
  const { undo, redo, canUndo, canRedo } = useGenogramUndo();
  const runPlace = useCommand(placePerson);
  const [selected, setSelected] = useState<string | null>(null);
  const [panel, setPanel] = useState<'change' | 'line' | null>(null);
  const [fitKey, setFitKey] = useState(0);
  const board = useBoxSize();
  const person = view.genogram.people.find((p) => p.id === selected);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
    const t = e.target as HTMLElement;
    if (t.closest('input, textarea, select')) return;
    e.preventDefault();
    if (e.shiftKey) redo();
    else undo();
  };

  return (
    <div className="cr-geno" onKeyDown={onKeyDown}>
      <div className="cr-geno__toolbar govuk-button-group">
        {canEdit ? (
          <>
            <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              {t('genogram.room.undo')}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
              {t('genogram.room.redo')}
            </button>
          </>
        ) : null}
        <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => setFitKey((k) => k + 1)}>
          {t('genogram.room.fit')}
        </button>
        <p className="govuk-hint cr-geno__tip">{t('genogram.room.tip')}</p>
      </div>
      <div className="cr-geno__board" ref={board.ref} role="img" aria-label={t('genogram.room.board')}>
        {board.width > 0 ? (
          <GenogramCanvas
            view={view}
            width={board.width}
            height={board.height}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              setPanel(null);
            }}
            onPlace={(id, pos) => void runPlace(id, pos)}
            fitKey={fitKey}
          />
        ) : null}
      </div>
      {person && canEdit ? (
        <div className="cr-geno__selected" aria-live="polite">
          <p className="govuk-body">
            <T id="genogram.room.selected" values={{ name: person.name || firstName(person, view.locale), b: (chunks) => <strong>{chunks}</strong> }} />
          </p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button cr-button--small" onClick={() => setPanel(panel === 'change' ? null : 'change')}>
              {t('genogram.room.change', { name: firstName(person, view.locale) })}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => setPanel(panel === 'line' ? null : 'line')}>
              {t('genogram.list.lineFrom', { name: firstName(person, view.locale) })}
            </button>
            {person.pos ? (
              <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => void runPlace(person.id, null)}>
                {t('genogram.room.autoPlace', { name: firstName(person, view.locale) })}
              </button>
            ) : null}
          </div>
          {panel === 'change' ? <PersonForm key={person.id} view={view} person={person} onDone={() => setPanel(null)} /> : null}
          {panel === 'line' ? <RelationshipForm key={person.id} view={view} from={person.id} onDone={() => setPanel(null)} /> : null}
        </div>
      ) : null}
      <GenogramList view={view} tools={canEdit ? GENOGRAM_LIST_TOOLS : undefined} selected={selected} onSelect={setSelected} />
      <BoardStep step={step} />
    </div>
  );
}
