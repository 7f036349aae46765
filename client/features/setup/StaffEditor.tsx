import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, type StaffCandidate, type StaffMember } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorMessage } from '../../components/govuk/ErrorMessage.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { T, useFormat, useT } from '../../i18n/useT.tsx';
import { usesMessages, msg, type Msg } from '../../../shared/i18n/messages.ts';
import { canBeAssigned, checkUnassign } from '../../../shared/rules/staffing.ts';

// The server refuses to take someone off with these (shared/rules/staffing.ts).
usesMessages('rules.staffing.');

/**
 * CS1–CS3 — Who works on a conference: its chairs and note takers. Only they can open it. A chair
 * assigned to it adds a note taker or co-chair here; an administrator reassigns for cover.
 */
export function StaffEditor({ conferenceId, canChange, idPrefix = 'staff' }: { conferenceId: string; canChange: boolean; idPrefix?: string }) {
  const t = useT();
  const f = useFormat();
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [candidates, setCandidates] = useState<StaffCandidate[]>([]);
  const [choice, setChoice] = useState('');
  // The problem and whether it belongs to the choice (linked to the field) or to the whole section.
  const [error, setError] = useState<{ msg: Msg; field: boolean } | null>(null);
  const choiceId = `${idPrefix}-choice`;

  const load = useCallback(async () => {
    try {
      setStaff((await screensApi.getConferenceStaff(conferenceId)).staff);
      if (canChange) setCandidates((await screensApi.listStaff()).staff.filter((s) => canBeAssigned(s.role)));
    } catch (e) {
      setError({ msg: e instanceof ApiError ? e.msg : msg('setup.staff.loadFailed'), field: false });
    }
  }, [conferenceId, canChange]);
  useEffect(() => void load(), [load]);

  const change = async (fn: () => Promise<{ staff: StaffMember[] }>) => {
    setError(null);
    try {
      setStaff((await fn()).staff);
    } catch (e) {
      setError({ msg: e instanceof ApiError ? e.msg : msg('errors.generic'), field: false });
    }
  };
  const assign = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setError({ msg: msg('setup.staff.chooseWho'), field: true });
    void change(() => screensApi.assignStaff(conferenceId, choice)).then(() => setChoice(''));
  };

  const sectionError = error && !error.field ? (
    <div role="alert">
      <ErrorMessage id={`${idPrefix}-error`}>{t(error.msg)}</ErrorMessage>
    </div>
  ) : null;
  if (!staff) return sectionError;
  const assigned = new Set(staff.map((s) => s.userId));
  const free = candidates.filter((c) => !assigned.has(c.id)).sort((a, b) => f.compareNames(a.name, b.name));
  const sorted = [...staff].sort((a, b) => f.compareNames(a.name, b.name));
  return (
    <section className="cr-staff" aria-labelledby={`${idPrefix}-title`}>
      <h2 className="govuk-heading-m" id={`${idPrefix}-title`}>
        {t('setup.staff.title')}
      </h2>
      <p className="govuk-body">{t('setup.staff.intro')}</p>
      {sectionError}
      <Table
        caption={t('setup.staff.title')}
        captionHidden
        firstCellIsHeader
        head={[
          { key: 'name', content: t('setup.staff.name') },
          { key: 'role', content: t('setup.staff.role') },
          ...(canChange ? [{ key: 'actions', content: t('setup.attendees.actions'), hidden: true }] : []),
        ]}
        rows={sorted.map((s) => ({
          key: s.userId,
          cells: [
            s.name,
            t(`role.${s.role}`),
            ...(canChange
              ? [
                  checkUnassign(staff, s.userId).ok ? (
                    <Button variant="secondary" small className="govuk-!-margin-bottom-0" onClick={() => void change(() => screensApi.unassignStaff(conferenceId, s.userId))}>
                      <T id="setup.staff.remove" values={{ name: s.name, h: (chunks) => <span className="govuk-visually-hidden">{chunks}</span> }} />
                    </Button>
                  ) : null,
                ]
              : []),
          ],
        }))}
      />
      {canChange && free.length > 0 ? (
        <form onSubmit={assign} noValidate>
          <ErrorSummary id={`${idPrefix}-errors`} errors={error?.field ? [{ field: choiceId, message: t(error.msg) }] : []} />
          <Select id={choiceId} label={t('setup.staff.assignLabel')} value={choice} onChange={(e) => setChoice(e.target.value)} error={error?.field ? t(error.msg) : undefined}>
            <option value="">{t('setup.staff.choose')}</option>
            {free.map((c) => (
              <option key={c.id} value={c.id}>
                {t('setup.staff.candidate', { name: c.name, role: t(`role.${c.role}`) })}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            {t('setup.staff.assign')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
