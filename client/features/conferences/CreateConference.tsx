import { useState, type FormEvent } from 'react';
import { screensApi } from '../../screensApi.ts';
import { Page } from '../../components/Page.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary, errorFor } from '../../components/govuk/ErrorSummary.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { useT } from '../../i18n/useT.tsx';
import { navigate, paths } from '../../router.ts';
import { msg, type Msg } from '../../../shared/i18n/messages.ts';
import { CONFERENCE_TYPES, conferenceInputSchema, type ConferenceType } from '../../../shared/schema/conference.ts';
import { JURISDICTIONS, type Jurisdiction } from '../../../shared/rules/jurisdiction.ts';
import { ChildRows, emptyChild, type ChildDraft } from './ChildRows.tsx';
import { issuesToProblems, serverProblems, shown, type Issue, type Problem } from './formErrors.ts';
import { SCHEDULE_FIELD_ORDER, SCHEDULE_RENAME, ScheduleFields, blankSchedule, scheduleInput, scheduleProblem, withBlanks, type ScheduleDraft } from './ScheduleFields.tsx';

/** Errors are listed in the order the fields appear. */
const FIELD_ORDER = ['type', 'jurisdiction', ...SCHEDULE_FIELD_ORDER, 'children'];
function rank(field: string): number {
  const child = /^children-(\d+)-(\w+)$/.exec(field);
  if (child) return 100 + Number(child[1]) * 10 + ['name', 'dateOfBirth', 'gender'].indexOf(child[2] ?? '');
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? 1000 : i;
}

/** The form's words for each field's issue; a child's problem names the child by number. */
function problem(field: string, issue: Issue): Msg {
  const child = /^children-(\d+)-(\w+)$/.exec(field);
  if (child) {
    const number = Number(child[1]) + 1;
    if (child[2] === 'name') return msg(issue.code === 'too_big' ? 'conferences.error.childNameTooLong' : 'conferences.error.childName', { number });
    if (child[2] === 'gender') return msg('conferences.error.childGender', { number });
    if (child[2] === 'dateOfBirth') return msg('conferences.error.childDateOfBirth', { number });
  }
  if (field === 'type') return msg('conferences.error.type');
  if (field === 'jurisdiction') return msg('conferences.error.jurisdiction');
  if (field === 'children') return msg('conferences.error.children');
  return scheduleProblem(field, issue) ?? msg('errors.generic');
}

export function CreateConference() {
  const t = useT();
  const [type, setType] = useState<ConferenceType | ''>('');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction | ''>('');
  const [schedule, setSchedule] = useState<ScheduleDraft>({ date: '', time: '10:00', duration: 120, venue: '', online: false, reference: '' });
  const [children, setChildren] = useState<ChildDraft[]>(() => [emptyChild()]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const errors = shown(problems, t);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pre = blankSchedule(schedule);
    const input = {
      type,
      jurisdiction,
      ...scheduleInput(schedule),
      children: children.map((c) => ({ name: c.name.trim(), dateOfBirth: c.dateOfBirth || null, gender: c.gender })),
    };
    const parsed = conferenceInputSchema.safeParse(input);
    const found = withBlanks(pre, parsed.success ? [] : issuesToProblems(parsed.error.issues, problem, SCHEDULE_RENAME)).sort((a, b) => rank(a.field) - rank(b.field));
    setProblems(found);
    if (found.length || !parsed.success) return;
    setBusy(true);
    try {
      const { conference } = await screensApi.createConference(parsed.data);
      navigate(paths.setup(conference.id));
    } catch (err) {
      setProblems(serverProblems(err, SCHEDULE_RENAME));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('conferences.create.title')} back={{ href: paths.conferences(), label: t('setup.back') }}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} id="create-conference-errors" />
          <h1 className="govuk-heading-l">{t('conferences.create.title')}</h1>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Radios
              id="type"
              legend={t('conferences.create.type')}
              items={CONFERENCE_TYPES.map((c) => ({ value: c, label: t(`conferenceType.${c}`) }))}
              value={type}
              onChange={setType}
              error={errorFor(errors, 'type')}
            />
            <Radios
              id="jurisdiction"
              legend={t('conferences.create.jurisdiction')}
              hint={t('conferences.create.jurisdictionHint')}
              items={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdiction.${j}`) }))}
              value={jurisdiction}
              onChange={setJurisdiction}
              error={errorFor(errors, 'jurisdiction')}
              inline
            />
            <ScheduleFields draft={schedule} onChange={setSchedule} errors={errors} />
            <ChildRows rows={children} onChange={setChildren} errors={errors} />
            <Button type="submit" disabled={busy}>
              {t('conferences.create.submit')}
            </Button>
          </form>
        </div>
      </div>
    </Page>
  );
}
