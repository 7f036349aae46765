import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StepProps } from '../steps.tsx';
import { placePerson } from '../../../shared/commands/genogram.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { useCanEdit, useCommand } from '../../model/hooks.ts';
import { useGenogramUndo } from '../../model/useGenogramUndo.ts';
import { BoardStep } from '../board/BoardStep.tsx';
import { GenogramCanvas } from './GenogramCanvas.tsx';
import { GenogramList } from './GenogramList.tsx';
import { PersonForm } from './PersonForm.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import { useGenogram } from './useGenogram.ts';

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
      <div className="cr-geno__toolbar cr-button-group">
        {canEdit ? (
          <>
            <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              Undo my change
            </button>
            <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
              Redo
            </button>
          </>
        ) : null}
        <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => setFitKey((k) => k + 1)}>
          Show the whole tree
        </button>
        <p className="cr-hint cr-geno__tip">Drag a person to move them. Click a person to change them or draw a line from them. Scroll to zoom.</p>
      </div>
      <div className="cr-geno__board" ref={board.ref} role="img" aria-label="The family tree drawing. Everything on it is also in the list below, where it can be changed by keyboard.">
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
          <p className="cr-body">
            <strong>{person.name || firstName(person)}</strong> is selected.
          </p>
          <div className="cr-button-group">
            <button type="button" className="cr-button cr-button--small" onClick={() => setPanel(panel === 'change' ? null : 'change')}>
              Change {firstName(person)}
            </button>
            <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => setPanel(panel === 'line' ? null : 'line')}>
              Draw a line from {firstName(person)}
            </button>
            {person.pos ? (
              <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => void runPlace(person.id, null)}>
                Let the layout place {firstName(person)}
              </button>
            ) : null}
          </div>
          {panel === 'change' ? <PersonForm key={person.id} view={view} person={person} onDone={() => setPanel(null)} /> : null}
          {panel === 'line' ? <RelationshipForm key={person.id} view={view} from={person.id} onDone={() => setPanel(null)} /> : null}
        </div>
      ) : null}
      <GenogramList view={view} editable={canEdit} selected={selected} onSelect={setSelected} />
      <BoardStep step={step} />
    </div>
  );
}
