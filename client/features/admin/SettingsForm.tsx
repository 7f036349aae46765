import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { screensApi } from '../../screensApi.ts';
import { ErrorSummary, errorFor } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Fieldset } from '../../components/govuk/Fieldset.tsx';
import { Hint } from '../../components/govuk/Hint.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { NotificationBanner } from '../../components/govuk/NotificationBanner.tsx';
import { useT } from '../../i18n/useT.tsx';
import { replaceCouncilSettings } from '../../state/settings.ts';
import { jargonToText, textToJargon } from './jargonText.ts';
import { ScaleFieldset, parseScaleDraft, useScaleDraft } from '../scaling/ScaleFieldset.tsx';
import { JARGON_LOCALES, type CouncilSettings, type Timescales } from '../../../shared/schema/settings.ts';
import type { JargonEntry } from '../../../shared/rules/jargon.ts';
import type { Locale } from '../../../shared/i18n/locale.ts';
import type { Msg } from '../../../shared/i18n/messages.ts';
import { msg } from '../../../shared/i18n/messages.ts';

const FIELD_IDS: Record<string, string> = {
  'jargon.en': 'jargon-en',
  'jargon.cy': 'jargon-cy',
  jargon: 'jargon-en',
  'reports.initialWorkingDays': 'initial-days',
  'reports.reviewWorkingDays': 'review-days',
  summaryWorkingDays: 'summary-days',
  'scale.question': 'council-scale-question',
  'scale.anchor0': 'council-scale-anchor0',
  'scale.anchor10': 'council-scale-anchor10',
  scale: 'council-scale-question',
  quorumAgencies: 'quorum-agencies',
  'timescales.summaryWithinHours': 'summary-hours',
  'timescales.minutesCalendarDays': 'minutes-days',
  'timescales.amendmentWorkingDays': 'amendment-days',
  'timescales.appealWorkingDays': 'appeal-days',
  'timescales.appealFrom': 'appeal-from',
};

/** A problem by field: ours are message ids (translated when shown); the server's and the scale's arrive as words. */
interface Problem {
  field: string;
  message: Msg | string;
}

/** A number field as typed: blank stays blank (NaN would hide the mistake), anything else is sent for the server to check. */
const asNumber = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

/** ST1 — The council's plain-words lists, its timescales and its standard scale, as an administrator edits them. */
export function SettingsForm() {
  const t = useT();
  const [loaded, setLoaded] = useState<CouncilSettings | null>(null);
  useEffect(() => {
    void api.getSettings().then(({ settings }) => setLoaded(settings));
  }, []);
  return loaded ? <SettingsFields initial={loaded} /> : <p className="govuk-body">{t('admin.settings.loading')}</p>;
}

function SettingsFields({ initial }: { initial: CouncilSettings }) {
  const t = useT();
  const [jargon, setJargon] = useState<Record<Locale, string>>({ en: jargonToText(initial.jargon.en), cy: jargonToText(initial.jargon.cy) });
  const [initialDays, setInitialDays] = useState(String(initial.reports.initialWorkingDays));
  const [reviewDays, setReviewDays] = useState(String(initial.reports.reviewWorkingDays));
  const [summaryDays, setSummaryDays] = useState(String(initial.summaryWorkingDays));
  const [quorum, setQuorum] = useState(String(initial.quorumAgencies));
  const scale = useScaleDraft(initial.scale);
  const ts = initial.timescales;
  const [summaryHours, setSummaryHours] = useState(ts.summaryWithinHours === null ? '' : String(ts.summaryWithinHours));
  const [minutesDays, setMinutesDays] = useState(String(ts.minutesCalendarDays));
  const [amendmentDays, setAmendmentDays] = useState(String(ts.amendmentWorkingDays));
  const [appealDays, setAppealDays] = useState(String(ts.appealWorkingDays));
  const [appealFrom, setAppealFrom] = useState<Timescales['appealFrom']>(ts.appealFrom);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);

  const errors = problems.map((p) => ({ field: p.field, message: typeof p.message === 'string' ? p.message : t(p.message) }));
  const err = (field: string) => errorFor(errors, field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const lists = {} as Record<Locale, JargonEntry[]>;
    const bad: Problem[] = [];
    for (const locale of JARGON_LOCALES) {
      const { list, badLines } = textToJargon(jargon[locale]);
      lists[locale] = list;
      if (badLines.length) bad.push({ field: `jargon-${locale}`, message: msg('admin.settings.jargonBadLines', { lines: badLines.join(', '), count: badLines.length }) });
    }
    if (bad.length) {
      setProblems(bad);
      return;
    }
    const parsedScale = parseScaleDraft(scale.draft, 'council-scale', t);
    if (!parsedScale.ok) {
      setProblems(parsedScale.errors);
      return;
    }
    try {
      const { settings } = await screensApi.putSettings({
        jargon: lists,
        reports: { initialWorkingDays: Number(initialDays), reviewWorkingDays: Number(reviewDays) },
        summaryWorkingDays: Number(summaryDays),
        scale: parsedScale.scale,
        quorumAgencies: Number(quorum),
        timescales: {
          summaryWithinHours: summaryHours.trim() === '' ? null : Number(summaryHours),
          minutesCalendarDays: asNumber(minutesDays),
          amendmentWorkingDays: asNumber(amendmentDays),
          appealWorkingDays: asNumber(appealDays),
          appealFrom,
        },
      });
      replaceCouncilSettings(settings);
      setProblems([]);
      setSaved(true);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const fields = Object.entries(caught.fields ?? {}).map(([k, message]) => ({
        field: FIELD_IDS[k.split('.').slice(0, 2).join('.')] ?? FIELD_IDS[k.split('.')[0] ?? ''] ?? '',
        message: caught.fieldMsgs[k] ?? message,
      }));
      setProblems(fields.length ? fields : [{ field: '', message: caught.msg }]);
    }
  };

  const numberField = (id: string, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <Input id={id} label={label} hint={hint} inputMode="numeric" width={3} value={value} onChange={(e) => set(e.target.value)} error={err(id)} />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="settings-title">
      <ErrorSummary errors={errors} />
      {saved ? (
        <NotificationBanner title={t('admin.settings.savedTitle')} success role="status">
          <p className="govuk-body">{t('admin.settings.savedBody')}</p>
        </NotificationBanner>
      ) : null}
      <h2 className="govuk-heading-m" id="settings-title">{t('admin.settings.title')}</h2>
      {JARGON_LOCALES.map((locale) => (
        <Textarea
          key={locale}
          id={`jargon-${locale}`}
          label={t(`admin.settings.jargonLabel.${locale}`)}
          hint={t('admin.settings.jargonHint')}
          rows={12}
          lang={locale === 'cy' ? 'cy' : 'en-GB'}
          value={jargon[locale]}
          onChange={(e) => setJargon((j) => ({ ...j, [locale]: e.target.value }))}
          error={err(`jargon-${locale}`)}
        />
      ))}
      {numberField('initial-days', t('admin.settings.initialDays'), initialDays, setInitialDays)}
      {numberField('review-days', t('admin.settings.reviewDays'), reviewDays, setReviewDays)}
      {numberField('summary-days', t('admin.settings.summaryDays'), summaryDays, setSummaryDays, t('admin.settings.summaryDaysHint'))}
      {numberField('quorum-agencies', t('admin.settings.quorum'), quorum, setQuorum, t('admin.settings.quorumHint'))}
      {numberField('summary-hours', t('admin.settings.summaryHours'), summaryHours, setSummaryHours, t('admin.settings.summaryHoursHint'))}
      {numberField('minutes-days', t('admin.settings.minutesDays'), minutesDays, setMinutesDays, t('admin.settings.minutesDaysHint'))}
      {numberField('amendment-days', t('admin.settings.amendmentDays'), amendmentDays, setAmendmentDays, t('admin.settings.amendmentDaysHint'))}
      {numberField('appeal-days', t('admin.settings.appealDays'), appealDays, setAppealDays, t('admin.settings.appealDaysHint'))}
      <Select id="appeal-from" label={t('admin.settings.appealFrom')} value={appealFrom} onChange={(e) => setAppealFrom(e.target.value === 'receipt' ? 'receipt' : 'conference')} error={err('appeal-from')}>
        <option value="conference">{t('admin.settings.appealFrom.conference')}</option>
        <option value="receipt">{t('admin.settings.appealFrom.receipt')}</option>
      </Select>
      <Fieldset legend={t('admin.settings.scaleLegend')} legendSize="m" describedBy="council-scale-hint">
        <Hint id="council-scale-hint">{t('admin.settings.scaleHint')}</Hint>
        <ScaleFieldset prefix="council-scale" errors={errors.map((e) => ({ field: e.field, message: String(e.message) }))} {...scale} />
      </Fieldset>
      <Button type="submit">{t('admin.settings.save')}</Button>
    </form>
  );
}
