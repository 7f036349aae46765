import { deleteHousehold, deletePerson } from '../../../shared/commands/genogram.ts';
import { deleteRelationship, editRelationship } from '../../../shared/commands/relationships.ts';
import { deleteNetworkMember } from '../../../shared/commands/network.ts';
import { tieSentence, typeWords } from '../../../shared/genogram/sentences.ts';
import { andList, firstName } from '../../../shared/genogram/words.ts';
import type { Detail } from '../../../shared/schema/genogramDetail.ts';
import type { Household } from '../../../shared/schema/household.ts';
import type { NetworkMember } from '../../../shared/schema/networkMember.ts';
import type { Person } from '../../../shared/schema/person.ts';
import { RELATIONSHIP_TYPES, type Relationship } from '../../../shared/schema/relationship.ts';
import { useT } from '../../i18n/useT.tsx';
import { InlineConfirm } from '../../components/InlineConfirm.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { RestrictToggle } from '../restriction/RestrictToggle.tsx';
import { useCommand } from '../../model/hooks.ts';
import type { GenogramListTools, ListToolProps } from './GenogramList.tsx';
import { PersonForm } from './PersonForm.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import { HouseholdForm } from './HouseholdForm.tsx';
import { NetworkForm } from './NetworkForm.tsx';
import type { GenogramView } from './useGenogram.ts';

const small = 'govuk-button govuk-button--secondary cr-button--small';

// Who sees what is the chair's and note taker's call, through the one restriction mechanism (RS2, RS7).
const professional = (view: GenogramView) => view.audience === 'professional';

function PersonTools({ view, person: p, open, toggle, close, onSelect }: ListToolProps & { person: Person }) {
  const t = useT();
  const runDeletePerson = useCommand(deletePerson);
  const { genogram: g, locale } = view;
  const pro = professional(view);
  return (
    <>
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
      {open === `p-${p.id}` ? <PersonForm view={view} person={p} onDone={close} /> : null}
      {open === `l-${p.id}` ? <RelationshipForm view={view} from={p.id} onDone={close} /> : null}
    </>
  );
}

function AddPeople({ view, open, toggle, close, onSelect }: ListToolProps) {
  const t = useT();
  return (
    <>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button cr-button--small" aria-expanded={open === 'add-person'} onClick={() => toggle('add-person')}>
          {t('genogram.list.addPerson')}
        </button>
        <button type="button" className={small} aria-expanded={open === 'add-line'} onClick={() => toggle('add-line')}>
          {t('genogram.list.addLine')}
        </button>
      </div>
      {open === 'add-person' ? <PersonForm view={view} onDone={(id) => { close(); if (id) onSelect?.(id); }} /> : null}
      {open === 'add-line' ? <RelationshipForm view={view} onDone={close} /> : null}
    </>
  );
}

/** The lines, each with its type to change: a section of its own, shown to those who edit. */
function Lines({ view }: { view: GenogramView }) {
  const t = useT();
  const runDeleteRel = useCommand(deleteRelationship);
  const runEditRel = useCommand(editRelationship);
  const { genogram: g, locale } = view;
  const pro = professional(view);
  if (!g.relationships.length) return null;
  const name = (id: string) => firstName(g.people.find((p) => p.id === id), locale);
  const relWords = (r: Relationship) =>
    r.kind === 'tie'
      ? tieSentence(g, r, locale).replace(/\.$/, '')
      : t('genogram.proposal.relationship', { kind: r.kind, a: name(r.a), b: name(r.b), names: andList(locale, [name(r.a), name(r.b)]), type: typeWords(locale, r.type) });
  return (
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
  );
}

function HouseholdTools({ view, household: h, address, open, toggle, close }: ListToolProps & { household: Household; address: Detail | undefined }) {
  const t = useT();
  const runDeleteHousehold = useCommand(deleteHousehold);
  const pro = professional(view);
  return (
    <>
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
      {open === `h-${h.id}` ? <HouseholdForm view={view} household={h} onDone={close} /> : null}
    </>
  );
}

function AddHousehold({ view, open, toggle, close }: ListToolProps) {
  const t = useT();
  return (
    <>
      <button type="button" className={small} onClick={() => toggle('add-household')}>
        {t('genogram.list.addHousehold')}
      </button>
      {open === 'add-household' ? <HouseholdForm view={view} onDone={close} /> : null}
    </>
  );
}

function NetworkTools({ view, member: n, open, toggle, close }: ListToolProps & { member: NetworkMember }) {
  const t = useT();
  const runDeleteNetwork = useCommand(deleteNetworkMember);
  const pro = professional(view);
  return (
    <>
      <div className="govuk-button-group">
        <button type="button" className={small} onClick={() => toggle(`n-${n.id}`)}>
          {t('genogram.list.change')}<span className="govuk-visually-hidden"> {n.name}</span>
        </button>
        <button type="button" className={small} onClick={() => void runDeleteNetwork(n.id)}>
          {t('genogram.list.remove')}<span className="govuk-visually-hidden"> {n.name}</span>
        </button>
        {pro ? <RestrictToggle id={n.id} restricted={n.restricted} noun={t('genogram.noun.network')} label={n.name} /> : null}
      </div>
      {open === `n-${n.id}` ? <NetworkForm view={view} member={n} onDone={close} /> : null}
    </>
  );
}

function AddNetwork({ view, open, toggle, close }: ListToolProps) {
  const t = useT();
  return (
    <>
      <button type="button" className={small} onClick={() => toggle('add-network')}>
        {t('genogram.list.addNetwork')}
      </button>
      {open === 'add-network' ? <NetworkForm view={view} onDone={close} /> : null}
    </>
  );
}

/** GS — everything the canvas does, by keyboard, in the genogram list of those who may edit. */
export const GENOGRAM_LIST_TOOLS: GenogramListTools = { Person: PersonTools, AddPeople, Lines, Household: HouseholdTools, AddHousehold, Network: NetworkTools, AddNetwork };
