import { useMemo, useState } from 'react';
import { deleteHousehold, deletePerson } from '../../../shared/commands/genogram.ts';
import { deleteRelationship, editRelationship } from '../../../shared/commands/relationships.ts';
import { deleteNetworkMember } from '../../../shared/commands/network.ts';
import { personSentence, tieSentence, networkSentence } from '../../../shared/genogram/sentences.ts';
import { actionsFor } from '../../../shared/genogram/networkActions.ts';
import { firstName } from '../../../shared/genogram/words.ts';
import { RELATIONSHIP_TYPES, TYPE_LABELS, type Relationship } from '../../../shared/schema/relationship.ts';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';
import { useCommand, useConference } from '../../model/hooks.ts';
import { PersonForm } from './PersonForm.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import { HouseholdForm } from './HouseholdForm.tsx';
import { NetworkForm } from './NetworkForm.tsx';
import type { GenogramView } from './useGenogram.ts';

const small = 'cr-button cr-button--secondary cr-button--small';

/**
 * GS — The genogram as a list of sentences, with forms for everything the canvas does: the way
 * to read and edit it by keyboard or with a screen reader. Readers (participants) get the sentences only.
 */
export function GenogramList({ view, editable, selected, onSelect }: { view: GenogramView; editable: boolean; selected?: string | null; onSelect?: (id: string | null) => void }) {
  const [open, setOpen] = useState<string | null>(null);
  const { genogram: g } = view;
  const actions = useConference((m) => m.actions);
  const runDeletePerson = useCommand(deletePerson);
  const runDeleteRel = useCommand(deleteRelationship);
  const runEditRel = useCommand(editRelationship);
  const runDeleteHousehold = useCommand(deleteHousehold);
  const runDeleteNetwork = useCommand(deleteNetworkMember);
  const people = useMemo(() => [...g.people].sort((a, b) => (a.born || '9999').localeCompare(b.born || '9999') || a.name.localeCompare(b.name)), [g.people]);
  const name = (id: string) => firstName(g.people.find((p) => p.id === id));
  const relWords = (r: Relationship) =>
    r.kind === 'parent' ? `${name(r.a)} is ${name(r.b)}’s parent (${TYPE_LABELS[r.type]})` : r.kind === 'tie' ? tieSentence(g, r, view.locale).replace(/\.$/, '') : `${name(r.a)} and ${name(r.b)}: ${TYPE_LABELS[r.type]}`;
  const toggle = (key: string) => setOpen((o) => (o === key ? null : key));
  // Who sees what is the chair's and note taker's call, through the one restriction mechanism (RS2, RS7).
  const pro = editable && view.audience === 'professional';

  return (
    <div className="cr-geno-list">
      <section aria-labelledby="geno-people-title">
        <h2 className="cr-heading-m" id="geno-people-title">
          The family
        </h2>
        {people.length === 0 ? <p className="cr-body cr-empty">No one added yet.</p> : null}
        <ul className="cr-geno-list__items">
          {people.map((p) => (
            <li key={p.id} className={`cr-geno-list__item${selected === p.id ? ' cr-geno-list__item--selected' : ''}`}>
              <p className="cr-body">
                {personSentence(g, p, view)} {p.restricted ? <RestrictedTag /> : null}
              </p>
              {editable ? (
                <div className="cr-button-group">
                  <button type="button" className={small} aria-expanded={open === `p-${p.id}`} onClick={() => { toggle(`p-${p.id}`); onSelect?.(p.id); }}>
                    Change<span className="cr-visually-hidden"> {p.name}</span>
                  </button>
                  <button type="button" className={small} aria-expanded={open === `l-${p.id}`} onClick={() => toggle(`l-${p.id}`)}>
                    Draw a line from {firstName(p)}
                  </button>
                  <InlineConfirm className={small} label={<>Remove<span className="cr-visually-hidden"> {p.name}</span></>} question={`Remove ${p.name || 'this'} and every line to them?`} confirmLabel="Remove" onConfirm={() => void runDeletePerson(p.id)} />
                  {pro ? <RestrictToggle id={p.id} restricted={p.restricted} noun="person, with their lines and notes," label={p.name} /> : null}
                  {pro && !p.restricted
                    ? g.details.filter((d) => d.of === p.id).map((d) => <RestrictToggle key={d.id} id={d.id} restricted={d.restricted} noun={d.kind} label={`${d.kind} about ${p.name}: ${d.text}`} />)
                    : null}
                </div>
              ) : null}
              {open === `p-${p.id}` ? <PersonForm view={view} person={p} onDone={() => setOpen(null)} /> : null}
              {open === `l-${p.id}` ? <RelationshipForm view={view} from={p.id} onDone={() => setOpen(null)} /> : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <div className="cr-button-group">
            <button type="button" className="cr-button cr-button--small" aria-expanded={open === 'add-person'} onClick={() => toggle('add-person')}>
              Add a person
            </button>
            <button type="button" className={small} aria-expanded={open === 'add-line'} onClick={() => toggle('add-line')}>
              Draw a line
            </button>
          </div>
        ) : null}
        {open === 'add-person' ? <PersonForm view={view} onDone={(id) => { setOpen(null); if (id) onSelect?.(id); }} /> : null}
        {open === 'add-line' ? <RelationshipForm view={view} onDone={() => setOpen(null)} /> : null}
      </section>

      {editable && g.relationships.length ? (
        <section aria-labelledby="geno-lines-title">
          <h2 className="cr-heading-m" id="geno-lines-title">
            Lines between people
          </h2>
          <ul className="cr-geno-list__items">
            {g.relationships.map((r) => (
              <li key={r.id} className="cr-geno-list__item cr-geno-list__item--row">
                <span className="cr-body">{relWords(r)} {r.restricted ? <RestrictedTag /> : null}</span>
                <label className="cr-visually-hidden" htmlFor={`rel-type-${r.id}`}>How: {relWords(r)}</label>
                <select id={`rel-type-${r.id}`} className="cr-select" value={r.type} onChange={(e) => void runEditRel(r.id, { type: e.target.value })}>
                  {RELATIONSHIP_TYPES[r.kind].map((t) => (
                    <option key={t} value={t}>
                      {TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>
                <button type="button" className={small} onClick={() => void runDeleteRel(r.id)}>
                  Remove<span className="cr-visually-hidden"> the line: {relWords(r)}</span>
                </button>
                {pro ? <RestrictToggle id={r.id} restricted={r.restricted} noun="line" label={relWords(r)} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="geno-households-title">
        <h2 className="cr-heading-m" id="geno-households-title">
          Households
        </h2>
        {g.households.length === 0 ? <p className="cr-body cr-empty">No households yet.</p> : null}
        <ul className="cr-geno-list__items">
          {g.households.map((h) => {
            const members = g.people.filter((p) => p.household === h.id).map((p) => firstName(p));
            const address = g.details.find((d) => d.of === h.id && d.kind === 'address');
            return (
              <li key={h.id} className="cr-geno-list__item">
                <p className="cr-body">
                  {h.label}: {members.length ? members.join(', ') : 'no one yet'}
                  {address ? `. ${address.text}` : ''} {address?.restricted ? <RestrictedTag /> : null}
                </p>
                {editable ? (
                  <div className="cr-button-group">
                    <button type="button" className={small} onClick={() => toggle(`h-${h.id}`)}>
                      Change<span className="cr-visually-hidden"> {h.label}</span>
                    </button>
                    <button type="button" className={small} onClick={() => void runDeleteHousehold(h.id)}>
                      Remove<span className="cr-visually-hidden"> {h.label}</span>
                    </button>
                    {pro ? <RestrictToggle id={h.id} restricted={h.restricted} noun="household" label={h.label} /> : null}
                    {pro && address ? <RestrictToggle id={address.id} restricted={address.restricted} noun="address" label={`address of ${h.label}`} /> : null}
                  </div>
                ) : null}
                {open === `h-${h.id}` ? <HouseholdForm view={view} household={h} onDone={() => setOpen(null)} /> : null}
              </li>
            );
          })}
        </ul>
        {editable ? (
          <button type="button" className={small} onClick={() => toggle('add-household')}>
            Add a household
          </button>
        ) : null}
        {open === 'add-household' ? <HouseholdForm view={view} onDone={() => setOpen(null)} /> : null}
      </section>

      <section aria-labelledby="geno-network-title">
        <h2 className="cr-heading-m" id="geno-network-title">
          Safety network
        </h2>
        <p className="cr-hint">The people around the family who help keep the children safe.</p>
        {g.network.length === 0 ? <p className="cr-body cr-empty">No one added yet.</p> : null}
        <ul className="cr-geno-list__items">
          {g.network.map((n) => {
            const theirs = actionsFor(n, actions);
            return (
              <li key={n.id} className="cr-geno-list__item">
                <p className="cr-body">
                  {networkSentence(n, view.children, view.locale)} {n.restricted ? <RestrictedTag /> : null}
                </p>
                {theirs.length ? (
                  <>
                    <p className="cr-body cr-body--s">In the plan:</p>
                    <ul className="cr-list cr-list--bullet">
                      {theirs.map((a) => (
                        <li key={a.id}>{a.what}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {editable ? (
                  <div className="cr-button-group">
                    <button type="button" className={small} onClick={() => toggle(`n-${n.id}`)}>
                      Change<span className="cr-visually-hidden"> {n.name}</span>
                    </button>
                    <button type="button" className={small} onClick={() => void runDeleteNetwork(n.id)}>
                      Remove<span className="cr-visually-hidden"> {n.name}</span>
                    </button>
                    {pro ? <RestrictToggle id={n.id} restricted={n.restricted} noun="network member" label={n.name} /> : null}
                  </div>
                ) : null}
                {open === `n-${n.id}` ? <NetworkForm view={view} member={n} onDone={() => setOpen(null)} /> : null}
              </li>
            );
          })}
        </ul>
        {editable ? (
          <button type="button" className={small} onClick={() => toggle('add-network')}>
            Add someone to the network
          </button>
        ) : null}
        {open === 'add-network' ? <NetworkForm view={view} onDone={() => setOpen(null)} /> : null}
      </section>
    </div>
  );
}
