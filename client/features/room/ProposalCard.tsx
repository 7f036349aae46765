import { useState, type FormEvent } from 'react';
import { SECTIONS } from '../../../shared/rules/agenda.ts';
import type { Proposal } from '../../../shared/schema/board.ts';
import { Checkbox, Select, TextArea } from '../../components/fields.tsx';
import { useCanEdit, useConference } from '../../model/hooks.ts';
import { sectionById } from '../../model/steps.ts';
import { JargonHints } from '../../components/JargonHints.tsx';
import { ActionForm } from '../plan/ActionForm.tsx';
import { useProposalActions } from './useProposalActions.ts';
import { useAgendaWords } from '../../model/useAgendaWords.ts';
import { proposalWords } from '../../../shared/genogram/proposalWords.ts';
import { useCurrentLocale, useFormat, useT } from '../../i18n/useT.tsx';
import { useRoleName } from './useRoleName.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';

/** One proposal in the chair's queue: add it as sent, edit it first, or decline it. */
export function ProposalCard({ proposal: p }: { proposal: Proposal }) {
  const { accept, acceptAction, decline } = useProposalActions();
  const closedSession = useConference((m) => m.closedSession);
  const canEdit = useCanEdit();
  const locale = useCurrentLocale();
  const t = useT();
  const f = useFormat();
  const roleName = useRoleName();
  const [editing, setEditing] = useState(false);
  const [section, setSection] = useState(p.section ?? '');
  const [text, setText] = useState(p.text);
  const [restricted, setRestricted] = useState(closedSession);
  const [error, setError] = useState<string | null>(null);
  const tree = useConference((m) => m.genogram);
  const agenda = useAgendaWords();
  const proposedSection = sectionById(p.section ?? '');
  const isTree = p.kind === 'person' || p.kind === 'relationship';
  const where =
    p.kind === 'action' ? t('room.proposal.forPlan') : isTree ? t('room.proposal.forTree') : proposedSection ? agenda.sectionTitle(proposedSection.id) : t('room.proposal.noSection');

  const report = (r: { ok: boolean; reasons?: Msg[] }) => setError(r.ok ? null : (r.reasons ?? []).map((x) => t(x)).join(' '));
  const submitEdited = (e: FormEvent) => {
    e.preventDefault();
    report(accept(p, { section, text, restricted }));
  };
  const actionWords = (a: NonNullable<Proposal['action']>) =>
    t('room.proposal.action', { what: a.what, who: a.who, hasWho: a.who ? 'yes' : 'no', by: a.by ? f.byWhen(a.by) : '', hasBy: a.by ? 'yes' : 'no' });

  return (
    <li className="cr-proposal" aria-label={t('room.proposal.label', { name: p.proposedBy.name })}>
      <p className="cr-proposal__from">{t('room.proposal.from', { name: p.proposedBy.name, role: roleName(p.proposedBy.role), time: p.at ? f.time(p.at) : '' })}</p>
      <p className="cr-proposal__where">{where}</p>
      {editing && p.kind === 'action' && p.action ? (
        <ActionForm
          idPrefix={`proposal-${p.id}-action`}
          initial={p.action}
          askRestricted
          submitLabel={t('room.proposal.addEditedAction')}
          onCancel={() => setEditing(false)}
          onSubmit={(v, r) => acceptAction(p, v, r)}
        />
      ) : editing ? (
        <form onSubmit={submitEdited} noValidate>
          <Select id={`proposal-${p.id}-section`} label={t('room.proposal.section')} value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('room.proposal.chooseSection')}</option>
            {SECTIONS.map((s) => (
              <option key={s.id} value={s.id}>
                {agenda.sectionTitle(s.id)}
              </option>
            ))}
          </Select>
          <TextArea id={`proposal-${p.id}-text`} label={t('room.proposal.item')} rows={4} value={text} onChange={(e) => setText(e.target.value)} error={error ?? undefined} />
          <JargonHints text={text} id={`proposal-${p.id}-jargon`} />
          <Checkbox id={`proposal-${p.id}-restricted`} label={t('restriction.professionalsOnly')} checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button cr-button--small">
              {t('room.proposal.addEditedItem')}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => setEditing(false)}>
              {t('room.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="cr-proposal__text">{isTree ? proposalWords(p, tree, locale) : p.kind === 'action' && p.action ? actionWords(p.action) : p.text}</p>
          {error ? (
            <p className="govuk-error-message" role="alert">
              {error}
            </p>
          ) : null}
          {canEdit ? (
            <div className="govuk-button-group">
              <button type="button" className="govuk-button cr-button--small" onClick={() => report(accept(p))}>
                {t(p.kind === 'action' ? 'room.proposal.addToPlan' : isTree ? 'room.proposal.addToTree' : 'room.proposal.addToBoard')}
              </button>
              {p.kind === 'item' || p.action ? (
                <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => setEditing(true)}>
                  {t('room.proposal.editFirst')}
                </button>
              ) : null}
              <button type="button" className="govuk-button govuk-button--secondary cr-button--small" onClick={() => report(decline(p))}>
                {t('room.proposal.decline')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
