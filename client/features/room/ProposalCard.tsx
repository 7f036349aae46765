import { useState, type FormEvent } from 'react';
import { SECTIONS } from '../../../shared/rules/agenda.ts';
import type { Proposal } from '../../../shared/schema/board.ts';
import { ROLE_LABELS, type Role } from '../../../shared/schema/roles.ts';
import { Checkbox, Select, TextArea } from '../../components/fields.tsx';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { sectionById } from '../../model/steps.ts';
import { JargonHints } from '../../components/JargonHints.tsx';
import { ActionForm } from '../plan/ActionForm.tsx';
import { formatByWhen } from '../../format.ts';
import { useProposalActions } from './useProposalActions.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { proposalWords } from '../../../shared/genogram/proposalWords.ts';
import { useCurrentLocale } from '../../i18n/useT.tsx';

const time = (iso: string) => (iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '');

/** One proposal in the chair's queue: add it as sent, edit it first, or decline it. */
export function ProposalCard({ proposal: p }: { proposal: Proposal }) {
  const { accept, acceptAction, decline } = useProposalActions();
  const closedSession = useConference((m) => m.closedSession);
  const canEdit = useCanEdit();
  const locale = useCurrentLocale();
  const [editing, setEditing] = useState(false);
  const [section, setSection] = useState(p.section ?? '');
  const [text, setText] = useState(p.text);
  const [restricted, setRestricted] = useState(closedSession);
  const [error, setError] = useState<string | null>(null);
  const tree = useConference((m) => m.genogram);
  const agenda = useAgendaWords();
  const proposedSection = sectionById(p.section ?? '');
  const where =
    p.kind === 'action' ? 'An action for the plan' : p.kind === 'person' || p.kind === 'relationship' ? 'The family tree' : (proposedSection ? agenda.sectionTitle(proposedSection.id) : 'No section chosen');
  const from = `${p.proposedBy.name} (${ROLE_LABELS[p.proposedBy.role as Role] ?? p.proposedBy.role})`;

  const report = (r: { ok: boolean; reasons?: string[] }) => setError(r.ok ? null : (r.reasons ?? []).join('. '));
  const submitEdited = (e: FormEvent) => {
    e.preventDefault();
    report(accept(p, { section, text, restricted }));
  };

  return (
    <li className="cr-proposal" aria-label={`Proposal from ${p.proposedBy.name}`}>
      <p className="cr-proposal__from">
        {from} · {time(p.at)}
      </p>
      <p className="cr-proposal__where">{where}</p>
      {editing && p.kind === 'action' && p.action ? (
        <ActionForm
          idPrefix={`proposal-${p.id}-action`}
          initial={p.action}
          askRestricted
          submitLabel="Add edited action"
          onCancel={() => setEditing(false)}
          onSubmit={(v, r) => acceptAction(p, v, r)}
        />
      ) : editing ? (
        <form onSubmit={submitEdited} noValidate>
          <Select id={`proposal-${p.id}-section`} label="Section" value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">Choose a section</option>
            {SECTIONS.map((s) => (
              <option key={s.id} value={s.id}>
                {agenda.sectionTitle(s.id)}
              </option>
            ))}
          </Select>
          <TextArea id={`proposal-${p.id}-text`} label="Item" rows={4} value={text} onChange={(e) => setText(e.target.value)} error={error ?? undefined} />
          <JargonHints text={text} id={`proposal-${p.id}-jargon`} />
          <Checkbox id={`proposal-${p.id}-restricted`} label="Professionals only" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
          <div className="cr-button-group">
            <button type="submit" className="cr-button cr-button--small">
              Add edited item
            </button>
            <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="cr-proposal__text">{p.kind === 'person' || p.kind === 'relationship' ? proposalWords(p, tree, locale) : p.kind === 'action' && p.action ? `${p.action.what}${p.action.who ? ` — ${p.action.who}` : ''}${p.action.by ? `, by ${formatByWhen(p.action.by)}` : ''}` : p.text}</p>
          {error ? (
            <p className="cr-error-message" role="alert">
              {error}
            </p>
          ) : null}
          {canEdit ? (
            <div className="cr-button-group">
              <button type="button" className="cr-button cr-button--small" onClick={() => report(accept(p))}>
                {p.kind === 'action' ? 'Add to the plan' : p.kind === 'person' || p.kind === 'relationship' ? 'Add to the family tree' : 'Add to the board'}
              </button>
              {p.kind === 'item' || p.action ? (
                <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => setEditing(true)}>
                  Edit first
                </button>
              ) : null}
              <button type="button" className="cr-button cr-button--secondary cr-button--small" onClick={() => report(decline(p))}>
                Decline
              </button>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
