import { useMemo, useState } from 'react';
import { deleteHousehold, deletePerson } from '../../../shared/commands/genogram.ts';
import { deleteRelationship, editRelationship } from '../../../shared/commands/relationships.ts';
import { deleteNetworkMember } from '../../../shared/commands/network.ts';
import { personSentence, tieSentence, networkSentence, typeWords } from '../../../shared/genogram/sentences.ts';
import { actionsFor } from '../../../shared/genogram/networkActions.ts';
import { andList, firstName } from '../../../shared/genogram/words.ts';
import { RELATIONSHIP_TYPES, type Relationship } from '../../../shared/schema/relationship.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';
import { useCommand, useConference } from '../../model/hooks.ts';
import { PersonForm } from './PersonForm.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import { HouseholdForm } from './HouseholdForm.tsx';
import { NetworkForm } from './NetworkForm.tsx';
import type { GenogramView } from './useGenogram.ts';

const small = 'govuk-button govuk-button--secondary cr-button--small';

/**
 * GS — The genogram as a list of sentences, with forms for everything the canvas does: the way
 * to read and edit it by keyboard or with a screen reader. Readers (participants) get the sentences only.
 */
export function GenogramList({ view, editable, selected, onSelect }: { view: GenogramView; editable: boolean; selected?: string | null; onSelect?: (id: string | null) => void }) {
  const t = useT();
  const f = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  const { genogram: g, locale } = view;
  const actions = useConference((m) => m.actions);
  const runDeletePerson = useCommand(deletePerson);
  const runDeleteRel = useCommand(deleteRelationship);
  const runEditRel = useCommand(editRelationship);
  const runDeleteHousehold = useCommand(deleteHousehold);
  const runDeleteNetwork = useCommand(deleteNetworkMember);
  const people = useMemo(() => [...g.people].sort((a, b) => (a.born || '9999').localeCompare(b.born || '9999') || f.compareNames(a.name, b.name)), [g.people, f]);
  const name = (id: string) => firstName(g.people.find((p) => p.id === id), locale);
  const relWords = (r: Relationship) =>
    r.kind === 'tie'
      ? tieSentence(g, r, locale).replace(/\.$/, '')
      : t('genogram.proposal.relationship', { kind: r.kind, a: name(r.a), b: name(r.b), names: andList(locale, [name(r.a), name(r.b)]), type: typeWords(locale, r.type) });
  const toggle = (key: string) => setOpen((o) => (o === key ? null : key));
  // Who sees what is the chair's and note taker's call, through the one restriction mechanism (RS2, RS7).
  const pro = editable && view.audience === 'professional';

  return (
    <div className="cr-geno-list">
      <section aria-labelledby="geno-people-title">
        <h2 className="govuk-heading-m" id="geno-people-title">
          {t('genogram.list.family')}
        </h2>
        {people.length === 0 ? <p className="govuk-body cr-empty">{t('genogram.list.noOne')}</p> : null}
        <ul className="cr-geno-list__items">
          {people.map((p) => (
            <li key={p.id} className={`cr-geno-list__item${selected === p.id ? ' cr-geno-list__item--selected' : ''}`}>
              <p className="govuk-body">
                {personSentence(g, p, view)} {p.restricted ? <RestrictedTag /> : null}
              </p>
              {editable ? (
                <div className="govuk-button-group">
                  <button type="button" className={small} aria-expanded={open === `p-${p.id}`} onClick={() => { toggle(`p-${p.id}`); onSelect?.(p.id); }}>
                    {t('genogram.list.change')}<span className="govuk-visually-hidden"> {p.name}</span>
                  </button>
                  <button type="button" className={small} aria-expanded={open === `l-${p.id}`} onClick={() => toggle(`l-${p.id}`)}>
                    {t('genogram.list.lineFrom', { name: firstName(p, locale) })}
                  </button>
                  <InlineConfirm className={small} label={<>{t('genogram.list.remove')}<span className="govuk-visually-hidden"> {p.name}</span></>} question={t('genogram.list.removePerson', { name: p.name || t('genogram.list.thisPerson') })} confirmLabel={t('genogram.list.remove')} onConfirm={() => void runDeletePerson(p.id)} />
                  {pro ? <RestrictToggle id={p.id} restricted={p.restricted} noun={t('genogram.noun.person')} label={p.name} /> : null}
                  {pro && !p.restricted
                    ? g.details.filter((d) => d.of === p.id).map((d) => <RestrictToggle key={d.id} id={d.id} restricted={d.restricted} noun={t(`genogram.noun.${d.kind}`)} label={t('genogram.list.detailAbout', { kind: d.kind, name: p.name, text: d.text })} />)
                    : null}
                </div>
              ) : null}
              {open === `p-${p.id}` ? <PersonForm view={view} person={p} onDone={() => setOpen(null)} /> : null}
              {open === `l-${p.id}` ? <RelationshipForm view={view} from={p.id} onDone={() => setOpen(null)} /> : null}
            </li>
          ))}
        </ul>
        {editable ? (
          <div className="govuk-button-group">
            <button type="button" className="govuk-button cr-button--small" aria-expanded={open === 'add-person'} onClick={() => toggle('add-person')}>
              {t('genogram.list.addPerson')}
            </button>
            <button type="button" className={small} aria-expanded={open === 'add-line'} onClick={() => toggle('add-line')}>
              {t('genogram.list.addLine')}
            </button>
          </div>
        ) : null}
        {open === 'add-person' ? <PersonForm view={view} onDone={(id) => { setOpen(null); if (id) onSelect?.(id); }} /> : null}
        {open === 'add-line' ? <RelationshipForm view={view} onDone={() => setOpen(null)} /> : null}
      </section>

      {editable && g.relationships.length ? (
        <section aria-labelledby="geno-lines-title">
          <h2 className="govuk-heading-m" id="geno-lines-title">
            {t('genogram.list.lines')}
          </h2>
          <ul className="cr-geno-list__items">
            {g.relationships.map((r) => (
              <li key={r.id} className="cr-geno-list__item cr-geno-list__item--row">
                <span className="govuk-body">{relWords(r)} {r.restricted ? <RestrictedTag /> : null}</span>
                <label className="govuk-visually-hidden" htmlFor={`rel-type-${r.id}`}>{t('genogram.list.how', { line: relWords(r) })}</label>
                <select id={`rel-type-${r.id}`} className="govuk-select" value={r.type} onChange={(e) => void runEditRel(r.id, { type: e.target.value })}>
                  {RELATIONSHIP_TYPES[r.kind].map((type) => (
                    <option key={type} value={type}>
                      {typeWords(locale, type)}
                    </option>
                  ))}
                </select>
                <button type="button" className={small} onClick={() => void runDeleteRel(r.id)}>
                  {t('genogram.list.remove')}<span className="govuk-visually-hidden"> {t('genogram.list.removeLine', { line: relWords(r) })}</span>
                </button>
                {pro ? <RestrictToggle id={r.id} restricted={r.restricted} noun={t('genogram.noun.line')} label={relWords(r)} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="geno-households-title">
        <h2 className="govuk-heading-m" id="geno-households-title">
          {t('genogram.list.households')}
        </h2>
        {g.households.length === 0 ? <p className="govuk-body cr-empty">{t('genogram.list.noHouseholds')}</p> : null}
        <ul className="cr-geno-list__items">
          {g.households.map((h) => {
            const members = g.people.filter((p) => p.household === h.id).map((p) => firstName(p, locale));
            const address = g.details.find((d) => d.of === h.id && d.kind === 'address');
            return (
              <li key={h.id} className="cr-geno-list__item">
                <p className="govuk-body">
                  {t(address ? 'genogram.list.householdAt' : 'genogram.list.household', { label: h.label, members: members.length ? andList(locale, members) : t('genogram.list.nobodyYet'), address: address?.text ?? '' })} {address?.restricted ? <RestrictedTag /> : null}
                </p>
                {editable ? (
                  <div className="govuk-button-group">
                    <button type="button" className={small} onClick={() => toggle(`h-${h.id}`)}>
                      {t('genogram.list.change')}<span className="govuk-visually-hidden"> {h.label}</span>
                    </button>
                    <button type="button" className={small} onClick={() => void runDeleteHousehold(h.id)}>
                      {t('genogram.list.remove')}<span className="govuk-visually-hidden"> {h.label}</span>
                    </button>
                    {pro ? <RestrictToggle id={h.id} restricted={h.restricted} noun={t('genogram.noun.household')} label={h.label} /> : null}
                    {pro && address ? <RestrictToggle id={address.id} restricted={address.restricted} noun={t('genogram.noun.address')} label={t('genogram.list.addressOf', { label: h.label })} /> : null}
                  </div>
                ) : null}
                {open === `h-${h.id}` ? <HouseholdForm view={view} household={h} onDone={() => setOpen(null)} /> : null}
              </li>
            );
          })}
        </ul>
        {editable ? (
          <button type="button" className={small} onClick={() => toggle('add-household')}>
            {t('genogram.list.addHousehold')}
          </button>
        ) : null}
        {open === 'add-household' ? <HouseholdForm view={view} onDone={() => setOpen(null)} /> : null}
      </section>

      <section aria-labelledby="geno-network-title">
        <h2 className="govuk-heading-m" id="geno-network-title">
          {t('genogram.safetyNetwork')}
        </h2>
        <p className="govuk-hint">{t('genogram.list.networkHint')}</p>
        {g.network.length === 0 ? <p className="govuk-body cr-empty">{t('genogram.list.noOne')}</p> : null}
        <ul className="cr-geno-list__items">
          {g.network.map((n) => {
            const theirs = actionsFor(n, actions);
            return (
              <li key={n.id} className="cr-geno-list__item">
                <p className="govuk-body">
                  {networkSentence(n, view.children, view.locale)} {n.restricted ? <RestrictedTag /> : null}
                </p>
                {theirs.length ? (
                  <>
                    <p className="govuk-body govuk-body-s">{t('genogram.list.inPlan')}</p>
                    <ul className="govuk-list govuk-list--bullet">
                      {theirs.map((a) => (
                        <li key={a.id}>{a.what}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {editable ? (
                  <div className="govuk-button-group">
                    <button type="button" className={small} onClick={() => toggle(`n-${n.id}`)}>
                      {t('genogram.list.change')}<span className="govuk-visually-hidden"> {n.name}</span>
                    </button>
                    <button type="button" className={small} onClick={() => void runDeleteNetwork(n.id)}>
                      {t('genogram.list.remove')}<span className="govuk-visually-hidden"> {n.name}</span>
                    </button>
                    {pro ? <RestrictToggle id={n.id} restricted={n.restricted} noun={t('genogram.noun.network')} label={n.name} /> : null}
                  </div>
                ) : null}
                {open === `n-${n.id}` ? <NetworkForm view={view} member={n} onDone={() => setOpen(null)} /> : null}
              </li>
            );
          })}
        </ul>
        {editable ? (
          <button type="button" className={small} onClick={() => toggle('add-network')}>
            {t('genogram.list.addNetwork')}
          </button>
        ) : null}
        {open === 'add-network' ? <NetworkForm view={view} onDone={() => setOpen(null)} /> : null}
      </section>
    </div>
  );
}
