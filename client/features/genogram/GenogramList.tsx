import { useMemo, useState, type ComponentType } from 'react';
import { personSentence, networkSentence } from '../../../shared/genogram/sentences.ts';
import { actionsFor } from '../../../shared/genogram/networkActions.ts';
import { andList, firstName } from '../../../shared/genogram/words.ts';
import type { Detail } from '../../../shared/schema/genogramDetail.ts';
import type { Household } from '../../../shared/schema/household.ts';
import type { NetworkMember } from '../../../shared/schema/networkMember.ts';
import type { Person } from '../../../shared/schema/person.ts';
import { useFormat, useT } from '../../i18n/useT.tsx';
import { RestrictedTag } from '../../components/Tag.tsx';
import { useConference } from '../../model/hooks.ts';
import type { GenogramView } from './useGenogram.ts';

/** What every editing control in the list is given: one form is open at a time, by key. */
export interface ListToolProps {
  view: GenogramView;
  open: string | null;
  toggle(key: string): void;
  close(): void;
  onSelect?: ((id: string | null) => void) | undefined;
}

/**
 * The list's editing controls (GenogramListTools.tsx), each its buttons and the form they open, so
 * a participant's read-only list does not download the forms and commands.
 */
export interface GenogramListTools {
  Person: ComponentType<ListToolProps & { person: Person }>;
  AddPeople: ComponentType<ListToolProps>;
  Lines: ComponentType<{ view: GenogramView }>;
  Household: ComponentType<ListToolProps & { household: Household; address: Detail | undefined }>;
  AddHousehold: ComponentType<ListToolProps>;
  Network: ComponentType<ListToolProps & { member: NetworkMember }>;
  AddNetwork: ComponentType<ListToolProps>;
}

/**
 * GS — The genogram as a list of sentences, with forms for everything the canvas does (`tools`): the
 * way to read and edit it by keyboard or with a screen reader. Readers (participants) get the sentences only.
 */
export function GenogramList({ view, tools, selected, onSelect }: { view: GenogramView; tools?: GenogramListTools | undefined; selected?: string | null; onSelect?: (id: string | null) => void }) {
  const t = useT();
  const f = useFormat();
  const [open, setOpen] = useState<string | null>(null);
  const { genogram: g, locale } = view;
  const actions = useConference((m) => m.actions);
  const people = useMemo(() => [...g.people].sort((a, b) => (a.born || '9999').localeCompare(b.born || '9999') || f.compareNames(a.name, b.name)), [g.people, f]);
  const edit: ListToolProps = { view, open, toggle: (key) => setOpen((o) => (o === key ? null : key)), close: () => setOpen(null), onSelect };

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
              {tools ? <tools.Person {...edit} person={p} /> : null}
            </li>
          ))}
        </ul>
        {tools ? <tools.AddPeople {...edit} /> : null}
      </section>

      {tools ? <tools.Lines view={view} /> : null}

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
                {tools ? <tools.Household {...edit} household={h} address={address} /> : null}
              </li>
            );
          })}
        </ul>
        {tools ? <tools.AddHousehold {...edit} /> : null}
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
                {tools ? <tools.Network {...edit} member={n} /> : null}
              </li>
            );
          })}
        </ul>
        {tools ? <tools.AddNetwork {...edit} /> : null}
      </section>
    </div>
  );
}
