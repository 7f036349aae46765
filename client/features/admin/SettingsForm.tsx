import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { Select, TextArea, TextInput } from '../../components/fields.tsx';
import { Banner } from '../../components/Banner.tsx';
import { replaceCouncilSettings } from '../../state/settings.ts';
import { jargonToText, textToJargon } from './jargonText.ts';
import { ScaleFieldset, parseScaleDraft, useScaleDraft } from '../scaling/ScaleFieldset.tsx';
import type { CouncilSettings, Timescales } from '../../../shared/schema/settings.ts';

const FIELD_IDS: Record<string, string> = {
  jargon: 'jargon',
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

/** A number field as typed: blank stays blank (NaN would hide the mistake), anything else is sent for the server to check. */
const asNumber = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));

/** ST1 — The council's plain-words list, its timescales and its standard scale, as an administrator edits them. */
export function SettingsForm() {
  const [loaded, setLoaded] = useState<CouncilSettings | null>(null);
  useEffect(() => {
    void api.getSettings().then(({ settings }) => setLoaded(settings));
  }, []);
  return loaded ? <SettingsFields initial={loaded} /> : <p className="cr-body">Loading the settings…</p>;
}

function SettingsFields({ initial }: { initial: CouncilSettings }) {
  const [jargon, setJargon] = useState(jargonToText(initial.jargon));
  const [initialDays, setInitialDays] = useState(String(initial.reports.initialWorkingDays));
  const [reviewDays, setReviewDays] = useState(String(initial.reports.reviewWorkingDays));
  const [summaryDays, setSummaryDays] = useState(String(initial.summaryWorkingDays));
  const [quorum, setQuorum] = useState(String(initial.quorumAgencies));
  const scale = useScaleDraft(initial.scale);
  const t = initial.timescales;
  const [summaryHours, setSummaryHours] = useState(t.summaryWithinHours === null ? '' : String(t.summaryWithinHours));
  const [minutesDays, setMinutesDays] = useState(String(t.minutesCalendarDays));
  const [amendmentDays, setAmendmentDays] = useState(String(t.amendmentWorkingDays));
  const [appealDays, setAppealDays] = useState(String(t.appealWorkingDays));
  const [appealFrom, setAppealFrom] = useState<Timescales['appealFrom']>(t.appealFrom);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { list, badLines } = textToJargon(jargon);
    if (badLines.length) {
      setErrors([{ field: 'jargon', message: `Write line ${badLines.join(', ')} as: word = plainer words` }]);
      return;
    }
    const parsedScale = parseScaleDraft(scale.draft, 'council-scale');
    if (!parsedScale.ok) {
      setErrors(parsedScale.errors);
      return;
    }
    try {
      const { settings } = await api.putSettings({
        jargon: list,
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
      setErrors([]);
      setSaved(true);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const fields = Object.entries(err.fields ?? {}).map(([k, message]) => ({ field: FIELD_IDS[k.split('.').slice(0, 2).join('.')] ?? FIELD_IDS[k.split('.')[0] ?? ''] ?? '', message }));
      setErrors(fields.length ? fields : [{ field: '', message: err.message }]);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="settings-title">
      <ErrorSummary errors={errors} />
      {saved ? <Banner title="Settings saved" success role="status"><p className="cr-body">Every new screen uses them from now on.</p></Banner> : null}
      <h2 className="cr-heading-m" id="settings-title">Council settings</h2>
      <TextArea
        id="jargon"
        label="Words to flag, with plainer words"
        hint="One per line, written as: word = plainer words. Chairs see these hints as they write, so parents can understand what is written about them."
        rows={14}
        value={jargon}
        onChange={(e) => setJargon(e.target.value)}
        error={errorFor(errors, 'jargon')}
      />
      <TextInput id="initial-days" label="Reports reach the family at least this many working days before a first conference" inputMode="numeric" className="cr-input--width-3" value={initialDays} onChange={(e) => setInitialDays(e.target.value)} error={errorFor(errors, 'initial-days')} />
      <TextInput id="review-days" label="…and before a review conference" inputMode="numeric" className="cr-input--width-3" value={reviewDays} onChange={(e) => setReviewDays(e.target.value)} error={errorFor(errors, 'review-days')} />
      <TextInput id="summary-days" label="Working days to send the written summary and outline plan" hint="1 means by the end of the next working day. Some Welsh procedures allow 5." inputMode="numeric" className="cr-input--width-3" value={summaryDays} onChange={(e) => setSummaryDays(e.target.value)} error={errorFor(errors, 'summary-days')} />
      <TextInput id="quorum-agencies" label="Agencies that make a quorum" hint="How many agencies, counting the social worker’s, must take part in person or by report. The chair is warned before the decision when fewer do. Working Together expects at least 3." inputMode="numeric" className="cr-input--width-3" value={quorum} onChange={(e) => setQuorum(e.target.value)} error={errorFor(errors, 'quorum-agencies')} />
      <TextInput id="summary-hours" label="Or send the outline plan within this many hours (optional)" hint="Leave blank to use working days. Some councils send it within 48 hours." inputMode="numeric" className="cr-input--width-3" value={summaryHours} onChange={(e) => setSummaryHours(e.target.value)} error={errorFor(errors, 'summary-hours')} />
      <TextInput id="minutes-days" label="Days to send the full minutes" hint="Calendar days after the conference. Often 28." inputMode="numeric" className="cr-input--width-3" value={minutesDays} onChange={(e) => setMinutesDays(e.target.value)} error={errorFor(errors, 'minutes-days')} />
      <TextInput id="amendment-days" label="Working days the family has to ask for changes to the record" hint="Counted from when they receive it. Usually 5." inputMode="numeric" className="cr-input--width-3" value={amendmentDays} onChange={(e) => setAmendmentDays(e.target.value)} error={errorFor(errors, 'amendment-days')} />
      <TextInput id="appeal-days" label="Working days to appeal the decision" hint="Usually 10." inputMode="numeric" className="cr-input--width-3" value={appealDays} onChange={(e) => setAppealDays(e.target.value)} error={errorFor(errors, 'appeal-days')} />
      <Select id="appeal-from" label="The appeal time counts from" value={appealFrom} onChange={(e) => setAppealFrom(e.target.value === 'receipt' ? 'receipt' : 'conference')} error={errorFor(errors, 'appeal-from')}>
        <option value="conference">The day of the conference</option>
        <option value="receipt">The day the family should receive the written summary</option>
      </Select>
      <fieldset className="cr-fieldset">
        <legend className="cr-fieldset__legend cr-fieldset__legend--m">The standard scaling question</legend>
        <p className="cr-hint">Chairs start from this scale and can word it for the family before they ask it.</p>
        <ScaleFieldset prefix="council-scale" errors={errors} {...scale} />
      </fieldset>
      <button type="submit" className="cr-button">Save settings</button>
    </form>
  );
}
