import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api.ts';
import { ErrorSummary, errorFor, type FieldError } from '../../components/ErrorSummary.tsx';
import { TextArea, TextInput } from '../../components/fields.tsx';
import { Banner } from '../../components/Banner.tsx';
import { replaceCouncilSettings } from '../../state/settings.ts';
import { jargonToText, textToJargon } from './jargonText.ts';

const FIELD_IDS: Record<string, string> = {
  jargon: 'jargon',
  'reports.initialWorkingDays': 'initial-days',
  'reports.reviewWorkingDays': 'review-days',
  summaryWorkingDays: 'summary-days',
};

/** ST1 — The council's plain-words list and its timescales, as an administrator edits them. */
export function SettingsForm() {
  const [jargon, setJargon] = useState('');
  const [initialDays, setInitialDays] = useState('');
  const [reviewDays, setReviewDays] = useState('');
  const [summaryDays, setSummaryDays] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void api.getSettings().then(({ settings }) => {
      setJargon(jargonToText(settings.jargon));
      setInitialDays(String(settings.reports.initialWorkingDays));
      setReviewDays(String(settings.reports.reviewWorkingDays));
      setSummaryDays(String(settings.summaryWorkingDays));
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { list, badLines } = textToJargon(jargon);
    if (badLines.length) {
      setErrors([{ field: 'jargon', message: `Write line ${badLines.join(', ')} as: word = plainer words` }]);
      return;
    }
    try {
      const { settings } = await api.putSettings({
        jargon: list,
        reports: { initialWorkingDays: Number(initialDays), reviewWorkingDays: Number(reviewDays) },
        summaryWorkingDays: Number(summaryDays),
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
      <button type="submit" className="cr-button">Save settings</button>
    </form>
  );
}
